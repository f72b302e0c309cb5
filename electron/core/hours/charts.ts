import type { CumulativePoint, HourEntry, SponsorHours } from '../../shared/hours';
import { hours, type SponsorMinutes } from './evaluate';

/** Cumulative paid and pro bono hours by month, for the progress chart. */
export function cumulativeByMonth(
  entries: readonly Pick<HourEntry, 'date' | 'paidMinutes' | 'proBonoMinutes'>[],
): CumulativePoint[] {
  const byMonth = new Map<string, { paid: number; proBono: number }>();
  for (const e of entries) {
    const month = e.date.slice(0, 7);
    const bucket = byMonth.get(month) ?? { paid: 0, proBono: 0 };
    bucket.paid += e.paidMinutes;
    bucket.proBono += e.proBonoMinutes;
    byMonth.set(month, bucket);
  }
  let paid = 0;
  let proBono = 0;
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, b]) => {
      paid += b.paid;
      proBono += b.proBono;
      return { month, paidHours: hours(paid), proBonoHours: hours(proBono) };
    });
}

/** English labels of the rows without a sponsor's name, for reports; the screen words them from `kind`. */
const SPONSOR_LABELS = {
  none: 'No sponsor (client pays or pro bono)',
  manual: 'Logged outside Coachbook',
} as const;

export function minutesBySponsor(items: readonly SponsorMinutes[]): SponsorHours[] {
  // Keyed by kind too: a sponsor named like one of the labels stays its own row.
  const totals = new Map<string, SponsorHours>();
  for (const e of items) {
    const kind: SponsorHours['kind'] = e.source === 'manual' ? 'manual' : e.sponsor ? 'sponsor' : 'none';
    const sponsor = kind === 'sponsor' ? e.sponsor : SPONSOR_LABELS[kind];
    const key = `${kind}\u0000${sponsor}`;
    const row = totals.get(key);
    if (row) row.minutes += e.minutes;
    else totals.set(key, { kind, sponsor, minutes: e.minutes });
  }
  return [...totals.values()].sort((a, b) => b.minutes - a.minutes);
}
