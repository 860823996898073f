/**
 * The W3C Nu HTML checker (vnu, from the vnu-jar package) over a built site. One Java process
 * checks every page of a folder: starting Java once per page would take seconds each.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** One error the checker reports: the file, where in it, and what is wrong. */
export type NuError = { file: string; line: number; column: number; message: string };

/** A message of vnu's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
type NuMessage = {
  type: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  firstColumn?: number;
  message: string;
};

/** The path of vnu.jar: the package's main export is that path. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** Every error vnu finds in the HTML files under `dir` (warnings left out). */
export async function nuErrors(dir: string): Promise<NuError[]> {
  // `java` from the PATH, not vnu-jar's own resolver, which downloads a Java runtime when
  // there is none: CI installs one (.ci/run), and a test should not fetch from the network.
  const child = spawn(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', '--skip-non-html', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [exit] = await Promise.race([
    once(child, 'close'),
    once(child, 'error').then(([error]) => {
      throw new Error(
        `Cannot run java for the Nu HTML checker (apt-get install -y default-jre-headless): ${error}`,
      );
    }),
  ]);
  // vnu exits with 1 when it finds errors; its report is JSON on stdout either way.
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(`The Nu HTML checker failed (exit ${exit}):\n${stdout}\n${stderr}`);
  }
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? dir),
      line: m.lastLine ?? m.firstLine ?? 0,
      column: m.firstColumn ?? 0,
      message: m.message,
    }));
}
