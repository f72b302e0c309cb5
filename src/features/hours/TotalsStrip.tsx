import type { HoursOverview } from '../../../electron/shared/hours';
import { formatNumber, minutesToHours } from './format';

/** Everything in the hour log, before any credential's rules are applied. */
export function TotalsStrip({ totals }: { totals: HoursOverview['totals'] }) {
  const paidShare = totals.minutes > 0 ? Math.round((totals.paidMinutes / totals.minutes) * 100) : 0;
  const stats: { label: string; value: string; note?: string; tone?: string }[] = [
    { label: 'Total hours', value: minutesToHours(totals.minutes), tone: 'total' },
    { label: 'Paid', value: minutesToHours(totals.paidMinutes), note: `${paidShare}% of all`, tone: 'paid' },
    {
      label: 'Pro bono',
      value: minutesToHours(totals.proBonoMinutes),
      note: `${totals.minutes > 0 ? 100 - paidShare : 0}% of all`,
      tone: 'probono',
    },
    { label: 'Clients', value: formatNumber(totals.distinctClients), note: 'incl. group members' },
    { label: 'Log entries', value: formatNumber(totals.entries), note: 'held sessions + manual' },
  ];
  return (
    <section aria-label="Totals">
      <dl className="hours-totals">
        {stats.map((s) => (
          <div key={s.label} className={`hours-total${s.tone ? ` ${s.tone}` : ''}`}>
            <dt>{s.label}</dt>
            <dd>
              <span className="hours-total-value">{s.value}</span>
              {s.note ? <span className="hours-total-note">{s.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
