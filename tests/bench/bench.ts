import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { listClients } from '../../electron/core/clients/clients';
import { localToday, systemClock } from '../../electron/core/clock';
import { type Db, openPracticeDb } from '../../electron/core/db/connection';
import { type DemoSummary, generateDemoPractice } from '../../electron/core/demo/generate';
import { readLogBytes } from '../../electron/core/hour-import/read-file';
import { ImportPreviews } from '../../electron/core/hour-import/service';
import { monthsBefore } from '../../electron/core/hours/evaluate';
import { buildHourLog } from '../../electron/core/hours/log';
import { hoursOverview } from '../../electron/core/hours/service';
import { unwrapDataKey } from '../../electron/core/keyring/keyfile';
import type { Dialogs } from '../../electron/core/ports';
import { PracticeManager } from '../../electron/core/practice/practice-manager';
import { renderHourLogPdf } from '../../electron/core/reports/hour-log-pdf';
import { buildHourLogReport } from '../../electron/core/reports/hour-log-report';
import { buildSessionLog, renderSessionLogPdf } from '../../electron/core/reports/session-log';
import { searchRecords } from '../../electron/core/sessions/search';
import { createSession, createSessions, listSessions } from '../../electron/core/sessions/sessions';
import { sessionLogReportInput } from '../../electron/shared/reports';
import { describeMachine, type Machine, which } from './machine';
import { describeFrames, measureRenderer, type RendererResult, rendererBuilt } from './renderer';
import { fmtMs, mb, measure, measureAsync, median, p95, type Samples, timeOnce } from './stats';
import {
  icfLogRows,
  icfWorkbookFor,
  openPlain,
  type RawProgress,
  rawProgress,
  rawSessionBatchInsert,
  sessionBatch,
  toCsv,
  toXlsx,
} from './workloads';

/**
 * `npm run bench [-- --quick] [--keep] [--write]`: builds a large demo practice in a temporary
 * folder and measures what a coach waits for, each over repeated runs (median and p95), with the
 * side-by-side comparisons of issue 7, then prints PASS/FAIL per target and writes
 * docs/benchmarks.md (full runs; a --quick smoke run writes it only with --write).
 *
 * Heavy building (the seed, the 200,000-row insert comparison, the unencrypted copy) runs in
 * child processes, so the peak memory reported is that of the measured main-process work.
 */

const PASSPHRASE = 'bench practice passphrase 2026';
const FONTS_DIR = resolve(__dirname, '../../resources/fonts');
const DOCS = resolve(__dirname, '../../docs/benchmarks.md');
const LOW_SCRYPT = { N: 2 ** 12, r: 8, p: 1 };

const noDialogs: Dialogs = {
  choosePracticeFile: async () => null,
  chooseFileToOpen: async () => null,
  chooseSavePath: async () => null,
};

interface Sizes {
  clients: number;
  sessions: number;
  pdfSessions: number;
  importRows: number;
}
const FULL: Sizes = { clients: 10_000, sessions: 200_000, pdfSessions: 10_000, importRows: 50_000 };
const QUICK: Sizes = { clients: 1_000, sessions: 20_000, pdfSessions: 2_000, importRows: 5_000 };

/** Supporting figures printed under the table (per-query timings and the like). */
const details: string[] = [];
const loads: string[] = [];
const loadNow = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

interface Line {
  section: string;
  what: string;
  runs?: number;
  median?: string;
  p95?: string;
  target?: string;
  pass?: boolean | null;
  note?: string;
}

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out[a.slice(2)] = next;
      i++;
    } else out[a.slice(2)] = 'true';
  }
  return out;
}

const paths = (root: string) => ({
  dataDir: join(root, 'userData'),
  practices: join(root, 'practices'),
  plain: join(root, 'plain-copy.sqlite'),
});

// ------------------------------------------------------------------------------------ children

interface SeedResult {
  path: string;
  ms: number;
  summary: DemoSummary;
  maxRssMb: number;
  bytes: number;
}

function childSeed(root: string, sizes: Sizes): SeedResult {
  const { dataDir, practices } = paths(root);
  const manager = new PracticeManager({ dataDir, clock: systemClock, dialogs: noDialogs });
  const t = timeOnce(() => {
    manager.create({
      name: 'Bench practice',
      coachName: 'Sofía Marín',
      passphrase: PASSPHRASE,
      folder: practices,
    });
    const { db } = manager.unlocked();
    const summary = generateDemoPractice(db, systemClock, {
      clients: sizes.clients,
      sessions: sizes.sessions,
      seed: 1,
      mode: 'bulk',
    });
    db.pragma('wal_checkpoint(TRUNCATE)');
    return summary;
  });
  const { path } = manager.unlocked();
  manager.close();
  return {
    path,
    ms: t.ms,
    summary: t.value,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: readFileSync(path).length,
  };
}

interface InsertResult {
  rows: number;
  dataLayer: number[];
  raw: number[];
  rawPlain: number[];
  /** createSession one call at a time, over the first `singleBatches` batches only. */
  single: number[];
  batch: number;
}

/**
 * (a) and (c) for writes: the same sessions, batch by batch, through the data layer's bulk path
 * (createSessions), raw statements doing the same work, and raw statements on an unencrypted copy.
 * The sides take turns batch by batch, each on its own copy of the same practice, so a load spike
 * from other work on the machine falls on all of them rather than on whichever ran at the time.
 */
function childInsert(root: string, sizes: Sizes): InsertResult {
  const dir = join(root, 'insert');
  const manager = new PracticeManager({
    dataDir: join(dir, 'userData'),
    clock: systemClock,
    dialogs: noDialogs,
    scrypt: LOW_SCRYPT,
  });
  manager.create({ name: 'Insert base', coachName: 'Sofía Marín', passphrase: PASSPHRASE, folder: dir });
  const { db, dataKey, path } = manager.unlocked();
  const key = Buffer.from(dataKey);
  generateDemoPractice(db, systemClock, { clients: sizes.clients, sessions: 0, seed: 3, mode: 'bulk' });
  const fields = sessionBatch(db, sizes.sessions, 42);
  db.pragma('wal_checkpoint(TRUNCATE)');
  manager.close();
  const copy = (name: string) => {
    const target = join(dir, name);
    copyFileSync(path, target);
    return target;
  };
  const dataLayerPath = copy('data-layer.coachbook');
  const singlePath = copy('single.coachbook');
  const rawPath = copy('raw.coachbook');
  const plainPath = copy('raw-plain.sqlite');
  const decrypt = new Database(plainPath);
  decrypt.pragma(`cipher='sqlcipher'`);
  decrypt.pragma('legacy=4');
  decrypt.pragma(`key="x'${key.toString('hex')}'"`);
  decrypt.pragma('journal_mode = DELETE');
  decrypt.pragma(`rekey=''`);
  decrypt.close();

  const BATCH = 10_000;
  const SINGLE_BATCHES = 5;
  const batches: (typeof fields)[] = [];
  for (let i = 0; i < fields.length; i += BATCH) batches.push(fields.slice(i, i + BATCH));

  const layerDb = openPracticeDb(dataLayerPath, key);
  const singleDb = openPracticeDb(singlePath, key);
  const rawDb = openPracticeDb(rawPath, key);
  const plainDb = openPlain(plainPath);
  const rawInsert = rawSessionBatchInsert(rawDb);
  const plainInsert = rawSessionBatchInsert(plainDb);
  const result: InsertResult = {
    rows: fields.length,
    dataLayer: [],
    raw: [],
    rawPlain: [],
    single: [],
    batch: BATCH,
  };
  batches.forEach((batch, i) => {
    result.raw.push(timeOnce(() => rawInsert(batch)).ms);
    result.dataLayer.push(timeOnce(() => createSessions(layerDb, systemClock, batch)).ms);
    result.rawPlain.push(timeOnce(() => plainInsert(batch)).ms);
    if (i < SINGLE_BATCHES) {
      result.single.push(
        timeOnce(() =>
          singleDb.transaction(() => {
            for (const f of batch) createSession(singleDb, systemClock, f);
          })(),
        ).ms,
      );
    }
  });
  for (const open of [layerDb, singleDb, rawDb, plainDb]) open.close();
  key.fill(0);
  return result;
}

/** (c) for reads: an unencrypted copy of the large practice, same schema and rows. */
function childPlainCopy(root: string): { ms: number } {
  const { dataDir, plain } = paths(root);
  const manager = new PracticeManager({ dataDir, clock: systemClock, dialogs: noDialogs });
  const { path, keyFile } = manager.selectedKeyFile();
  const key = unwrapDataKey(keyFile, PASSPHRASE, 'passphrase');
  const t = timeOnce(() => {
    copyFileSync(path, plain);
    const db = new Database(plain);
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${key.toString('hex')}'"`);
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey=''`);
    db.close();
  });
  key.fill(0);
  return { ms: t.ms };
}

function runChild<T>(name: string, root: string, quick: boolean): T {
  const out = join(root, `child-${name}.json`);
  const result = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      process.argv[1] as string,
      '--child',
      name,
      '--root',
      root,
      ...(quick ? ['--quick'] : []),
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`bench step "${name}" failed (exit ${result.status})`);
  return JSON.parse(readFileSync(out, 'utf8')) as T;
}

// ---------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const quick = args.quick === 'true';
  const sizes = quick ? QUICK : FULL;
  if (args.child) {
    const root = args.root as string;
    const result =
      args.child === 'seed'
        ? childSeed(root, sizes)
        : args.child === 'insert'
          ? childInsert(root, sizes)
          : childPlainCopy(root);
    writeFileSync(join(root, `child-${args.child}.json`), JSON.stringify(result));
    return;
  }

  const wallStart = performance.now();
  loads.push(`start ${loadNow()}`);
  const root = mkdtempSync(join(tmpdir(), 'coachbook-bench-'));
  const lines: Line[] = [];
  const R = (full: number, small: number) => (quick ? small : full);
  const say = (text: string) => console.log(text);
  const sampleLine = (
    section: string,
    s: Samples,
    target?: { text: string; ok: (p95: number, median: number) => boolean },
    note?: string,
  ): Line => {
    const line: Line = {
      section,
      what: s.label,
      runs: s.ms.length,
      median: fmtMs(median(s.ms)),
      p95: fmtMs(p95(s.ms)),
      target: target?.text,
      pass: target ? target.ok(p95(s.ms), median(s.ms)) : null,
      note,
    };
    lines.push(line);
    say(
      `  ${line.what}: median ${line.median}, p95 ${line.p95} (${line.runs} runs)${target ? ` → ${line.pass ? 'PASS' : 'FAIL'} (${target.text})` : ''}`,
    );
    return line;
  };
  const ratioLine = (
    section: string,
    what: string,
    ratio: number,
    target: string | undefined,
    ok: boolean | null,
    note?: string,
  ) => {
    lines.push({ section, what, median: `${ratio.toFixed(2)}×`, target, pass: ok, note });
    say(
      `  ${what}: ${ratio.toFixed(2)}×${ok === null ? '' : ` → ${ok ? 'PASS' : 'FAIL'} (${target})`}${note ? ` — ${note}` : ''}`,
    );
  };
  const infoLine = (section: string, what: string, value: string, note?: string) => {
    lines.push({ section, what, median: value, note });
    say(`  ${what}: ${value}${note ? ` — ${note}` : ''}`);
  };

  let machine: Machine | null = null;
  let seed: SeedResult | null = null;
  try {
    say(
      `Coachbook bench${quick ? ' (quick)' : ''}: ${sizes.clients.toLocaleString('en')} clients, ${sizes.sessions.toLocaleString('en')} sessions, in ${root}`,
    );

    // ------------------------------------------------------------------ the large practice
    say('\n[1/9] Building the large practice (child process)…');
    seed = runChild<SeedResult>('seed', root, quick);
    const sum = seed.summary;
    infoLine(
      'Setup',
      `Seed the demo practice (${sum.clients.toLocaleString('en')} clients, ${sum.sessions.toLocaleString('en')} sessions, ${sum.notes.toLocaleString('en')} notes, bulk INSERTs, FTS triggers on)`,
      fmtMs(seed.ms),
      `file ${mb(seed.bytes)}; peak RSS of the seeding process ${seed.maxRssMb.toFixed(0)} MB`,
    );

    say('\n[2/9] Insert comparison (child process)…');
    const ins = runChild<InsertResult>('insert', root, quick);
    const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const perBatch = (label: string, xs: number[]) => ({ label, ms: xs });
    sampleLine(
      '(a) Data layer vs raw statements',
      perBatch(
        `Bulk insert via createSessions (the data layer's bulk path), per ${ins.batch.toLocaleString('en')}-row transaction`,
        ins.dataLayer,
      ),
      undefined,
      `total ${fmtMs(total(ins.dataLayer))} for ${ins.rows.toLocaleString('en')} sessions`,
    );
    sampleLine(
      '(a) Data layer vs raw statements',
      perBatch(
        `Bulk insert via raw prepared statements doing the same work, per ${ins.batch.toLocaleString('en')}-row transaction`,
        ins.raw,
      ),
      undefined,
      `total ${fmtMs(total(ins.raw))}`,
    );
    const insertRatio = total(ins.dataLayer) / total(ins.raw);
    ratioLine(
      '(a) Data layer vs raw statements',
      `Bulk insert of ${ins.rows.toLocaleString('en')} sessions: data layer ÷ raw`,
      insertRatio,
      '≤ 1.3×',
      insertRatio <= 1.3,
    );
    const singleRows = ins.single.length * ins.batch;
    const rawSameRows = total(ins.raw.slice(0, ins.single.length));
    sampleLine(
      '(a) Data layer vs raw statements',
      perBatch(
        `One session at a time via createSession (the form's path: checks, insert, reads the session back), per ${ins.batch.toLocaleString('en')}-row transaction`,
        ins.single,
      ),
      undefined,
      `first ${singleRows.toLocaleString('en')} sessions only: ${(total(ins.single) / rawSameRows).toFixed(2)}× the raw statements over the same batches`,
    );

    say('\n[3/9] Unencrypted copy of the large practice (child process)…');
    runChild<{ ms: number }>('plain', root, quick);

    // -------------------------------------------------------------- unlock and open (main)
    say('\n[4/9] Unlock and open…');
    const { dataDir, plain } = paths(root);
    const manager = new PracticeManager({ dataDir, clock: systemClock, dialogs: noDialogs });
    const { keyFile } = manager.selectedKeyFile();
    const kdf = measure(
      'Key derivation (scrypt N=2^17, r=8, p=1), reported separately',
      () => unwrapDataKey(keyFile, PASSPHRASE, 'passphrase').fill(0),
      {
        runs: R(5, 3),
      },
    );
    sampleLine('Unlock', kdf, {
      text: '100–500 ms',
      ok: (_p, m) => m >= 100 && m <= 500 && p95(kdf.ms) <= 500,
    });
    const openMs: number[] = [];
    const unlockMs: number[] = [];
    manager.unlock({ passphrase: PASSPHRASE }); // warm-up
    for (let i = 0; i < R(10, 4); i++) {
      manager.lock();
      const key = unwrapDataKey(keyFile, PASSPHRASE, 'passphrase');
      openMs.push(
        timeOnce(() => {
          const selected = manager.selectedKeyFile();
          manager.openWithKey(selected.path, selected.keyFile, key);
        }).ms,
      );
      manager.lock();
      unlockMs.push(timeOnce(() => manager.unlock({ passphrase: PASSPHRASE })).ms);
    }
    sampleLine(
      'Unlock',
      {
        label:
          'Unlock + open, excluding key derivation (read key file, open SQLCipher, check schema, migrations, registry)',
        ms: openMs,
      },
      { text: '< 150 ms', ok: (p) => p < 150 },
    );
    sampleLine('Unlock', { label: 'Unlock as the coach sees it (passphrase → open practice)', ms: unlockMs });
    // --------------------------------------------------------------------------- renderer
    say('\n[5/9] Renderer in Chromium…');
    manager.lock();
    if (!rendererBuilt()) {
      infoLine('Renderer', 'Renderer', 'not built: run `npx electron-vite build` first (npm run bench does)');
    } else {
      let r: RendererResult | null = null;
      try {
        r = await measureRenderer({
          dataDir,
          passphrase: PASSPHRASE,
          firstRenderRuns: R(5, 3),
          scrollRuns: R(3, 1),
          step: 1200,
        });
      } catch (error) {
        infoLine('Renderer', 'Renderer', `failed: ${(error as Error).message.split('\n')[0]}`);
      }
      if (r) {
        sampleLine('Renderer', {
          label: `Client list first render: navigation → first row in the DOM (${sizes.clients.toLocaleString('en')} clients)`,
          ms: r.firstRowMs,
        });
        sampleLine('Renderer', {
          label: 'Client list first render: navigation → next animation frame (painted)',
          ms: r.firstPaintMs,
        });
        sampleLine('Renderer', {
          label: `Scroll to the end of the list (${r.scroll.rows.toLocaleString('en')} current clients; archived hidden), 1,200 px per frame: time to the last row`,
          ms: r.scroll.toEndMs,
        });
        sampleLine(
          'Renderer',
          { label: 'Scroll frame intervals (requestAnimationFrame)', ms: r.scroll.frameMs },
          undefined,
          `${r.scroll.frames} frames, ${r.scroll.longFrames} over 17.7 ms (${((100 * r.scroll.longFrames) / Math.max(1, r.scroll.frames)).toFixed(1)}%); ${describeFrames(r.scroll.frameMs)}`,
        );
        if (r.pageErrors.length > 0 || r.blockedRequests.length > 0) {
          infoLine(
            'Renderer',
            'Page errors / blocked requests',
            `${r.pageErrors.length} / ${r.blockedRequests.length}`,
            r.pageErrors.slice(0, 2).join(' | '),
          );
        }
      }
    }
    manager.unlock({ passphrase: PASSPHRASE });

    const db = manager.requireDb();
    const machineDb = db.prepare('SELECT sqlite_version()').pluck().get() as string;
    machine = describeMachine(`SQLite ${machineDb} (SQLite3 Multiple Ciphers, SQLCipher v4 format)`);

    // -------------------------------------------------------------------------- lists
    say('\n[6/9] Lists and search…');
    sampleLine(
      'Lists',
      measure('Client list, first page (200 rows, sorted by name, with total)', () => listClients(db, {}), {
        runs: R(20, 10),
      }),
    );
    const typing = [
      ['n', 'ng', 'ngu', 'nguy', 'nguye', 'nguyen'],
      ['m', 'ma', 'mar', 'mari', 'marin'],
      ['g', 'go', 'gon', 'gonc', 'gonca'],
      ['z', 'zo', 'zoe'],
      ['李', '李欣'],
      ['а', 'ан', 'анн', 'анна'],
      ['π', 'πα', 'παπ'],
      ['प्र', 'प्रिया'],
      ['north', 'northw'],
      ['lead', 'leadership'],
      ['example.org'],
    ].flat();
    const searchSamples = (target: Db) => {
      const ms: number[] = [];
      const worst: [string, number][] = [];
      for (const prefix of typing) {
        const s = measure(prefix, () => listClients(target, { search: prefix }), { runs: R(10, 5) });
        ms.push(...s.ms);
        worst.push([prefix, median(s.ms)]);
      }
      worst.sort((a, b) => b[1] - a[1]);
      return { ms, worst };
    };
    const clientSearch = searchSamples(db);
    sampleLine(
      'Lists',
      {
        label: `Client search as you type (${typing.length} prefixes in 8 scripts, first page of matches)`,
        ms: clientSearch.ms,
      },
      { text: 'p95 < 16 ms', ok: (p) => p < 16 },
      `slowest prefix "${clientSearch.worst[0]?.[0]}" median ${fmtMs(clientSearch.worst[0]?.[1] ?? Number.NaN)}`,
    );
    const clientIds = db
      .prepare(
        `SELECT p.client_id FROM engagement_participant p JOIN session s ON s.engagement_id = p.engagement_id
         GROUP BY p.client_id ORDER BY p.client_id LIMIT 40`,
      )
      .pluck()
      .all() as string[];
    const bySession = (target: Db) => {
      const ms: number[] = [];
      for (const clientId of clientIds)
        ms.push(...measure('c', () => listSessions(target, { clientId }), { runs: R(5, 3) }).ms);
      return ms;
    };
    const encBySession = bySession(db);
    sampleLine('Lists', {
      label: `Session list by client (${clientIds.length} clients, newest first, first page)`,
      ms: encBySession,
    });

    const queries = [
      'reunion',
      'reunión',
      'resume',
      'confidence',
      'delegat',
      'boundaries sleep',
      'pitch investors',
      'kintsugi',
      'saudade',
      'entrevista',
      'creche',
      'naive',
      'deja vu',
      'Marta',
    ];
    const ftsSamples = (target: Db) => {
      const ms: number[] = [];
      const per: [string, number, number][] = [];
      for (const q of queries) {
        const hits = searchRecords(target, q, 50).length;
        const s = measure(q, () => searchRecords(target, q, 50), {
          runs: R(10, 5),
          minRuns: 3,
          budgetMs: R(3000, 1500),
        });
        ms.push(...s.ms);
        per.push([q, median(s.ms), hits]);
      }
      return { ms, per };
    };
    const fts = ftsSamples(db);
    const noteCount = db.prepare('SELECT count(*) FROM note').pluck().get() as number;
    fts.per.sort((a, b) => b[1] - a[1]);
    details.push(
      `Full-text search, per query (median of the runs, hits returned, limit 50): ${fts.per
        .map(([q, m, hits]) => `"${q}" ${fmtMs(m)} (${hits})`)
        .join('; ')}.`,
    );
    details.push(
      `Client search, slowest prefixes (median): ${clientSearch.worst
        .slice(0, 6)
        .map(([q, m]) => `"${q}" ${fmtMs(m)}`)
        .join('; ')}.`,
    );
    sampleLine(
      'Search',
      {
        label: `Full-text search over ${noteCount.toLocaleString('en')} notes (+ addenda, goals, commitments; ${queries.length} queries incl. accent-free, top 50)`,
        ms: fts.ms,
      },
      { text: 'p95 < 50 ms', ok: (p) => p < 50 },
      `slowest: ${fts.per
        .slice(0, 3)
        .map(([q, m]) => `"${q}" ${fmtMs(m)}`)
        .join(', ')}; fastest: "${fts.per.at(-1)?.[0]}" ${fmtMs(fts.per.at(-1)?.[1] ?? Number.NaN)}`,
    );

    // ------------------------------------------------------------------- credential progress
    say('\n[7/9] Credential progress…');
    const today = localToday(systemClock);
    const progress = measure(
      'Credential progress (hoursOverview: ICF ACC + PCC, mentor coaching, charts)',
      () => hoursOverview(db, systemClock),
      {
        runs: R(7, 4),
        budgetMs: 30_000,
      },
    );
    const heldCount = db
      .prepare(`SELECT count(*) FROM session WHERE attendance = 'held' AND is_draft = 0`)
      .pluck()
      .get() as number;
    sampleLine(
      'Hours',
      progress,
      { text: '< 100 ms', ok: (p) => p < 100 },
      `${sizes.sessions.toLocaleString('en')} sessions, ${heldCount.toLocaleString('en')} held`,
    );
    const recentFrom = monthsBefore(today, 18);
    const rawAgg = measure(
      'The same figures from raw SQL aggregates (better-sqlite3 prepared statements)',
      () => rawProgress(db, recentFrom),
      { runs: R(7, 4) },
    );
    sampleLine('(a) Data layer vs raw statements', rawAgg);
    const overview = hoursOverview(db, systemClock);
    const check: RawProgress = rawProgress(db, recentFrom);
    const same =
      check.minutes === overview.totals.minutes &&
      check.paidMinutes === overview.totals.paidMinutes &&
      check.distinctClients === overview.totals.distinctClients;
    const aggRatio = median(progress.ms) / median(rawAgg.ms);
    ratioLine(
      '(a) Data layer vs raw statements',
      'Progress aggregation: hoursOverview ÷ raw aggregates (medians)',
      aggRatio,
      '≤ 1.3×',
      aggRatio <= 1.3,
      same
        ? 'both give the same totals'
        : `totals differ: raw ${JSON.stringify(check)} vs ${JSON.stringify(overview.totals)}`,
    );
    const logOnly = measure('  of which buildHourLog (the one hour log)', () => buildHourLog(db), {
      runs: R(5, 3),
      budgetMs: 20_000,
    });
    sampleLine('Hours', logOnly);

    // ------------------------------------------------------------------ (c) encryption
    say('\n[8/9] Encrypted vs unencrypted (same rows, same pragmas)…');
    const plainDb = openPlain(plain) as unknown as Db;
    const plainSearch = searchSamples(plainDb);
    const plainFts = ftsSamples(plainDb);
    const plainProgress = measure('p', () => hoursOverview(plainDb, systemClock), {
      runs: R(5, 3),
      budgetMs: 30_000,
    });
    const plainBySession = bySession(plainDb);
    const pairs: [string, number[], number[]][] = [
      ['client search as you type', clientSearch.ms, plainSearch.ms],
      ['full-text search', fts.ms, plainFts.ms],
      ['session list by client', encBySession, plainBySession],
      ['credential progress', progress.ms, plainProgress.ms],
    ];
    let encTotal = 0;
    let plainTotal = 0;
    for (const [what, enc, pl] of pairs) {
      encTotal += median(enc);
      plainTotal += median(pl);
      ratioLine(
        '(c) Encryption cost',
        `Reads, ${what}: encrypted ÷ unencrypted (medians ${fmtMs(median(enc))} vs ${fmtMs(median(pl))})`,
        median(enc) / median(pl),
        undefined,
        null,
      );
    }
    ratioLine(
      '(c) Encryption cost',
      'Read workload above, summed: encrypted ÷ unencrypted',
      encTotal / plainTotal,
      '< 1.5×',
      encTotal / plainTotal < 1.5,
    );
    const encInsert = total(ins.raw) / total(ins.rawPlain);
    ratioLine(
      '(c) Encryption cost',
      `Bulk insert of ${ins.rows.toLocaleString('en')} sessions (raw statements): encrypted ÷ unencrypted`,
      encInsert,
      '< 1.5×',
      encInsert < 1.5,
      `${fmtMs(total(ins.raw))} vs ${fmtMs(total(ins.rawPlain))}`,
    );
    (plainDb as unknown as Database.Database).close();

    // ---------------------------------------------------------------------------- reports
    say('\n[9/9] Reports and import…');
    const entries = buildHourLog(db).entries.filter((e) => e.source === 'session');
    const window = entries.slice(-sizes.pdfSessions);
    const from = window[0]?.date;
    const to = window.at(-1)?.date;
    const input = sessionLogReportInput.parse({ from, to });
    const lineCount = buildSessionLog(db, input).lines.length;
    const pdfOpts = () => ({ fontsDir: FONTS_DIR, now: new Date() });
    let pdfBytes: Buffer = Buffer.alloc(0);
    // The first document in a process also pays for font parsing, text-shaping caches and JIT
    // warm-up (about 0.45 s): reported on its own; the targets use warm runs like every other line.
    const coldPdf = await measureAsync(
      `Session log PDF, the first document in this process (cold), ${lineCount.toLocaleString('en')} sessions`,
      async () => {
        pdfBytes = (await renderSessionLogPdf(buildSessionLog(db, input), pdfOpts())).pdf;
      },
      { runs: 1, minRuns: 1, warmup: false },
    );
    sampleLine('Reports', coldPdf);
    const sessionPdf = await measureAsync(
      `Session log PDF for ${lineCount.toLocaleString('en')} sessions (${from} to ${to}): build from the hour log + render`,
      async () => {
        pdfBytes = (await renderSessionLogPdf(buildSessionLog(db, input), pdfOpts())).pdf;
      },
      { runs: 3, minRuns: 2, budgetMs: 30_000 },
    );
    const pages = (pdfBytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    sampleLine(
      'Reports',
      sessionPdf,
      { text: '< 2 s', ok: (p) => p < 2000 },
      `${pages} pages, ${mb(pdfBytes.length)}`,
    );
    const icfInput = { from, to, names: 'full' as const, omitUnlisted: false };
    let icfRows = 0;
    const icfPdf = await measureAsync(
      'ICF client coaching log PDF over the same sessions (one row per client relationship)',
      async () => {
        const report = buildHourLogReport(db, icfInput);
        icfRows = report.rows.length;
        await renderHourLogPdf(report, pdfOpts());
      },
      { runs: 3, minRuns: 2, budgetMs: 30_000 },
    );
    sampleLine(
      'Reports',
      icfPdf,
      { text: '< 2 s', ok: (p) => p < 2000 },
      `${icfRows.toLocaleString('en')} rows`,
    );

    const office = which('libreoffice') ?? which('soffice');
    if (office) {
      const loDir = join(root, 'libreoffice');
      mkdirSync(loDir, { recursive: true });
      const profile = `file://${join(loDir, 'profile')}`;
      const convert = (file: string) =>
        execFileSync(
          office,
          [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', loDir, file],
          {
            stdio: 'ignore',
            timeout: 600_000,
          },
        );
      // First start creates LibreOffice's profile: not part of the comparison.
      const warm = join(loDir, 'warm.xlsx');
      writeFileSync(warm, await toXlsx(icfLogRows(5)));
      convert(warm);
      const lo = await measureAsync(
        `Fill an ICF-style workbook (exceljs) with the same ${lineCount.toLocaleString('en')} lines + libreoffice --headless --convert-to pdf`,
        async () => {
          const file = join(loDir, 'icf-log.xlsx');
          writeFileSync(file, await icfWorkbookFor(buildSessionLog(db, input)));
          convert(file);
        },
        { runs: 2, minRuns: 2, warmup: false },
      );
      sampleLine('(b) PDF vs spreadsheet + LibreOffice', lo);
      const ratio = median(lo.ms) / median(sessionPdf.ms);
      ratioLine(
        '(b) PDF vs spreadsheet + LibreOffice',
        'LibreOffice path ÷ Coachbook PDF (medians): Coachbook is this many times faster',
        ratio,
        '≥ 5×',
        ratio >= 5,
      );
    } else {
      infoLine(
        '(b) PDF vs spreadsheet + LibreOffice',
        'LibreOffice path',
        'LibreOffice not installed: skipped',
        'apt-get install libreoffice-calc to compare',
      );
    }

    // Import: a fresh practice per run, so every run imports everything.
    const rows = icfLogRows(sizes.importRows);
    const files: [string, Buffer][] = [
      ['CSV', toCsv(rows)],
      ['XLSX', await toXlsx(rows)],
    ];
    for (const [kind, bytes] of files) {
      const previewMs: number[] = [];
      const commitMs: number[] = [];
      let ready = 0;
      for (let run = 0; run < R(3, 2); run++) {
        const dir = join(root, `import-${kind}-${run}`);
        const m = new PracticeManager({
          dataDir: dir,
          clock: systemClock,
          dialogs: noDialogs,
          scrypt: LOW_SCRYPT,
        });
        m.create({ name: 'Import', coachName: 'Sofía Marín', passphrase: PASSPHRASE, folder: dir });
        const target = m.requireDb();
        const previews = new ImportPreviews(systemClock);
        const start = performance.now();
        const table = await readLogBytes(bytes, `log.${kind.toLowerCase()}`);
        const preview = previews.open(target, table, 'dmy');
        previewMs.push(performance.now() - start);
        ready = preview.counts.ready;
        commitMs.push(timeOnce(() => previews.commit(target, systemClock, preview.token)).ms);
        m.close();
        rmSync(dir, { recursive: true, force: true });
      }
      const n = sizes.importRows.toLocaleString('en');
      sampleLine(
        'Import',
        {
          label: `${kind} import of ${n} rows: read the file + preview (${mb(bytes.length)})`,
          ms: previewMs,
        },
        undefined,
        `${ready.toLocaleString('en')} rows ready`,
      );
      sampleLine('Import', { label: `${kind} import of ${n} rows: commit (one transaction)`, ms: commitMs });
    }

    manager.close();

    const peak = process.resourceUsage().maxRSS * 1024;
    infoLine(
      'Memory',
      'Peak RSS of the main-process work (unlock, lists, search, hours, reports, import, IPC for the renderer)',
      mb(peak),
      `high-water mark (process.resourceUsage().maxRSS); Chromium's own processes not included; seeding ran in a child process (${seed.maxRssMb.toFixed(0)} MB)`,
    );
    infoLine('Run', 'Whole benchmark, wall time', fmtMs(performance.now() - wallStart));
    loads.push(`end ${loadNow()}`);
  } finally {
    if (args.keep !== 'true') rmSync(root, { recursive: true, force: true });
    else say(`kept ${root}`);
  }

  // ----------------------------------------------------------------------------- report
  const failed = lines.filter((l) => l.pass === false);
  say(
    `\n${lines.filter((l) => l.pass !== null && l.pass !== undefined).length} target lines: ${failed.length} FAIL`,
  );
  for (const l of lines)
    if (l.pass !== null && l.pass !== undefined)
      say(`  ${l.pass ? 'PASS' : 'FAIL'}  ${l.what} (${l.target})`);
  if (machine && (!quick || args.write === 'true')) {
    writeFileSync(DOCS, markdown(lines, machine, sizes, quick, seed) + keptAnalysis());
    say(`\nWrote ${DOCS}`);
  }
}

/** The commit measured, and whether the app's code had uncommitted changes. */
function codeVersion(): string {
  try {
    const root = resolve(__dirname, '../..');
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'electron', 'src', 'resources'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} with uncommitted changes in electron/, src/ or resources/` : head;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Everything from this marker on is written by people (what is slow and why) and kept across runs. */
const ANALYSIS_MARKER = '<!-- analysis: kept across runs -->';

function keptAnalysis(): string {
  try {
    const text = readFileSync(DOCS, 'utf8');
    const at = text.indexOf(ANALYSIS_MARKER);
    return at >= 0 ? `\n${text.slice(at)}` : '';
  } catch {
    return '';
  }
}

function markdown(lines: Line[], m: Machine, sizes: Sizes, quick: boolean, seed: SeedResult | null): string {
  const event = process.env.npm_lifecycle_event === 'bench';
  const extra = process.argv.slice(2).join(' ');
  const command = event
    ? `npm run bench${extra ? ` -- ${extra}` : ''}`
    : `node tests/bench/run-ts.mjs tests/bench/bench.ts ${extra}`.trim();
  const cell = (s: string | undefined) => (s ?? '').replaceAll('|', '\\|');
  const out: string[] = [];
  out.push('# Benchmarks');
  out.push('');
  out.push(
    'Generated by `npm run bench` (tests/bench/bench.ts); do not edit by hand. It builds a demo practice with',
    '`generateDemoPractice` (electron/core/demo) in a temporary folder and times the real services on it. Every',
    'timing is over repeated runs after one untimed warm-up run (the line marked "cold" is the exception, on',
    'purpose); **targets are judged on the p95** (with few runs,',
    'the slowest run) unless the line is a ratio, which compares medians. The large practice, the insert',
    'comparison and the unencrypted copy are built in child processes, so the peak memory is the measured work’s.',
    'Everything above the analysis marker is rewritten by each full run; the analysis below it is kept.',
  );
  out.push('');
  out.push('| | |');
  out.push('|---|---|');
  out.push(`| Date | ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC |`);
  out.push(`| Command | \`${command}\`${quick ? ' (quick: smaller sizes)' : ''} |`);
  out.push(`| CPU | ${m.cpu} |`);
  out.push(`| Cores | ${m.cores} |`);
  out.push(`| RAM | ${m.ramGb} GB |`);
  out.push(`| OS | ${m.os} |`);
  out.push(`| Node | ${m.node} |`);
  out.push(`| Database | ${m.sqlite} |`);
  out.push(`| Code | ${codeVersion()} |`);
  out.push(
    `| Load average (1 / 5 / 15 min) | ${loads.join('; ')} (the machine is shared with other engineers' builds and e2e runs) |`,
  );
  out.push(
    `| Practice | ${sizes.clients.toLocaleString('en')} clients, ${sizes.sessions.toLocaleString('en')} sessions${seed ? `, ${seed.summary.notes.toLocaleString('en')} notes, ${seed.summary.engagements.toLocaleString('en')} engagements, ${seed.summary.actions.toLocaleString('en')} commitments (${mb(seed.bytes)} encrypted)` : ''} |`,
  );
  out.push('');
  out.push('| Area | Measurement | Runs | Median | p95 | Target | Result | Notes |');
  out.push('|---|---|---:|---:|---:|---|---|---|');
  for (const l of lines) {
    const result = l.pass === true ? 'PASS' : l.pass === false ? '**FAIL**' : '';
    out.push(
      `| ${cell(l.section)} | ${cell(l.what)} | ${l.runs ?? ''} | ${cell(l.median)} | ${cell(l.p95)} | ${cell(l.target)} | ${result} | ${cell(l.note)} |`,
    );
  }
  out.push('');
  if (details.length > 0) {
    out.push('## Details', '');
    for (const d of details) out.push(`- ${d}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
