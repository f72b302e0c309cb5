import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CumulativePoint, SponsorHours } from '../../../electron/shared/hours';
import { fillMonths, monthIndex, monthTicks, niceScale, splitThresholds, spreadLabels } from './charts';
import { formatMonth, formatNumber, hoursLabel, sponsorName } from './format';

/** A chart with its title and a "Show as table" toggle: the table carries the same numbers. */
export function ChartCard({
  title,
  subtitle,
  chart,
  table,
  legend,
  className,
}: {
  title: string;
  subtitle?: string;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
  className?: string;
}) {
  const { t } = useTranslation('hours');
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  return (
    <section
      className={`hours-card hours-chart-card${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
    >
      <header className="hours-card-header">
        <div>
          <h2 id={titleId}>{title}</h2>
          {subtitle ? <p className="muted small">{subtitle}</p> : null}
        </div>
        <button
          type="button"
          className="button ghost small"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
      </header>
      {asTable ? (
        <div className="hours-table-scroll">{table}</div>
      ) : (
        <>
          {chart}
          {legend}
        </>
      )}
    </section>
  );
}

export interface Threshold {
  /** "ACC" */
  credential: string;
  kind: 'total' | 'paid';
  hours: number;
}

/** The width of an element in CSS pixels, kept current: charts draw at 1:1 so text keeps its size. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

const H = 280;
const M = { top: 14, right: 122, bottom: 30, left: 52 };

export function CumulativeChart(props: {
  points: readonly CumulativePoint[];
  thresholds: readonly Threshold[];
  /** YYYY-MM: the chart runs to this month (today), flat after the last hours. */
  until?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  return (
    <div ref={ref} className="hours-chart-frame">
      {width > 0 ? <CumulativeSvg {...props} width={Math.max(width, 360)} /> : null}
    </div>
  );
}

function CumulativeSvg({
  points,
  thresholds,
  until,
  width: W,
}: {
  points: readonly CumulativePoint[];
  thresholds: readonly Threshold[];
  until?: string;
  width: number;
}) {
  const { t } = useTranslation(['hours', 'common']);
  const PLOT_W = W - M.left - M.right;
  const PLOT_H = H - M.top - M.bottom;
  const months = fillMonths(points, until);
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return null;
  const start = monthIndex(first.month);
  const span = Math.max(1, monthIndex(last.month) - start);
  const totalOf = (p: CumulativePoint) => p.paidHours + p.proBonoHours;
  const dataMax = Math.max(...months.map(totalOf));
  const { onScale, offScale } = splitThresholds(thresholds, dataMax);
  const scale = niceScale(Math.max(dataMax, ...onScale.map((t) => t.hours), 1) * 1.04);
  const x = (month: string) => M.left + ((monthIndex(month) - start) / span) * PLOT_W;
  const y = (hours: number) => M.top + PLOT_H - (hours / scale.max) * PLOT_H;
  const line = (value: (p: CumulativePoint) => number) =>
    months
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.month).toFixed(1)} ${y(value(p)).toFixed(1)}`)
      .join(' ');
  const area = (upper: (p: CumulativePoint) => number, lower: (p: CumulativePoint) => number) =>
    `${line(upper)} ${[...months]
      .reverse()
      .map((p) => `L${x(p.month).toFixed(1)} ${y(lower(p)).toFixed(1)}`)
      .join(' ')} Z`;

  const step = monthTicks(span + 1);
  // Ticks on calendar-aligned months (January, April, …) so labels read naturally.
  const ticks = months.filter((p) => (monthIndex(p.month) % 12) % step === 0);
  const labels = spreadLabels(
    [
      // Off-scale targets first, in the top corner, largest first.
      ...offScale.map((t, i) => ({ ...t, y: -100 + i, lineY: null })),
      ...onScale.map((t) => ({ ...t, y: y(t.hours) + 4, lineY: y(t.hours) as number | null })),
    ],
    13,
    M.top + 4,
    M.top + PLOT_H,
  );

  const total = totalOf(last);
  const targets = thresholds.map((th) =>
    t(th.kind === 'paid' ? 'chart.targetPaidHours' : 'chart.targetHours', {
      credential: th.credential,
      hours: formatNumber(th.hours),
    }),
  );
  const summary = [
    t('chart.cumulativeSummary', {
      from: formatMonth(points[0]?.month ?? first.month, 'long'),
      to: formatMonth(last.month, 'long'),
      total: formatNumber(total),
      paid: formatNumber(last.paidHours),
      proBono: formatNumber(last.proBonoHours),
    }),
    ...(targets.length ? [t('chart.targetsSummary', { list: targets.join(', ') })] : []),
  ].join(' ');

  return (
    <svg
      className="hours-chart"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={summary}
    >
      <g className="hours-grid">
        {scale.ticks.map((tick, i) => (
          <g key={tick}>
            <line x1={M.left} x2={M.left + PLOT_W} y1={y(tick)} y2={y(tick)} />
            <text x={M.left - 8} y={y(tick) + 4} textAnchor="end">
              {i === scale.ticks.length - 1
                ? t('common:units.hoursShort', { value: formatNumber(tick) })
                : formatNumber(tick)}
            </text>
          </g>
        ))}
        {ticks.map((p) => (
          <text key={p.month} x={x(p.month)} y={H - 8} textAnchor="middle">
            {formatMonth(p.month)}
          </text>
        ))}
      </g>
      <path
        className="hours-area-paid"
        d={area(
          (p) => p.paidHours,
          () => 0,
        )}
      />
      <path className="hours-area-probono" d={area(totalOf, (p) => p.paidHours)} />
      <path className="hours-line-paid" d={line((p) => p.paidHours)} />
      <path className="hours-line-total" d={line(totalOf)} />
      <g className="hours-thresholds">
        {labels.map((label) => (
          <g
            key={`${label.credential}-${label.kind}`}
            className={`hours-threshold ${label.kind}${label.lineY === null ? ' off-scale' : ''}`}
          >
            {label.lineY === null ? null : (
              <line x1={M.left} x2={M.left + PLOT_W + 4} y1={label.lineY} y2={label.lineY} />
            )}
            <text x={M.left + PLOT_W + 8} y={label.y}>
              {label.lineY === null ? '↑ ' : ''}
              {label.kind === 'paid'
                ? t('chart.thresholdPaid', { credential: label.credential })
                : label.credential}{' '}
              <tspan className="hours-threshold-value">
                {t('common:units.hoursShort', { value: formatNumber(label.hours) })}
              </tspan>
            </text>
          </g>
        ))}
      </g>
      <circle className="hours-dot" cx={x(last.month)} cy={y(total)} r={4} />
      <line className="hours-axis" x1={M.left} x2={M.left + PLOT_W} y1={M.top + PLOT_H} y2={M.top + PLOT_H} />
    </svg>
  );
}

export function CumulativeLegend({ hasThresholds }: { hasThresholds: boolean }) {
  const { t } = useTranslation('hours');
  return (
    <ul className="hours-legend" aria-hidden="true">
      <li>
        <span className="swatch paid" /> {t('chart.legendPaid')}
      </li>
      <li>
        <span className="swatch probono" /> {t('chart.legendProBono')}
      </li>
      {hasThresholds ? (
        <>
          <li>
            <span className="swatch target-total" /> {t('chart.legendTotalNeeded')}
          </li>
          <li>
            <span className="swatch target-paid" /> {t('chart.legendPaidNeeded')}
          </li>
        </>
      ) : null}
    </ul>
  );
}

export function CumulativeTable({ points }: { points: readonly CumulativePoint[] }) {
  const { t } = useTranslation('hours');
  return (
    <table className="table hours-table" aria-label={t('chart.cumulativeTable')}>
      <thead>
        <tr>
          <th scope="col">{t('chart.month')}</th>
          <th scope="col" className="num">
            {t('chart.paidToDate')}
          </th>
          <th scope="col" className="num">
            {t('chart.proBonoToDate')}
          </th>
          <th scope="col" className="num">
            {t('chart.totalToDate')}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.month}>
            <th scope="row">{formatMonth(p.month, 'long')}</th>
            <td className="num">{formatNumber(p.paidHours)}</td>
            <td className="num">{formatNumber(p.proBonoHours)}</td>
            <td className="num">{formatNumber(Math.round((p.paidHours + p.proBonoHours) * 100) / 100)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ROW = 44;
const VALUE_W = 64;

type SponsorRows = readonly SponsorHours[];

export function SponsorChart({ rows }: { rows: SponsorRows }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  return (
    <div ref={ref} className="hours-chart-frame">
      {width > 0 ? <SponsorSvg rows={rows} width={Math.max(width, 240)} /> : null}
    </div>
  );
}

function SponsorSvg({ rows, width: SW }: { rows: SponsorRows; width: number }) {
  const { t } = useTranslation('hours');
  // Wide: name, bar and value on one line. Narrow: the name above its bar.
  const wide = SW >= 560;
  const nameW = wide ? Math.min(300, Math.round(SW * 0.36)) : 0;
  const row = wide ? 30 : ROW;
  // About 7 px a character at this size: long names are shortened, the full name is in the table.
  const maxName = Math.max(16, Math.floor((wide ? nameW - 12 : SW) / 7));
  const max = Math.max(1, ...rows.map((r) => r.minutes));
  const height = rows.length * row + 4;
  const track = SW - VALUE_W - nameW;
  const summary = t('chart.sponsorSummary', {
    list: rows.map((r) => `${sponsorName(r)} ${hoursLabel(r.minutes)}`).join('; '),
  });
  return (
    <svg
      className="hours-chart hours-sponsor-chart"
      width={SW}
      height={height}
      viewBox={`0 0 ${SW} ${height}`}
      role="img"
      aria-label={summary}
    >
      {rows.map((r, i) => {
        const top = i * row + 4;
        const barY = wide ? top + 7 : top + 20;
        const width = Math.max(3, (r.minutes / max) * track);
        const full = sponsorName(r);
        const name = full.length > maxName ? `${full.slice(0, maxName - 1)}…` : full;
        return (
          <g key={`${r.kind}:${r.sponsor}`} className="hours-sponsor-row">
            <text className="hours-sponsor-name" x={0} y={wide ? top + 17 : top + 12}>
              {name}
            </text>
            <rect className="hours-sponsor-track" x={nameW} y={barY} width={track} height={12} rx={6} />
            <rect className="hours-sponsor-bar" x={nameW} y={barY} width={width} height={12} rx={6} />
            <text className="hours-sponsor-value" x={SW} y={barY + 10.5} textAnchor="end">
              {hoursLabel(r.minutes)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function SponsorTable({ rows }: { rows: SponsorRows }) {
  const { t } = useTranslation('hours');
  return (
    <table className="table hours-table" aria-label={t('chart.bySponsor')}>
      <thead>
        <tr>
          <th scope="col">{t('chart.sponsor')}</th>
          <th scope="col" className="num">
            {t('chart.hours')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.kind}:${r.sponsor}`}>
            <th scope="row" dir="auto">
              {sponsorName(r)}
            </th>
            <td className="num">{hoursLabel(r.minutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
