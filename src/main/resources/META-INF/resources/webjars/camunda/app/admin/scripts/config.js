// PilotGate's settings for this Camunda webapp (served in place of Camunda's config.js).
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
