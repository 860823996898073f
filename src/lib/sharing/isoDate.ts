/** Instants written as ISO 8601 with the site's own offset, as crawlers and Open Graph want them. */
import { dateParts } from '../shared/dates.ts';

/** "2023-05-19T07:00:00+07:00": the wall-clock time in `timeZone` and its offset from UTC. */
export function isoInTimeZone(date: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = dateParts(date, timeZone);
  const wholeMinute = Math.floor(date.getTime() / 60_000) * 60_000;
  const wallClock = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  wallClock.setUTCFullYear(year); // Date.UTC reads years 0-99 as 1900-1999
  const offset = Math.round((wallClock.getTime() - wholeMinute) / 60_000);
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const sign = offset < 0 ? '-' : '+';
  const second = Math.floor((date.getTime() - wholeMinute) / 1000);
  return (
    `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** When an article last changed: its update or its latest correction, else its publication. */
export function modifiedDate(article: {
  data: { pubDate: Date; updatedDate?: Date; corrections: { date: Date }[] };
}): Date {
  const { pubDate, updatedDate, corrections } = article.data;
  const changes = [updatedDate, ...corrections.map((correction) => correction.date)].filter(
    (date): date is Date => date !== undefined,
  );
  if (changes.length === 0) return pubDate;
  return new Date(Math.max(pubDate.getTime(), ...changes.map((date) => date.getTime())));
}
