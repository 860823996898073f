/** Article HTML made safe and self-contained for feed readers. */
import { parse, type HTMLElement } from 'node-html-parser';

const DROPPED_ELEMENTS = 'script, style, template, noscript, iframe, object, embed, link, meta';
const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

/**
 * Rewrites rendered article HTML for `content:encoded`: every link and image URL absolute
 * (relative to `pageUrl`), and nothing executable left (scripts, event handlers, javascript: URLs,
 * custom elements of components, which a reader cannot run).
 */
export function toFeedHtml(html: string, pageUrl: string): string {
  const root = parse(html, { comment: false });
  for (const element of root.querySelectorAll(DROPPED_ELEMENTS)) element.remove();
  for (const element of root.querySelectorAll('*')) {
    if (element.tagName.includes('-')) {
      unwrap(element);
      continue;
    }
    for (const name of Object.keys(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || lower === 'style' || lower.startsWith('data-astro')) {
        element.removeAttribute(name);
      }
    }
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== undefined) element.setAttribute(name, absolute(value, pageUrl));
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== undefined) {
      element.setAttribute(
        'srcset',
        srcset
          .split(',')
          .map((candidate) => {
            const [url, ...descriptor] = candidate.trim().split(/\s+/);
            return [absolute(url, pageUrl), ...descriptor].join(' ');
          })
          .join(', '),
      );
    }
  }
  return root.toString().normalize('NFC');
}

/** An absolute http(s) URL; anything else (javascript:, data:) becomes a harmless "#". */
export function absolute(value: string, base: string): string {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
      ? url.href
      : '#';
  } catch {
    return '#';
  }
}

/** Replaces an element by its children. */
function unwrap(element: HTMLElement): void {
  element.replaceWith(...element.childNodes);
}
