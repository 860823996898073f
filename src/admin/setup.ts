/** Runs before Decap CMS loads: the editor starts once editor.ts has registered its parts. */
(window as unknown as { CMS_MANUAL_INIT: boolean }).CMS_MANUAL_INIT = true;
