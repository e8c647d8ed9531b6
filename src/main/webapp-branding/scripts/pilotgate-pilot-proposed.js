// After "Propose a pilot" is started in Tasklist, says the new pilot's reference and links to My pilots.
// Loaded as a custom script (config.js, customScripts). Tasklist itself only says "The process has been
// started." for three seconds; the start form's answer (the new process instance) carries the reference
// as its business key, so this reads that answer and shows a notice that stays until it is closed.
// In a function of its own, like pilotgate-published.js: Cockpit and Admin load custom scripts as classic
// scripts sharing one scope.
(() => {
  const START_FORM = /\/process-definition\/.+\/submit-form$/;
  const MY_PILOTS = new URL('../../../../pilots', document.baseURI).pathname;

  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (String(method).toUpperCase() === 'POST' && START_FORM.test(new URL(url, document.baseURI).pathname)) {
      this.addEventListener('load', () => {
        if (this.status === 200) {
          const reference = JSON.parse(this.responseText).businessKey;
          if (reference) {
            announce(reference);
          }
        }
      });
    }
    return open.call(this, method, url, ...rest);
  };

  function announce(reference) {
    document.querySelector('.pilotgate-proposed')?.remove();
    const notice = document.createElement('div');
    notice.className = 'alert alert-success pilotgate-proposed';
    notice.setAttribute('role', 'status');
    notice.style.cssText = 'position: fixed; top: 60px; left: 50%; transform: translateX(-50%); z-index: 2000;'
      + ' min-width: 24em; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.3);';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    close.addEventListener('click', () => notice.remove());
    const message = document.createElement('strong');
    message.textContent = `Your pilot ${reference} has been proposed.`;
    const link = document.createElement('a');
    link.href = MY_PILOTS;
    link.textContent = 'See it on My pilots';
    notice.append(close, message, ' ', link);
    document.body.append(notice);
  }
})();
