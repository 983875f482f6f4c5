/**
 * html-validate configuration for the built pages (tests/site/html.test.ts). A .mjs rather than a
 * .json file so that every deviation from the recommended preset can carry its reason.
 */
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // HTML5 allows any id without whitespace. rehype-slug derives heading ids from Chinese headings,
    // which may begin with a digit (“2023答卷”); `relaxed` still rejects empty ids and whitespace.
    'valid-id': ['error', { relaxed: true }],
    // Wide tables sit in a focusable <div role="region" aria-label> scroll wrapper (the accessible
    // scroll-container pattern); a <section> would add nothing for readers.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // html-validate treats every <aside> as a landmark, but per HTML-AAM an unnamed <aside> inside
    // <article>/<section> (our 专栏 boxes) is not one. axe-core checks landmark uniqueness with the
    // correct scoping (tests/browser/a11y.test.ts).
    'unique-landmark': 'off',
  },
};
