import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LANGUAGES, type Language } from '../../shared/preferences';
import { systemClock } from '../clock';
import type { Dialogs } from '../ports';
import { PracticeManager } from '../practice/practice-manager';
import { writeSetting } from '../settings';
import { DEMO_COACH, DEMO_LANGUAGE_SETTING, DEMO_PASSPHRASE, DEMO_PRACTICE_NAMES } from './demo-practice';
import { DEMO_DEFAULTS, generateDemoPractice } from './generate';

/**
 * `npm run seed -- [--clients N] [--sessions M] [--seed S] [--out FOLDER] [--language en|es]`:
 * writes a separate practice file named "Demo practice" (never touches the coach's own
 * practices), its records in the language given (English by default), and prints its path and
 * passphrase. Open it in Coachbook with "Open another practice".
 */

const noDialogs: Dialogs = {
  choosePracticeFile: async () => null,
  chooseFileToOpen: async () => null,
  chooseSavePath: async () => null,
};

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) continue;
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) out[key] = inline;
    else if (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith('--'))
      out[key] = argv[++i] as string;
    else out[key] = 'true';
  }
  return out;
}

function intArg(args: Record<string, string>, key: string, fallback: number): number {
  if (args[key] === undefined) return fallback;
  const value = Number(args[key]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${key} must be a whole number (got "${args[key]}")`);
    process.exit(2);
  }
  return value;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(
      'npm run seed -- [--clients N] [--sessions M] [--seed S] [--out FOLDER] [--mode auto|services|bulk] [--language en|es]',
    );
    return;
  }
  const clients = intArg(args, 'clients', DEMO_DEFAULTS.clients);
  const sessions = intArg(args, 'sessions', DEMO_DEFAULTS.sessions);
  const seed = intArg(args, 'seed', DEMO_DEFAULTS.seed);
  const mode = (args.mode ?? 'auto') as 'auto' | 'services' | 'bulk';
  const folder = resolve(args.out ?? join('out', 'demo'));
  const language = (args.language ?? 'en') as Language;
  if (!LANGUAGES.includes(language)) {
    console.error(`--language must be one of ${LANGUAGES.join(', ')} (got "${args.language}")`);
    process.exit(2);
  }

  // A throwaway user-data folder: the demo must not join the list of the coach's practices.
  const dataDir = mkdtempSync(join(tmpdir(), 'coachbook-seed-'));
  const manager = new PracticeManager({ dataDir, clock: systemClock, dialogs: noDialogs });
  const started = performance.now();
  try {
    manager.create({
      name: DEMO_PRACTICE_NAMES[language],
      coachName: DEMO_COACH,
      passphrase: DEMO_PASSPHRASE,
      demo: true,
      folder,
    });
    const { db, path } = manager.unlocked();
    let lastReport = 0;
    const summary = generateDemoPractice(db, systemClock, {
      clients,
      sessions,
      seed,
      mode,
      language,
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - lastReport > 2000 && total > 0) {
          lastReport = now;
          process.stdout.write(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} sessions\n`);
        }
      },
    });
    // Absent means English, so an English seed writes what it always has.
    if (language !== 'en') writeSetting(db, DEMO_LANGUAGE_SETTING, language);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Demo practice written in ${seconds} s (${summary.mode}, seed ${summary.seed}, ${language}):`,
    );
    console.log(`  file:       ${path}`);
    console.log(`  key file:   ${path}.key`);
    console.log(`  passphrase: ${DEMO_PASSPHRASE}`);
    console.log(
      `  ${summary.clients} clients (${summary.scripts.join(', ')}), ${summary.engagements} engagements, ` +
        `${summary.sessions} sessions, ${summary.notes} notes, ${summary.agreements} agreements, ` +
        `${summary.goals} goals, ${summary.actions} commitments, ${summary.assessments} Wheel of Life assessments`,
    );
    console.log('Open it in Coachbook with “Open another practice”.');
  } finally {
    manager.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main();
