/** Reads what the editor's page hands its script, as the browser would. */
import { parse } from 'node-html-parser';
import { EDITOR_DATA_ID, type EditorPageData } from '#src/lib/cms/adminPage.ts';

export function editorPageData(html: string): EditorPageData {
  return JSON.parse(parse(html).getElementById(EDITOR_DATA_ID)!.textContent);
}
