/** Decap CMS's locales as its package ships them (no type declarations of their own). */
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: import('../src/lib/cms/editorLocale.ts').Phrases;
  export default phrases;
}
