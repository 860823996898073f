/** A legacy article as copied from the newspaper's old website, taken apart line by line. */
import { foldVietnamese } from '#src/lib/shared/vietnamese.ts';

/** A part of a series known by its title. */
export type PartTitle = { part: number; title: string };

/** A legacy text taken apart; every line trimmed and in NFC. */
export type LegacyText = {
  /** The first line: the title, or "<series title>: Bài N - <part title>". */
  heading: string;
  /** "2023-05-19" or "2023-05-19T07:15", from a line holding only a date before the lead. */
  date?: string;
  /** The first paragraph, without its dateline. */
  lead?: string;
  /** Whether the lead started with a dateline such as "BBK - ". */
  hadDateline: boolean;
  /** The other paragraphs, in order. */
  body: string[];
  /** The parts named by ">>" lines. */
  otherParts: PartTitle[];
};

const AUDIO_RESIDUE = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;
const SEE_MORE = /^xem them\s*:?$/;
const PART_LINK = /^>>\s*Bài\s+(\d+)\s*[:.\-–—]\s*(.+)$/iu;
const SERIES_HEADING = /^(.+?)\s*:\s*Bài\s+(\d+)\s*[-–—:]\s*(.+)$/iu;
const DATELINE = /^\(?[A-ZĐ][A-ZĐ0-9]{1,7}\)?\s*[-–—]\s+/u;
const DATE_LINE =
  /^(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[,|-]?\s*(\d{1,2})[:h](\d{2}))?(?:\s*\(GMT\+7\))?$/iu;

/** Takes a legacy text apart: drops audio-player residue, ">>" links, "Xem thêm" and what follows. */
export function parseLegacyText(text: string): LegacyText {
  const lines = text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim());
  const end = lines.findIndex((line) => SEE_MORE.test(foldVietnamese(line)));
  const kept = (end === -1 ? lines : lines.slice(0, end)).filter(
    (line) => line && !AUDIO_RESIDUE.test(line),
  );
  const [heading = '', ...rest] = kept;
  const parsed: LegacyText = { heading, hadDateline: false, body: [], otherParts: [] };
  for (const line of rest) {
    if (line.startsWith('>>')) {
      const link = PART_LINK.exec(line);
      if (link) parsed.otherParts.push({ part: Number(link[1]), title: link[2].trim() });
    } else if (parsed.lead === undefined && parsed.date === undefined && dateFromLine(line)) {
      parsed.date = dateFromLine(line);
    } else if (parsed.lead === undefined) {
      parsed.hadDateline = DATELINE.test(line);
      parsed.lead = line.replace(DATELINE, '');
    } else {
      parsed.body.push(line);
    }
  }
  return parsed;
}

/** "Thứ Sáu, 19/05/2023 07:15" -> "2023-05-19T07:15"; undefined when the line is not just a date. */
export function dateFromLine(line: string): string | undefined {
  const match = DATE_LINE.exec(line);
  if (!match) return undefined;
  const [, day, month, year, hour, minute] = match;
  const pad = (n: string) => n.padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return hour ? `${date}T${pad(hour)}:${minute}` : date;
}

/** "Người giữ rừng: Bài 2 - Mùa hồi" -> the series title, the part number and the part's title. */
export function splitSeriesHeading(
  heading: string,
): { seriesTitle: string; part: number; title: string } | undefined {
  const match = SERIES_HEADING.exec(heading);
  if (!match) return undefined;
  return { seriesTitle: match[1].trim(), part: Number(match[2]), title: match[3].trim() };
}
