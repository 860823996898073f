/** html-validate configuration for every page of dist/ (tests/build/html.test.ts). */
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A page title is the headline plus the archive's name; Vietnamese headlines often pass 70
    // characters, and cutting them would lose words that readers and search engines need.
    'long-title': 'off',
  },
};
