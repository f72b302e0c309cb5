import {
  type AreaScore,
  areaKey,
  DEFAULT_WHEEL_AREAS,
  MAX_SCORE,
} from '../../../electron/shared/assessments';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/** Pure helpers for drawing and describing wheels. */

export interface WheelSeries {
  key: string;
  /** What the legend calls it, e.g. a date. */
  label: string;
  scores: AreaScore[];
}

/** Mean score, to one decimal place. */
export function average(scores: readonly AreaScore[]): number {
  if (scores.length === 0) return 0;
  return Math.round((scores.reduce((sum, s) => sum + s.score, 0) / scores.length) * 10) / 10;
}

export function formatScore(value: number): string {
  return formatNumber(value, 1);
}

/**
 * The standard eight areas are stored by their English names (DEFAULT_WHEEL_AREAS, in that
 * order), so wheels stay comparable whatever language the coach used; they are shown in the
 * coach's language. Areas the coach named are shown as typed.
 */
const STANDARD_AREA_IDS = [
  'career',
  'finances',
  'health',
  'familyFriends',
  'romance',
  'personalGrowth',
  'funRecreation',
  'physicalEnvironment',
] as const;

function standardAreaId(stored: string) {
  const key = areaKey(stored);
  const index = DEFAULT_WHEEL_AREAS.findIndex((area) => areaKey(area) === key);
  return index < 0 ? null : (STANDARD_AREA_IDS[index] ?? null);
}

/** How an area is shown: a standard area in the coach's language, any other as the coach typed it. */
export function areaLabel(stored: string): string {
  const id = standardAreaId(stored);
  return id ? i18n.t(`assessments:areas.${id}`) : stored;
}

/** What to store for a name typed or kept in the form: a standard area's shown name is stored in English. */
export function storedArea(shown: string): string {
  const key = areaKey(shown);
  const index = STANDARD_AREA_IDS.findIndex((id) => areaKey(i18n.t(`assessments:areas.${id}`)) === key);
  return index < 0 ? shown : (DEFAULT_WHEEL_AREAS[index] ?? shown);
}

/** The score a series gave an area (matched by name, ignoring case), or null if it had no such area. */
export function scoreFor(series: readonly AreaScore[], area: string): number | null {
  const key = areaKey(area);
  return series.find((s) => areaKey(s.area) === key)?.score ?? null;
}

export interface Point {
  x: number;
  y: number;
}

/** Where a score sits on spoke `index` of `count`, the first spoke pointing straight up. */
export function polarPoint(index: number, count: number, score: number, radius: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (Math.max(0, Math.min(MAX_SCORE, score)) / MAX_SCORE) * radius;
  return { x: round(Math.cos(angle) * r), y: round(Math.sin(angle) * r) };
}

export function spokeAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/**
 * An SVG path through the scores on the given areas, closed where every area is scored.
 * Areas a series did not have leave a gap instead of a made-up point.
 */
export function wheelPath(areas: readonly string[], scores: readonly AreaScore[], radius: number): string {
  const values = areas.map((area) => scoreFor(scores, area));
  const points = values.map((v, i) => (v === null ? null : polarPoint(i, areas.length, v, radius)));
  if (points.every((p) => p !== null)) {
    return `${points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ')} Z`;
  }
  // Walk the ring starting after a gap, so each run of known points is one stroke.
  const start = points.indexOf(null);
  let path = '';
  let pen = false;
  for (let step = 1; step <= points.length; step++) {
    const p = points[(start + step) % points.length];
    if (!p) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${p.x} ${p.y} `;
    pen = true;
  }
  return path.trim();
}

/** Splits an area name into at most three short lines at word boundaries (and after "/"). */
export function wrapLabel(label: string, width = 14): string[] {
  const words = label.replace(/\//g, '/ ').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joiner = line === '' || line.endsWith('/') ? '' : ' ';
    if (line !== '' && line.length + joiner.length + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line += joiner + word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 3) return lines;
  const kept = lines.slice(0, 3);
  kept[2] = `${kept[2]?.slice(0, width - 1)}…`;
  return kept;
}

/** A sentence a screen reader can read instead of the chart. */
export function describeWheels(latest: WheelSeries, earlier: readonly WheelSeries[]): string {
  const scores = latest.scores.map((s) => `${areaLabel(s.area)} ${formatNumber(s.score)}`).join(', ');
  let text = i18n.t('assessments:summary.latest', {
    date: latest.label,
    scores,
    average: formatScore(average(latest.scores)),
  });
  if (earlier.length > 0) {
    const previous = earlier
      .map((e) =>
        i18n.t('assessments:summary.earlierItem', { date: e.label, average: formatScore(average(e.scores)) }),
      )
      .join(', ');
    text += ` ${i18n.t('assessments:summary.earlier', { previous })}`;
  }
  return text;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
