/** The XSLT that shows a feed opened in a browser as a readable Vietnamese page. */
import { escapeXml } from '../shared/xml.ts';

type Text = { intro: string; how: string; latest: string; visit: string };

/** An XSLT 1.0 stylesheet for RSS 2.0, with the given interface text. */
export function feedStylesheet(text: Text): string {
  const x = (value: string) => escapeXml(value);
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="vi">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="rss/channel/title"/></title>
        <style>
          :root { color-scheme: light dark; --paper: #fdfcf8; --ink: #1c1b19; --muted: #57534e; --accent: #9b1c1c; --rule: #d8d3c7; }
          @media (prefers-color-scheme: dark) { :root { --paper: #141413; --ink: #ebe8e1; --muted: #b3ada3; --accent: #f49a8f; --rule: #3b3934; } }
          body { margin: 0 auto; max-width: 46rem; padding: 1rem; background: var(--paper); color: var(--ink); font: 1rem/1.6 system-ui, sans-serif; }
          h1, h2 { font-family: Georgia, serif; line-height: 1.3; }
          a { color: var(--accent); }
          .note { border: 1px solid var(--rule); padding: 0.75rem 1rem; border-radius: 4px; }
          li { margin: 0 0 1rem; } time { color: var(--muted); font-size: 0.9rem; }
        </style>
      </head>
      <body>
        <p class="note"><strong>${x(text.intro)}</strong> ${x(text.how)}</p>
        <h1><xsl:value-of select="rss/channel/title"/></h1>
        <p><xsl:value-of select="rss/channel/description"/></p>
        <p><a><xsl:attribute name="href"><xsl:value-of select="rss/channel/link"/></xsl:attribute>${x(text.visit)}</a></p>
        <h2>${x(text.latest)}</h2>
        <ul>
          <xsl:for-each select="rss/channel/item">
            <li>
              <a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a><br/>
              <time><xsl:value-of select="pubDate"/></time>
              <p><xsl:value-of select="description"/></p>
            </li>
          </xsl:for-each>
        </ul>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
