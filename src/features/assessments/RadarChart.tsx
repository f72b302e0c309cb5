import { MAX_SCORE } from '../../../electron/shared/assessments';
import {
  areaLabel,
  describeWheels,
  polarPoint,
  spokeAngle,
  type WheelSeries,
  wheelPath,
  wrapLabel,
} from './wheel';

/** Outline styles for earlier results: a distinct colour and dash each, so they differ without colour too. */
export const EARLIER_DASHES = ['7 4', '2 3.5', '11 3 2 3'] as const;

const LABEL_GAP = 16;
const RINGS = [2, 4, 6, 8, 10];

/**
 * The Wheel of Life as a radar chart in inline SVG: the latest result filled, up to three
 * earlier ones outlined over it. The whole drawing is one image with a spoken summary.
 */
export function RadarChart({
  latest,
  earlier = [],
  compact = false,
  label,
}: {
  latest: WheelSeries;
  /** Newest first; at most three are drawn. */
  earlier?: readonly WheelSeries[];
  compact?: boolean;
  /** Overrides the spoken summary. */
  label?: string;
}) {
  // The compact preview is drawn small, so it trades radius for larger words.
  const radius = compact ? 100 : 118;
  const lineHeight = compact ? 17 : 12.5;
  const areas = latest.scores.map((s) => s.area);
  const count = areas.length;
  const shown = earlier.slice(0, 3);
  const ring = (value: number) =>
    `${areas
      .map((_, i) => {
        const p = polarPoint(i, count, value, radius);
        return `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`;
      })
      .join(' ')} Z`;

  return (
    <svg
      className={`wol-chart${compact ? ' compact' : ''}`}
      viewBox="-250 -178 500 356"
      role="img"
      aria-label={label ?? describeWheels(latest, shown)}
    >
      <g className="wol-grid">
        {RINGS.map((value) => (
          <path key={value} d={ring(value)} className={value === MAX_SCORE ? 'outer' : undefined} />
        ))}
        {areas.map((area, i) => {
          const end = polarPoint(i, count, MAX_SCORE, radius);
          // biome-ignore lint/suspicious/noArrayIndexKey: spokes are positions; names may repeat while typing.
          return <line key={`${i}-${area}`} x1={0} y1={0} x2={end.x} y2={end.y} />;
        })}
      </g>
      {shown
        .map((series, i) => ({ series, i }))
        .reverse()
        .map(({ series, i }) => (
          <path
            key={series.key}
            className={`wol-series earlier c${i + 1}`}
            d={wheelPath(areas, series.scores, radius)}
            strokeDasharray={EARLIER_DASHES[i]}
          />
        ))}
      <path className="wol-series latest" d={wheelPath(areas, latest.scores, radius)} />
      <g className="wol-ring-labels">
        {RINGS.map((value) => {
          const p = polarPoint(0, count, value, radius);
          return (
            <text key={value} x={p.x + 4} y={p.y + 3.5}>
              {value}
            </text>
          );
        })}
      </g>
      {latest.scores.map((s, i) => {
        const p = polarPoint(i, count, s.score, radius);
        // biome-ignore lint/suspicious/noArrayIndexKey: one dot per spoke position.
        return <circle key={`${i}-${s.area}`} className="wol-dot" cx={p.x} cy={p.y} r={3.6} />;
      })}
      <g className="wol-labels">
        {areas.map((area, i) => {
          const angle = spokeAngle(i, count);
          const cos = Math.cos(angle);
          const sin = Math.sin(angle);
          const x = cos * (radius + LABEL_GAP);
          const y = sin * (radius + LABEL_GAP);
          const anchor = Math.abs(cos) < 0.25 ? 'middle' : cos > 0 ? 'start' : 'end';
          const lines = wrapLabel(areaLabel(area));
          const score = latest.scores[i]?.score ?? null;
          // Lines above the top spoke grow upwards, below the bottom one downwards, else centred.
          const total = lines.length;
          const firstY =
            sin < -0.5
              ? y - (total - 1) * lineHeight - 2
              : sin > 0.5
                ? y + lineHeight - 2
                : y - ((total - 1) * lineHeight) / 2 + 4;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: one label per spoke position.
            <text key={`${i}-${area}`} x={x} y={firstY} textAnchor={anchor}>
              {lines.map((line, li) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label, in order.
                <tspan key={`${li}-${line}`} x={x} dy={li === 0 ? 0 : lineHeight}>
                  {line}
                  {li === lines.length - 1 && score !== null ? (
                    <tspan className="wol-label-score"> {score}</tspan>
                  ) : null}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
