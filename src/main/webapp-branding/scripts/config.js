// PilotGate's settings for Tasklist, Cockpit, Admin and Welcome (the build puts a copy in each).
// Served by org.pilotgate.webapp.WebappSettings, which fills in the app's and the council's names.
export default {
  app: {
    name: '{{appName}}',
    vendor: '{{councilName}}'
  },
  // Filled in by WebappSettings for each app: every app's "Log out" ends on PilotGate's login page
  // (scripts/pilotgate-sign-out.js); Tasklist also links My pilots in its header (pilotgate-my-pilots.js),
  // says a proposed pilot's reference (pilotgate-pilot-proposed.js) and links an approved report in the
  // library (pilotgate-published.js).
  customScripts: '{{customScripts}}',
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    normal: 'D MMMM YYYY',
    long: 'dddd, D MMMM YYYY HH:mm'
  },
  // Tasklist's keyboard shortcuts, kept from Camunda's own config.js; the other apps have none
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
