/** Reads CPU time and memory of process trees from Linux's /proc. */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU times in clock ticks of 1/100 s (USER_HZ, `getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat after the command name, which may itself hold spaces. */
function statFields(pid: number | 'self'): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // the process has just exited
  }
}

/**
 * User + system CPU seconds of every child this process has waited for, and of their waited-for
 * descendants (cutime + cstime of /proc/self/stat). The difference before and after a child
 * ran is the CPU time of that child's whole process tree.
 */
export function reapedChildrenCpuSeconds(): number {
  const fields = statFields('self')!;
  // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

/** The pids of `root` and all its descendants, alive now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = Number(statFields(Number(name))?.[1]);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(Number(name));
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/** Resident memory of one process in bytes (VmRSS), 0 once it has exited. */
function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The resident memory of `root` and of each descendant, in bytes. */
export function treeRss(root: number): { pid: number; bytes: number }[] {
  return processTree(root).map((pid) => ({ pid, bytes: rssBytes(pid) }));
}

/** The summed resident memory of `root` and its descendants, in bytes. */
export function treeRssBytes(root: number): number {
  return treeRss(root).reduce((sum, process) => sum + process.bytes, 0);
}

/**
 * A short name for a process: its command line without the Node binary's folder and the
 * project's path, cut to 120 characters; '' once it has exited.
 */
export function processCommand(pid: number, projectDir = process.cwd()): string {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return shortCommand(argv, projectDir);
  } catch {
    return '';
  }
}

/** `argv` as `processCommand` shows it. */
export function shortCommand(argv: readonly string[], projectDir: string): string {
  const prefix = projectDir.endsWith('/') ? projectDir : `${projectDir}/`;
  const [program = '', ...rest] = argv;
  const name = program.slice(program.lastIndexOf('/') + 1);
  const text = [name, ...rest].map((arg) => arg.split(prefix).join('')).join(' ');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** CPU seconds all cores of the machine have spent busy since boot (first line of /proc/stat). */
export function machineBusySeconds(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}
