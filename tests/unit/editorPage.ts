/** Reads what the editor's page hands its script (`data-editor`), as the browser would. */
import { parse } from 'node-html-parser';
import type { EditorPageData } from '../../src/lib/cms/adminPage.ts';

export function editorPageData(html: string): EditorPageData {
  return JSON.parse(parse(html).querySelector('html')!.getAttribute('data-editor')!);
}
