import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { ChildMessage, StartMessage } from './protocol';

const NATIVE = 'better-sqlite3-multiple-ciphers';

/**
 * Bundles writer.ts (and the real domain code it imports) into one CommonJS file in `outDir`.
 * The native addon stays external, required by absolute path so the bundle may live anywhere;
 * migrations' `import sql from './x.sql?raw'` (Vite's syntax) resolve to the .sql file, which
 * the `text` loader turns into a string, as Vite does for the app.
 */
export function bundleWriter(outDir: string): string {
  const entry = resolve(__dirname, 'writer.ts');
  const nativeEntry = createRequire(entry).resolve(NATIVE);
  const outfile = join(outDir, 'writer.cjs');
  const result = buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    alias: { [NATIVE]: nativeEntry },
    external: [nativeEntry],
    loader: { '.sql': 'text' },
    logLevel: 'silent',
  });
  if (result.errors.length > 0) {
    throw new Error(`esbuild: ${result.errors.map((e) => e.text).join('; ')}`);
  }
  return outfile;
}

/** When the SIGKILL comes: `delayMs` after the child was spawned, or after it opened the database. */
export interface KillPlan {
  anchor: 'spawn' | 'ready';
  delayMs: number;
}

export interface WriterOutcome {
  /** Sessions the child reported as committed, in order. */
  committed: { seq: number; id: string }[];
  ready: Extract<ChildMessage, { type: 'ready' }> | null;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** The child's command line and environment as other processes see them (Linux /proc), read once it was ready. */
  visible: string | null;
}

/** What `ps` and friends can see of a process: its argv and its environment. */
function visibleFromOutside(pid: number | undefined): string | null {
  if (pid === undefined) return null;
  try {
    return ['cmdline', 'environ'].map((f) => readFileSync(`/proc/${pid}/${f}`, 'latin1')).join('\n');
  } catch {
    return null; // not Linux, or already gone
  }
}

/**
 * Forks the bundled writer with plain `node`, hands it the start message (with the key) over IPC,
 * SIGKILLs it as planned and resolves once it is gone and every message it sent has been read.
 */
export function runWriter(bundle: string, start: StartMessage, plan: KillPlan): Promise<WriterOutcome> {
  return new Promise((resolveOutcome, reject) => {
    const child = fork(bundle, [], {
      execPath: process.execPath,
      execArgv: [],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    const committed: WriterOutcome['committed'] = [];
    let ready: WriterOutcome['ready'] = null;
    let visible: string | null = null;
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const arm = () => {
      killTimer = setTimeout(kill, plan.delayMs);
    };
    // Whatever happens, no writer outlives its trial.
    const guard = setTimeout(kill, 15_000);

    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        ready = message;
        visible = visibleFromOutside(child.pid);
        if (plan.anchor === 'ready') arm();
      } else if (message.type === 'committed') {
        committed.push({ seq: message.seq, id: message.id });
      }
    });
    child.on('error', (error) => {
      clearTimeout(guard);
      clearTimeout(killTimer);
      kill();
      reject(error);
    });
    // 'close' comes after exit *and* after the IPC channel has been drained.
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      clearTimeout(killTimer);
      resolveOutcome({ committed, ready, code, signal, stderr, visible });
    });
    // A child killed before it reads this makes send fail; that is part of the experiment.
    child.send(start, () => {});
    if (plan.anchor === 'spawn') arm();
  });
}
