/** html-validate configuration for every page of dist/ (tests/build/html.test.ts). */
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A page title is the headline plus the archive's name; Vietnamese headlines often pass 70
    // characters, and cutting them would lose words that readers and search engines need.
    'long-title': 'off',
    // Headings never skip a level (an <h1> straight to <h3> leaves a hole in the outline that
    // screen readers navigate by). The first heading may be an <h2>: an article in a series puts
    // its list of parts (an <h2>) above the headline.
    'heading-level': ['error', { minInitialRank: 'h2' }],
  },
};
