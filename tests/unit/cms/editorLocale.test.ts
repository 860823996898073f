import { describe, expect, test } from 'vitest';
import english from 'decap-cms-locales/dist/esm/en/index.js';
import vietnamese from 'decap-cms-locales/dist/esm/vi/index.js';
import { t } from '#src/i18n/vi.ts';
import { mergePhrases, untranslated, type Phrases } from '#src/lib/cms/editorLocale.ts';

/** Phrases that read the same in both languages. */
const SAME = [
  'collection.collectionTop.newButton',
  'editor.editorWidgets.markdown.markdown',
  'workflow.workflowCard.lastChangeNoAuthor',
  'ui.toast.onFailToAuth',
];

describe("the editor's Vietnamese", () => {
  test("leaves nothing of Decap's interface in English", () => {
    const merged = mergePhrases(vietnamese as Phrases, t.editor.decapLocale);
    expect(untranslated(english as Phrases, merged).filter((path) => !SAME.includes(path))).toEqual(
      [],
    );
    // Decap's own translations stay where the project adds none.
    expect((merged.editor as Phrases).editorToolbar).toMatchObject({ publishNow: 'Công bố ngay' });
  });

  test('merges phrases at any depth and reports what a locale lacks', () => {
    const base: Phrases = { a: { b: 'B', c: 'C' }, d: 'D' };
    expect(mergePhrases(base, { a: { c: 'Xê' } })).toEqual({ a: { b: 'B', c: 'Xê' }, d: 'D' });
    expect(untranslated({ a: { b: 'B', c: 'C' }, e: 'E' }, { a: { b: 'Bê', c: 'C' } })).toEqual([
      'a.c',
      'e',
    ]);
  });
});
