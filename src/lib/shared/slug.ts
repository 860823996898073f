/** Ids and file names made from Vietnamese titles: ASCII, lower case, words joined by "-". */
import slugify from '@sindresorhus/slugify';

/** "Người hiến đất ở Na Rì" -> "nguoi-hien-dat-o-na-ri" (đ -> d; NFC and NFD alike). */
export function slugFromTitle(title: string, maxLength = 80): string {
  const slug = slugify(title.normalize('NFC'), { customReplacements: [['&', ' va ']] });
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
}

/** `slug`, or `slug-2`, `slug-3`, ... : the first that is not taken. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
