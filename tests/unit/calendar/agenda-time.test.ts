import { afterEach, describe, expect, it } from 'vitest';
import type { WeekStart } from '../../../electron/shared/preferences';
import type { Session } from '../../../electron/shared/sessions';
import {
  addDays,
  fetchRange,
  formatTimeRange,
  hourSpan,
  placeSessions,
  stepAnchor,
  visibleDays,
  weekStart,
} from '../../../src/features/calendar/agenda-time';
import { setFormatting } from '../../../src/i18n/format';

const startWeeksOn = (weekStart: WeekStart, locale = 'en-US') =>
  setFormatting({ locale, dateFormat: 'locale', weekStart });

afterEach(() => startWeeksOn('locale', 'en'));

function session(id: string, startsAt: string, durationMinutes: number, timeZone = 'UTC'): Session {
  return {
    id,
    engagementId: 'e',
    engagementTitle: 'Coaching',
    engagementKind: 'individual',
    clientNames: ['Ana'],
    startsAt,
    timeZone,
    durationMinutes,
    format: 'video',
    attendance: 'scheduled',
    payment: 'paid',
    feeMinor: null,
    currency: 'EUR',
    attendeeIds: [],
    isDraft: false,
    hasNote: false,
    finalised: false,
    createdAt: startsAt,
    updatedAt: startsAt,
  };
}

describe('agenda days', () => {
  it('steps through days and weeks across month and year ends', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(stepAnchor('week', '2025-03-31', 1)).toBe('2025-04-07');
    expect(stepAnchor('day', '2025-03-01', -1)).toBe('2025-02-28');
  });

  it('finds the first day of a week for any first day', () => {
    expect(weekStart('2025-03-13', 1)).toBe('2025-03-10'); // Thursday → Monday
    expect(weekStart('2025-03-13', 0)).toBe('2025-03-09'); // → Sunday
    expect(weekStart('2025-03-13', 6)).toBe('2025-03-08'); // → Saturday
    expect(weekStart('2025-03-10', 1)).toBe('2025-03-10');
    expect(weekStart('2025-03-08', 6)).toBe('2025-03-08');
    expect(weekStart('2025-03-07', 6)).toBe('2025-03-01'); // a Friday is the end of a Saturday week
    expect(weekStart('2025-01-01', 0)).toBe('2024-12-29'); // across the year end
  });

  it('shows the week from the first day the coach chose', () => {
    startWeeksOn('monday');
    expect(visibleDays('week', '2025-03-13')).toEqual([
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
      '2025-03-13',
      '2025-03-14',
      '2025-03-15',
      '2025-03-16',
    ]);
    startWeeksOn('sunday', 'es-ES');
    expect(visibleDays('week', '2025-03-13')[0]).toBe('2025-03-09');
    expect(visibleDays('week', '2025-03-09')[6]).toBe('2025-03-15');
    startWeeksOn('saturday');
    expect(visibleDays('week', '2025-03-13')).toEqual([
      '2025-03-08',
      '2025-03-09',
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
      '2025-03-13',
      '2025-03-14',
    ]);
    expect(visibleDays('day', '2025-03-13')).toEqual(['2025-03-13']);
  });

  it('follows the language’s first day when the coach left it to the language', () => {
    startWeeksOn('locale', 'en-US');
    expect(visibleDays('week', '2025-03-13')[0]).toBe('2025-03-09'); // Sunday in the US
    startWeeksOn('locale', 'es-ES');
    expect(visibleDays('week', '2025-03-13')[0]).toBe('2025-03-10'); // Monday in Spain
  });

  it('asks for every instant any zone could place on the visible days', () => {
    expect(fetchRange(['2025-03-10', '2025-03-11'])).toEqual({
      from: '2025-03-09T10:00:00.000Z',
      to: '2025-03-12T14:00:00.000Z',
    });
  });
});

describe('placing sessions', () => {
  it('places each session on its own zone’s day and hour', () => {
    const days = ['2025-03-10', '2025-03-11'];
    const placed = placeSessions(
      [
        // 23:30 UTC on the 10th is 00:30 on the 11th in Madrid.
        session('madrid', '2025-03-10T23:30:00.000Z', 60, 'Europe/Madrid'),
        session('ny', '2025-03-11T14:00:00.000Z', 45, 'America/New_York'),
        session('outside', '2025-03-12T10:00:00.000Z', 60),
      ],
      days,
    );
    expect(placed.get('2025-03-10')).toEqual([]);
    expect(placed.get('2025-03-11')?.map((p) => [p.session.id, p.startMinute, p.endMinute])).toEqual([
      ['madrid', 30, 90],
      ['ny', 600, 645],
    ]);
  });

  it('puts overlapping sessions side by side and others full width', () => {
    const placed = placeSessions(
      [
        session('a', '2025-03-10T09:00:00.000Z', 60),
        session('b', '2025-03-10T09:30:00.000Z', 60),
        session('c', '2025-03-10T10:00:00.000Z', 30),
        session('d', '2025-03-10T12:00:00.000Z', 60),
      ],
      ['2025-03-10'],
    );
    const lanes = Object.fromEntries(
      (placed.get('2025-03-10') ?? []).map((p) => [p.session.id, [p.lane, p.lanes]]),
    );
    expect(lanes).toEqual({ a: [0, 2], b: [1, 2], c: [0, 2], d: [0, 1] });
  });

  it('draws a session that runs past midnight to the end of its day, and widens the hours to fit', () => {
    const placed = placeSessions(
      [session('late', '2025-03-10T22:30:00.000Z', 120), session('early', '2025-03-10T06:15:00.000Z', 30)],
      ['2025-03-10'],
    );
    expect(placed.get('2025-03-10')?.map((p) => p.endMinute)).toEqual([405, 1440]);
    expect(hourSpan(placed.values())).toEqual([6, 24]);
    expect(hourSpan(new Map().values())).toEqual([8, 19]);
  });

  it('writes time ranges in the session’s zone', () => {
    const range = formatTimeRange('2025-03-10T09:00:00.000Z', 90, 'Europe/Madrid');
    expect(range).toMatch(/10:00/);
    expect(range).toMatch(/11:30/);
    expect(formatTimeRange('2025-03-10T09:00:00.000Z', null, 'UTC')).toMatch(/^0?9:00/);
    startWeeksOn('locale', 'es-ES');
    expect(formatTimeRange('2025-03-10T09:00:00.000Z', 90, 'UTC')).toMatch(/^9:00\s?–\s?10:30$/);
  });
});
