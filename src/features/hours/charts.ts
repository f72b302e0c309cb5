import type { CumulativePoint } from '../../../electron/shared/hours';

/** Geometry for the Hours charts: pure, so the drawing code stays declarative. */

/** A round step for about `count` ticks up to `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(max: number, count: number): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const factor = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
  return factor * magnitude;
}

export function niceScale(max: number, count = 4): { max: number; ticks: number[] } {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 1000; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return { max: top, ticks };
}

export const monthIndex = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};

export const monthOf = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * Every month from a zero point (the month before the first hours) to the last month,
 * carrying totals forward over months without hours, so the lines never slope across a gap.
 */
export function fillMonths(points: readonly CumulativePoint[], until?: string): CumulativePoint[] {
  const first = points[0];
  const lastPoint = points[points.length - 1];
  if (!first || !lastPoint) return [];
  const last = until && until > lastPoint.month ? { month: until } : lastPoint;
  const byMonth = new Map(points.map((p) => [p.month, p]));
  const out: CumulativePoint[] = [
    { month: monthOf(monthIndex(first.month) - 1), paidHours: 0, proBonoHours: 0 },
  ];
  let carry = { paidHours: 0, proBonoHours: 0 };
  for (let i = monthIndex(first.month); i <= monthIndex(last.month); i++) {
    const month = monthOf(i);
    const point = byMonth.get(month);
    if (point) carry = { paidHours: point.paidHours, proBonoHours: point.proBonoHours };
    out.push({ month, ...carry });
  }
  return out;
}

/** Month ticks: at most `max` labels, on a round step (1, 2, 3, 6 or 12 months). */
export function monthTicks(count: number, max = 7): number {
  for (const step of [1, 2, 3, 6, 12, 24]) if (Math.ceil(count / step) <= max) return step;
  return 24;
}

/** Pushes labels apart (top to bottom) so none overlaps: at least `gap` between them, within [top, bottom]. */
export function spreadLabels<T extends { y: number }>(
  labels: T[],
  gap: number,
  top: number,
  bottom: number,
): T[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y).map((l) => ({ ...l }));
  for (const [i, label] of sorted.entries()) {
    const prev = sorted[i - 1];
    label.y = Math.max(label.y, prev ? prev.y + gap : top);
  }
  const last = sorted[sorted.length - 1];
  if (last && last.y > bottom) {
    last.y = bottom;
    for (let i = sorted.length - 2; i >= 0; i--) {
      const next = sorted[i + 1] as T;
      const cur = sorted[i] as T;
      cur.y = Math.min(cur.y, next.y - gap);
    }
  }
  return sorted;
}

/**
 * Which targets to draw as lines: those within reach of the data (2.5 times it, or the
 * nearest credential's total), so a far target (PCC 500 h for a coach at 40 h) does not flatten
 * the curve; the others are named above the chart instead.
 */
export function splitThresholds<T extends { hours: number; kind: 'total' | 'paid' }>(
  thresholds: readonly T[],
  dataMax: number,
): { onScale: T[]; offScale: T[] } {
  const totals = thresholds.filter((t) => t.kind === 'total').map((t) => t.hours);
  const limit = Math.max(dataMax * 2.5, totals.length > 0 ? Math.min(...totals) : 0);
  return {
    onScale: thresholds.filter((t) => t.hours <= limit),
    offScale: thresholds.filter((t) => t.hours > limit).sort((a, b) => b.hours - a.hours),
  };
}
