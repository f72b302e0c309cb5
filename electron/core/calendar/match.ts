import { foldForSearch } from '../../shared/search-text';
import type { IcsAttendee } from './ics-parse';

/**
 * Which engagement a calendar event is a session of. An event is a candidate for an
 * engagement when its summary, description or an attendee's name mentions a participant's
 * full or preferred name, or the engagement's title (accent- and case-insensitive, as
 * whole words), or an attendee's address is a participant's email. The best candidate is
 * chosen only when it is clearly best; otherwise the coach chooses.
 */

export interface MatchParticipant {
  fullName: string;
  preferredName: string;
  email: string;
}

export interface MatchEngagement {
  id: string;
  title: string;
  status: string;
  startDate: string;
  endDate: string | null;
  participants: MatchParticipant[];
}

export interface MatchEvent {
  summary: string;
  description: string;
  attendees: IcsAttendee[];
  /** UTC ISO instant. */
  start: string;
}

export interface MatchResult {
  matchedEngagementId: string | null;
  /** Every engagement the event could belong to, best first. */
  candidates: string[];
}

const SCORE = { email: 6, fullName: 4, title: 3, preferredName: 2, allNamed: 1, inDates: 2, ongoing: 1 };

interface Prepared {
  id: string;
  title: string;
  /** Bonus for an engagement running on the event's date. */
  timing: (date: string) => number;
  participants: { fullName: string; preferredName: string; email: string }[];
}

export type Matcher = (event: MatchEvent) => MatchResult;

export function engagementMatcher(engagements: readonly MatchEngagement[]): Matcher {
  const prepared: Prepared[] = engagements.map((e) => ({
    id: e.id,
    title: foldForSearch(e.title.trim()),
    timing: (date) =>
      (e.status !== 'cancelled' && date >= e.startDate && (e.endDate === null || date <= e.endDate)
        ? SCORE.inDates
        : 0) + (e.status === 'active' || e.status === 'planned' ? SCORE.ongoing : 0),
    participants: e.participants.map((p) => ({
      fullName: foldForSearch(p.fullName.trim()),
      preferredName: foldForSearch(p.preferredName.trim()),
      email: p.email.trim().toLowerCase(),
    })),
  }));

  return (event) => {
    const haystack = foldForSearch(
      [event.summary, event.description, ...event.attendees.map((a) => a.name)].join('\n'),
    );
    const emails = new Set(event.attendees.map((a) => a.email).filter(Boolean));
    const date = event.start.slice(0, 10);
    const scored: { id: string; score: number }[] = [];
    for (const e of prepared) {
      let score = 0;
      let named = 0;
      for (const p of e.participants) {
        const byEmail = p.email !== '' && emails.has(p.email) ? SCORE.email : 0;
        const byName = containsWords(haystack, p.fullName)
          ? SCORE.fullName
          : containsWords(haystack, p.preferredName)
            ? SCORE.preferredName
            : 0;
        const best = Math.max(byEmail, byName);
        if (best > 0) named++;
        score += best;
      }
      if (e.title.length >= 3 && containsWords(haystack, e.title)) score += SCORE.title;
      if (score === 0) continue;
      if (named > 0 && named === e.participants.length) score += SCORE.allNamed;
      score += e.timing(date);
      scored.push({ id: e.id, score });
    }
    scored.sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    return {
      matchedEngagementId: best && (!second || best.score > second.score) ? best.id : null,
      candidates: scored.map((s) => s.id),
    };
  };
}

const WORD = /[\p{L}\p{N}]/u;
/** Scripts written without spaces between words: a name there may touch the next word. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Whether `needle` occurs in `haystack` as whole words ("Lan" is not in "Plan"), both
 * already folded. In scripts without spaces (李雷 in 李雷会议) any occurrence counts.
 */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  const head = needle.slice(0, 2);
  const tail = needle.slice(-2);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(Math.max(0, at - 2), at);
    const after = haystack.slice(at + needle.length, at + needle.length + 2);
    if (boundary(lastChar(before), firstChar(head)) && boundary(firstChar(after), lastChar(tail)))
      return true;
  }
  return false;
}

function boundary(outside: string, inside: string): boolean {
  if (outside === '' || !WORD.test(outside)) return true;
  return UNSPACED.test(outside) && UNSPACED.test(inside);
}

function firstChar(text: string): string {
  return [...text][0] ?? '';
}

function lastChar(text: string): string {
  const chars = [...text];
  return chars[chars.length - 1] ?? '';
}
