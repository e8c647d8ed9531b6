// PilotGate's settings for Cockpit, Admin and Welcome (the build puts a copy in each; Tasklist has its own).
// Served by org.pilotgate.webapp.WebappSettings, which fills in the app's and the council's names.
export default {
  app: {
    name: '{{appName}}',
    vendor: '{{councilName}}'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  dateFormat: {
    normal: 'D MMMM YYYY',
    long: 'dddd, D MMMM YYYY HH:mm'
  }
};
