/** Dates as a Vietnamese newsroom writes and reads them, in the site's time zone. */
import { toolMessages, type ToolMessages } from '#src/i18n/vi.ts';

const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses "2023-05-19", "2023-05-19T07:00" or "2023-05-19T07:00:00+07:00".
 * A value without an offset is wall-clock time in `timeZone`.
 * Returns the instant, or a message saying what is wrong (in Vietnamese unless `say` is given).
 */
export function parseArchiveDate(
  text: string,
  timeZone: string,
  say: ToolMessages['dates'] = toolMessages.dates,
): Date | string {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return say.notADate(text);
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', offset] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12) return say.noMonth(text, month);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return say.noDay(text, month, year, day);
  if (hour > 23 || minute > 59 || second > 59) return say.impossibleTime(text);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second, Number(ms.padEnd(3, '0')));
  if (offset) return new Date(wallClock - offsetMinutes(offset) * 60_000);
  // Two passes settle the offset even across a daylight-saving change.
  let instant = wallClock - zoneOffsetMinutes(wallClock, timeZone) * 60_000;
  instant = wallClock - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** The offset of `timeZone` from UTC at an instant, in minutes. */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = dateParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

type DateParts = { year: number; month: number; day: number; hour: number; minute: number };

const partFormatters = new Map<string, Intl.DateTimeFormat>();
/** Fields already worked out, by zone and instant: a large archive prints the same dates often. */
const knownParts = new Map<string, DateParts>();

/** The calendar fields of an instant in `timeZone`. */
export function dateParts(date: Date, timeZone: string): DateParts {
  const key = `${timeZone} ${date.getTime()}`;
  let parts = knownParts.get(key);
  if (!parts) {
    parts = computeDateParts(date, timeZone);
    knownParts.set(key, parts);
  }
  return parts;
}

function computeDateParts(date: Date, timeZone: string): DateParts {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    partFormatters.set(timeZone, format);
  }
  const fields = Object.fromEntries(
    format.formatToParts(date).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour,
    minute: fields.minute,
  };
}

/** The year of an instant in `timeZone`. */
export function yearOf(date: Date, timeZone: string): number {
  return dateParts(date, timeZone).year;
}

/** "19/5/2023", as the newspaper prints dates. */
export function formatShortDate(date: Date, timeZone: string): string {
  const { day, month, year } = dateParts(date, timeZone);
  return `${day}/${month}/${year}`;
}

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "thứ Sáu, 19/5/2023": the weekday and the date, as in the newspaper's datelines. */
export function formatLongDate(date: Date, timeZone: string): string {
  const { day, month, year } = dateParts(date, timeZone);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${formatShortDate(date, timeZone)}`;
}

/** "19/5/2023 07:00", for an update notice. */
export function formatDateTime(date: Date, timeZone: string): string {
  const { hour, minute } = dateParts(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatShortDate(date, timeZone)} ${pad(hour)}:${pad(minute)}`;
}

/** "5:12" for 312 seconds; "1:02:03" past an hour. */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
