import { describe, expect, it } from 'vitest';
import {
  containsWords,
  engagementMatcher,
  type MatchEngagement,
} from '../../../electron/core/calendar/match';
import { foldForSearch } from '../../../electron/shared/search-text';

const person = (fullName: string, preferredName = '', email = '') => ({ fullName, preferredName, email });

function engagement(
  id: string,
  title: string,
  participants: MatchEngagement['participants'],
  extra: Partial<MatchEngagement> = {},
): MatchEngagement {
  return { id, title, status: 'active', startDate: '2025-01-01', endDate: null, participants, ...extra };
}

const lan = engagement('lan', 'Founder transition', [person('Nguyễn Thị Lan', 'Lan', 'lan@saigonbloom.vn')]);
const mateo = engagement('mateo', 'New manager', [person('Mateo Fernández García', 'Mateo')]);
const lei = engagement('lei', 'Harbour Tech leadership', [person('李雷', 'Lei')]);
const circle = engagement(
  'circle',
  'Leaders circle',
  [person('李雷', 'Lei'), person('Priya Raghunathan', 'Priya')],
  {},
);

const event = (
  summary: string,
  extra: Partial<Parameters<ReturnType<typeof engagementMatcher>>[0]> = {},
) => ({
  summary,
  description: '',
  attendees: [],
  start: '2025-03-20T09:00:00.000Z',
  ...extra,
});

describe('matching calendar events to engagements', () => {
  const match = engagementMatcher([lan, mateo, lei, circle]);

  it('matches full names without accents or case', () => {
    expect(match(event('Coaching – nguyen thi lan'))).toEqual({
      matchedEngagementId: 'lan',
      candidates: ['lan'],
    });
    expect(match(event('MATEO FERNANDEZ GARCIA / check-in')).matchedEngagementId).toBe('mateo');
  });

  it('matches a preferred name as a whole word only', () => {
    expect(match(event('Lan — weekly')).matchedEngagementId).toBe('lan');
    expect(match(event('Plan the quarter'))).toEqual({ matchedEngagementId: null, candidates: [] });
    expect(match(event('Lantern festival')).candidates).toEqual([]);
  });

  it('matches names in scripts without spaces inside longer text', () => {
    expect(match(event('李雷会议')).candidates).toContain('lei');
  });

  it('matches the description, attendee names and attendee addresses', () => {
    expect(match(event('Session', { description: 'With Mateo about delegation' })).matchedEngagementId).toBe(
      'mateo',
    );
    expect(
      match(event('Session', { attendees: [{ name: 'Nguyen Thi Lan', email: '' }] })).matchedEngagementId,
    ).toBe('lan');
    expect(
      match(event('Session', { attendees: [{ name: '', email: 'lan@saigonbloom.vn' }] })).matchedEngagementId,
    ).toBe('lan');
  });

  it('matches the engagement title', () => {
    expect(match(event('Founder transition #4')).matchedEngagementId).toBe('lan');
  });

  it('prefers the engagement whose participants are all named, and leaves real ties to the coach', () => {
    // Only Lei is named: the individual engagement (everyone named) beats the circle.
    expect(match(event('Coaching: 李雷'))).toEqual({
      matchedEngagementId: 'lei',
      candidates: ['lei', 'circle'],
    });
    // Both circle members are named: the circle wins.
    expect(match(event('Coaching: 李雷, Priya Raghunathan')).matchedEngagementId).toBe('circle');
    const twins = engagementMatcher([
      engagement('a', 'One', [person('Ana Ruiz')]),
      engagement('b', 'Two', [person('Ana Ruiz')]),
    ]);
    expect(twins(event('Ana Ruiz'))).toEqual({ matchedEngagementId: null, candidates: ['a', 'b'] });
  });

  it('prefers the engagement that is current on the day of the event', () => {
    const old = engagement('old', 'First round', [person('Ana Ruiz')], {
      status: 'completed',
      startDate: '2024-01-01',
      endDate: '2024-06-30',
    });
    const current = engagement('current', 'Second round', [person('Ana Ruiz')], { startDate: '2025-01-01' });
    expect(engagementMatcher([old, current])(event('Ana Ruiz')).matchedEngagementId).toBe('current');
    expect(
      engagementMatcher([old, current])(event('Ana Ruiz', { start: '2024-03-01T10:00:00.000Z' }))
        .matchedEngagementId,
    ).toBe('old');
  });
});

describe('whole-word containment', () => {
  const has = (haystack: string, needle: string) =>
    containsWords(foldForSearch(haystack), foldForSearch(needle));

  it('needs word boundaries in spaced scripts', () => {
    expect(has('Coaching: Zoë', 'zoe')).toBe(true);
    expect(has('Zoetrope', 'Zoë')).toBe(false);
    expect(has('(Ana)', 'Ana')).toBe(true);
    expect(has('Banana', 'Ana')).toBe(false);
    expect(has('Ana Ana2 Ana', 'Ana')).toBe(true);
    expect(has('anything', '')).toBe(false);
  });

  it('finds Arabic names as words', () => {
    expect(has('جلسة مع محمد العلي', 'محمد العلي')).toBe(true);
  });
});
