/**
 * Runs a command and measures it: wall time, peak RSS of the whole process tree (sampled from /proc
 * every 100 ms, the sum over every descendant), the peak of each program in the tree (node, pagefind…),
 * the largest single process as the kernel counted it (/usr/bin/time -v, when installed), and every
 * output line with the time it arrived.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Line {
  /** Milliseconds since the start. */
  t: number;
  text: string;
}

export interface RunResult {
  code: number;
  wallMs: number;
  /** Peak of the summed RSS of the process tree, bytes. */
  peakTreeRss: number;
  /** Peak RSS per program name (comm) in the tree, bytes. */
  peakByProgram: Record<string, number>;
  /** Largest single process's maximum RSS according to /usr/bin/time -v, bytes. */
  maxRssTime?: number;
  /** CPU time of the command and its children (user + system, /usr/bin/time), ms. */
  cpuMs?: number;
  /** CPU time the whole machine was busy during the run (/proc/stat), ms: the rest went to other processes. */
  machineBusyMs: number;
  lines: Line[];
}

/** Busy CPU time of the whole machine since boot, ms (all cores). */
function machineBusy(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / 100;
}

const PAGE = 4096;
const TIME = '/usr/bin/time';

function parentsAndNames(): Map<number, { ppid: number; comm: string; rss: number }> {
  const out = new Map<number, { ppid: number; comm: string; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      // fields[1] = ppid, fields[21] = rss in pages (stat fields 4 and 24).
      out.set(Number(name), { ppid: Number(fields[1]), comm, rss: Number(fields[21]) * PAGE });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

/** Sum of RSS over `root` and its descendants, and the RSS of each program. */
export function treeRss(root: number): { total: number; byProgram: Record<string, number> } {
  const procs = parentsAndNames();
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) (children.get(p.ppid) ?? children.set(p.ppid, []).get(p.ppid)!).push(pid);
  let total = 0;
  const byProgram: Record<string, number> = {};
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const p = procs.get(pid);
    if (p && p.comm !== 'time') {
      total += p.rss;
      byProgram[p.comm] = (byProgram[p.comm] ?? 0) + p.rss;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byProgram };
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Every output line is appended here. */
  logFile?: string;
  /** Called for every output line (progress). */
  onLine?: (line: Line) => void;
  /** Kill the tree after this many ms. */
  timeoutMs?: number;
}

export function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const useTime = existsSync(TIME);
  const timeFile = `/tmp/shnor-bench-time-${process.pid}-${Date.now()}.txt`;
  const [cmd, argv] = useTime ? [TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const busyAtStart = machineBusy();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = options.logFile ? createWriteStream(options.logFile) : undefined;
  const lines: Line[] = [];
  const onText = (text: string) => {
    const line = { t: performance.now() - started, text: text.replace(/\x1b\[[0-9;]*m/g, '') };
    lines.push(line);
    log?.write(`${(line.t / 1000).toFixed(3)} ${line.text}\n`);
    options.onLine?.(line);
  };
  createInterface({ input: child.stdout! }).on('line', onText);
  createInterface({ input: child.stderr! }).on('line', onText);

  let peakTreeRss = 0;
  const peakByProgram: Record<string, number> = {};
  const sample = () => {
    if (!child.pid) return;
    const { total, byProgram } = treeRss(child.pid);
    peakTreeRss = Math.max(peakTreeRss, total);
    for (const [k, v] of Object.entries(byProgram)) peakByProgram[k] = Math.max(peakByProgram[k] ?? 0, v);
  };
  const timer = setInterval(sample, 100);
  const killer = options.timeoutMs
    ? setTimeout(() => {
        onText(`[bench] timeout after ${options.timeoutMs} ms: stopping the process tree`);
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      }, options.timeoutMs)
    : undefined;
  // Never leave a build running when the benchmark itself is stopped.
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
  };
  process.once('exit', stop);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      process.off('exit', stop);
      log?.end();
      let maxRssTime: number | undefined;
      let cpuMs: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const text = readFileSync(timeFile, 'utf8');
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        if (m) maxRssTime = Number(m[1]) * 1024;
        const u = /User time \(seconds\): ([\d.]+)/.exec(text);
        const sy = /System time \(seconds\): ([\d.]+)/.exec(text);
        if (u && sy) cpuMs = (Number(u[1]) + Number(sy[1])) * 1000;
        rmSync(timeFile, { force: true });
      }
      resolve({ code: code ?? 1, wallMs: performance.now() - started, peakTreeRss, peakByProgram, maxRssTime, cpuMs, machineBusyMs: machineBusy() - busyAtStart, lines });
    });
  });
}
