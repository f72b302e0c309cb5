import type { HourEntry } from '../../shared/hours';
import type { ReportNameStyle } from '../../shared/reports';

/**
 * How clients are named in reports. Initials and codes let a coach hand a log to an auditor
 * without names; codes are assigned in order of first appearance in the whole hour log, so a
 * client keeps the same code in reports of different periods.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const LETTER = /\p{L}/u;

/** "Nguyễn Thị Lan" → "N. T. L."; "Jean-Luc Picard" → "J.-L. P."; "李雷" → "李."; "محمد" → "م.". */
export function initialsOf(name: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  const initials = words
    .map((word) =>
      word
        .split('-')
        .map((part) => {
          const first = Array.from(graphemes.segment(part), (s) => s.segment).find((g) => LETTER.test(g));
          return first === undefined ? '' : `${first.toLocaleUpperCase('en')}.`;
        })
        .filter(Boolean)
        .join('-'),
    )
    .filter(Boolean);
  return initials.length > 0 ? initials.join(' ') : '?';
}

/** "C-001", "C-014", … by first appearance of each client key in the log's date order. */
export function clientCodes(entries: readonly HourEntry[]): Map<string, string> {
  const codes = new Map<string, string>();
  for (const entry of entries) {
    for (const key of entry.clientKeys) {
      if (!codes.has(key)) codes.set(key, `C-${String(codes.size + 1).padStart(3, '0')}`);
    }
  }
  return codes;
}

/** A client's name as the report shows it. */
export function displayName(
  style: ReportNameStyle,
  fullName: string,
  key: string | undefined,
  codes: ReadonlyMap<string, string>,
): string {
  if (style === 'full') return fullName;
  if (style === 'initials') return initialsOf(fullName);
  return (key !== undefined ? codes.get(key) : undefined) ?? 'C-???';
}
