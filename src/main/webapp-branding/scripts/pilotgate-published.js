// When a manager approves a report in Tasklist, says so and links to where the report will be read:
// "Published: <title> — read it in the learning library". Loaded by Tasklist as a custom script
// (config.js, customScripts). The publishing job runs just after the approval, so the link is the
// library's address for the pilot's reference (/library/reports/<reference> leads to the report).
// In a function of its own: Cockpit and Admin load custom scripts as classic scripts, sharing one scope
// with pilotgate-sign-out.js, whose top-level names are the same.
(() => {
  const SUBMIT = /^(.*)\/task\/([^/]+)\/submit-form$/;
  const DECISION = 'reportReviewDecision';
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.pilotgateSubmit = String(method).toUpperCase() === 'POST' && SUBMIT.exec(new URL(url, document.baseURI).pathname);
    return open.call(this, method, url, ...rest);
  };

  XMLHttpRequest.prototype.send = function (body) {
    if (!this.pilotgateSubmit || !approves(body)) {
      return send.call(this, body);
    }
    // the pilot's reference and title are read before the task is gone, then the approval is sent
    const [, engine, task] = this.pilotgateSubmit;
    fetch(`${engine}/task/${task}/form-variables?variableNames=pilotReference,title`, {credentials: 'same-origin'})
      .then(answer => (answer.ok ? answer.json() : {}))
      .catch(() => ({}))
      .then(variables => {
        this.addEventListener('load', () => {
          if (this.status < 300 && variables.pilotReference) {
            announce(variables.pilotReference.value, variables.title ? variables.title.value : variables.pilotReference.value);
          }
        });
        send.call(this, body);
      });
  };

  function approves(body) {
    try {
      const decision = JSON.parse(body).variables[DECISION];
      return decision && decision.value === 'APPROVE';
    } catch (notJson) {
      return false;
    }
  }

  function announce(reference, title) {
    document.querySelectorAll('.pilotgate-published').forEach(old => old.remove());
    const banner = document.createElement('div');
    banner.className = 'pilotgate-published';
    banner.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.append('Published: ', strong(title), ' — ');
    const link = document.createElement('a');
    link.href = new URL(`/library/reports/${encodeURIComponent(reference)}`, window.location.origin).href;
    link.textContent = 'read it in the learning library';
    text.append(link);
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Close';
    close.addEventListener('click', () => banner.remove());
    banner.append(text, close);
    document.body.append(banner);
  }

  function strong(words) {
    const element = document.createElement('strong');
    element.textContent = words;
    return element;
  }
})();
