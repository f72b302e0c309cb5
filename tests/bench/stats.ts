/** Timing and the statistics the benchmark reports: every figure is a median and a p95 over repeated runs. */

export interface Samples {
  label: string;
  /** Milliseconds, one per run, in run order. */
  ms: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank p95: with few runs it is the slowest run, never an interpolation below it. */
export function p95(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] as number;
}

export function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export async function timeOnceAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * Runs `fn` once untimed (statement preparation, page cache), then `runs` times, stopping early
 * (after at least `minRuns`) once `budgetMs` is spent, so a slow path cannot eat the whole run.
 */
export function measure(
  label: string,
  fn: () => unknown,
  opts: { runs: number; minRuns?: number; budgetMs?: number; warmup?: boolean } = { runs: 10 },
): Samples {
  if (opts.warmup !== false) fn();
  const ms: number[] = [];
  const started = performance.now();
  const minRuns = opts.minRuns ?? 3;
  for (let i = 0; i < opts.runs; i++) {
    ms.push(timeOnce(fn).ms);
    if (ms.length >= minRuns && opts.budgetMs !== undefined && performance.now() - started > opts.budgetMs)
      break;
  }
  return { label, ms };
}

export async function measureAsync(
  label: string,
  fn: () => Promise<unknown>,
  opts: { runs: number; minRuns?: number; budgetMs?: number; warmup?: boolean },
): Promise<Samples> {
  if (opts.warmup !== false) await fn();
  const ms: number[] = [];
  const started = performance.now();
  const minRuns = opts.minRuns ?? 3;
  for (let i = 0; i < opts.runs; i++) {
    ms.push((await timeOnceAsync(fn)).ms);
    if (ms.length >= minRuns && opts.budgetMs !== undefined && performance.now() - started > opts.budgetMs)
      break;
  }
  return { label, ms };
}

/** "12.3 ms", "1.84 s". */
export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
