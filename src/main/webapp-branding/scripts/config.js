// PilotGate's settings for Cockpit and Admin (the build puts a copy in each; Tasklist has its own).
export default {
  app: {
    vendor: 'PilotGate'
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
