// Signing out of Tasklist, Cockpit or Admin ends on PilotGate's login page ("You have signed out").
// Loaded by every webapp as a custom script (config.js, customScripts).
//
// The webapps' "Log out" posts to .../api/admin/auth/user/default/logout, which ends PilotGate's one
// session (security/SecurityConfig) and answers with a redirect to /login?logout. Camunda's app then
// only forgets the user and stays where it was, with the signed-out user's list on screen; so this
// sends the browser to where that answer went. Any other move to Camunda's own login screen (its
// sign-in is closed in PilotGate, e.g. after the session expired) reloads the page, and the server
// sends a signed-out browser to PilotGate's login page.
const LOGOUT = /\/api\/admin\/auth\/user\/[^/]+\/logout$/;
let signingOut = false;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && LOGOUT.test(new URL(url, document.baseURI).pathname)) {
    signingOut = true;
    this.addEventListener('loadend', () => {
      const landed = this.responseURL || '';
      window.location.replace(landed.includes('/login') ? landed : window.location.pathname);
    });
  }
  return open.call(this, method, url, ...rest);
};

function leaveCamundasLoginScreen() {
  if (!signingOut && window.location.hash.startsWith('#/login')) {
    window.location.replace(window.location.pathname);
  }
}

window.addEventListener('hashchange', leaveCamundasLoginScreen);
leaveCamundasLoginScreen();
