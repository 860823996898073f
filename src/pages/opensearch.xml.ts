import type { APIRoute } from 'astro';
import { t } from '../i18n/vi.ts';
import { getArchive } from '../lib/content/currentArchive.ts';
import { absoluteUrl, searchPath } from '../lib/shared/paths.ts';
import { escapeXml } from '../lib/shared/xml.ts';

/** An OpenSearch description, so a browser can use the archive as a site search. */
export const GET: APIRoute = async () => {
  const { site } = await getArchive();
  const template = `${absoluteUrl(site.url, searchPath())}?q={searchTerms}`;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(site.name.slice(0, 16))}</ShortName>
  <Description>${escapeXml(t.search.opensearch(site.name))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>vi</Language>
  <Image width="16" height="16" type="image/svg+xml">${escapeXml(absoluteUrl(site.url, '/favicon.svg'))}</Image>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
</OpenSearchDescription>
`;
  return new Response(body, {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
};
