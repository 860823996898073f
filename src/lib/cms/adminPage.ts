/** The page of the browser editor (/admin/): Decap CMS from the site's own files, never a CDN. */
import type { Card } from '../body/drawComponents.ts';
import type { EditorConfig } from './editorConfig.ts';
import type { PartsTaken } from './articleProblems.ts';

/** A model's or person's card as a body shows it, with the id a card names. */
export type EditorCard = Card & { id: string };

/** The id of the page's JSON for the editor's script (data, not a script: the policy holds). */
export const EDITOR_DATA_ID = 'editor-data';

/** What the editor's script needs from the site, written into its page. */
export type EditorPageData = {
  timeZone: string;
  /** "<dateline> - " before a lead, as the site prints it. */
  dateline: string;
  /** The site's stylesheet, for the preview; none when the site has not been built. */
  previewStyle?: string;
  /** The cards a body may show, sorted by name, for the pickers and the preview. */
  cards: { models: EditorCard[]; people: EditorCard[] };
  /** The part numbers the series already have, so that a taken one is refused at once. */
  parts: PartsTaken;
};

/** Where the editor lives, and where its own files are served from. */
export const ADMIN_PATH = '/admin/';
export const DECAP_PATH = `${ADMIN_PATH}decap/`;
/** The journalists' guide, in Vietnamese. */
export const GUIDE_PATH = `${ADMIN_PATH}huong-dan.html`;
/** The local server of `npm run cms` (decap-server), on this machine only. */
export const LOCAL_SERVER = 'http://localhost:8081';

/** The hosts the editor talks to: this site, and the git host or the local server. */
function backendOrigins(config: EditorConfig): string[] {
  if (config.local_backend) return [LOCAL_SERVER];
  const { name, base_url } = config.backend;
  const hosts: Record<string, string[]> = {
    github: ['https://api.github.com'],
    gitlab: ['https://gitlab.com'],
    gitea: [],
  };
  return [...(hosts[name] ?? []), ...(base_url ? [new URL(base_url).origin] : [])];
}

/**
 * The editor's Content-Security-Policy. Looser than the site's where Decap needs it: styles it
 * writes at run time, the schema checks it compiles (eval), pictures read and shown before upload (blob:),
 * the preview frame; still nothing from another host but the git host.
 */
export function adminPolicy(config: EditorConfig): string {
  const connect = ["'self'", 'blob:', 'data:', ...backendOrigins(config)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The editor's HTML page: kept out of search engines, the site's search and its feeds. */
export function adminHtml(options: {
  title: string;
  config: EditorConfig;
  data: EditorPageData;
}): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(adminPolicy(options.config))}">
<title>${escapeAttribute(options.title)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link href="${ADMIN_PATH}config.yml" type="text/yaml" rel="cms-config-url">
<script defer src="${ADMIN_PATH}setup.js"></script>
<script defer src="${DECAP_PATH}decap-cms.js"></script>
<script defer src="${ADMIN_PATH}editor.js"></script>
</head>
<body>
<script type="application/json" id="${EDITOR_DATA_ID}">${JSON.stringify(options.data).replace(/</g, '\\u003c')}</script>
</body>
</html>
`;
}
