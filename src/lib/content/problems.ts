import type { ToolMessages } from '#src/i18n/vi.ts';

/** A problem found in the content, located precisely enough for a journalist to fix it. */
export type Problem = {
  /** The file, relative to the project (or absolute when outside it). */
  file: string;
  /** 1-based line in the file; 1 when the whole file is concerned. */
  line: number;
  /** The field concerned, e.g. "districts[1]", or "-" for the whole file. */
  field: string;
  message: string;
  /** How to fix it. */
  hint?: string;
  severity: 'error' | 'warning';
};

/** One line: `file:line  field  message (hint)`, a warning marked as such in the messages' language. */
export function formatProblem(problem: Problem, say: ToolMessages): string {
  const label = problem.severity === 'warning' ? say.report.warning : '';
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${problem.file}:${problem.line}  ${problem.field}  ${label}${problem.message}${hint}`;
}

/** Every problem, one line each, then a summary line. */
export function formatReport(problems: Problem[], say: ToolMessages): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary = problems.length === 0 ? say.report.clean : say.report.summary(errors, warnings);
  return [...sorted.map((problem) => formatProblem(problem, say)), summary].join('\n');
}

/** True when any problem stops the build. */
export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
