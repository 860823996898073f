/** `npm run check`: validates every file of the content folder (CONTENT_DIR aware). */
import { reportContent } from './lib/reportContent.ts';

process.exitCode = reportContent() ? 0 : 1;
