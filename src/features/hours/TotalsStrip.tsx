import { useTranslation } from 'react-i18next';
import type { HoursOverview } from '../../../electron/shared/hours';
import { formatHours, formatNumber } from './format';

/** Everything in the hour log, before any credential's rules are applied. */
export function TotalsStrip({ totals }: { totals: HoursOverview['totals'] }) {
  const { t } = useTranslation('hours');
  const paidShare = totals.minutes > 0 ? Math.round((totals.paidMinutes / totals.minutes) * 100) : 0;
  const stats: { key: string; label: string; value: string; note?: string; tone?: string }[] = [
    { key: 'total', label: t('totals.total'), value: formatHours(totals.minutes), tone: 'total' },
    {
      key: 'paid',
      label: t('totals.paid'),
      value: formatHours(totals.paidMinutes),
      note: t('totals.share', { percent: formatNumber(paidShare) }),
      tone: 'paid',
    },
    {
      key: 'probono',
      label: t('totals.proBono'),
      value: formatHours(totals.proBonoMinutes),
      note: t('totals.share', { percent: formatNumber(totals.minutes > 0 ? 100 - paidShare : 0) }),
      tone: 'probono',
    },
    {
      key: 'clients',
      label: t('totals.clients'),
      value: formatNumber(totals.distinctClients),
      note: t('totals.clientsNote'),
    },
    {
      key: 'entries',
      label: t('totals.entries'),
      value: formatNumber(totals.entries),
      note: t('totals.entriesNote'),
    },
  ];
  return (
    <section aria-label={t('totals.label')}>
      <dl className="hours-totals">
        {stats.map((s) => (
          <div key={s.key} className={`hours-total${s.tone ? ` ${s.tone}` : ''}`}>
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
