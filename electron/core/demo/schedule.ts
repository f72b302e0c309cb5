import type { PlannedEngagement } from './plan';
import type { Rng } from './prng';
import { DAY_MS, isoDay, zonedInstant } from './zoned';

/** How many sessions each engagement has, on which days and at what time. */

/** Shares the session budget across engagements by weight, exactly (largest remainders). */
export function allocateSessions(rng: Rng, engagements: PlannedEngagement[], budget: number): void {
  const total = engagements.reduce((s, e) => s + e.weight, 0);
  if (total === 0 || budget === 0) return;
  const shares = engagements.map((e) => (e.weight / total) * budget);
  let given = 0;
  engagements.forEach((e, i) => {
    e.sessions = Math.floor(shares[i] ?? 0);
    given += e.sessions;
  });
  const order = engagements
    .map((e, i) => ({ i, r: (shares[i] ?? 0) - e.sessions + rng.next() * 1e-9 }))
    .sort((a, b) => b.r - a.r);
  for (let k = 0; given < budget; k = (k + 1) % order.length) {
    const e = engagements[order[k]?.i ?? 0] as PlannedEngagement;
    e.sessions++;
    given++;
  }
  // A peer engagement needs sessions both ways.
  for (const e of engagements) {
    if (e.kind !== 'peer' || e.sessions >= 2) continue;
    const donor = engagements.reduce((a, b) => (b.sessions > a.sessions ? b : a));
    const move = Math.min(2 - e.sessions, donor.sessions - 1);
    if (move > 0 && donor !== e) {
      donor.sessions -= move;
      e.sessions += move;
    }
  }
}

/** When the sessions fall: active ones run into next week, completed ones ended in the past. */
export function layOut(rng: Rng, e: PlannedEngagement, todayMs: number, earliest: number): void {
  const base = { weekly: 7, fortnightly: 14, monthly: 30, 'as-needed': 21, '': 14 }[e.fields.frequency];
  let anchor: number;
  switch (e.status) {
    case 'active':
      anchor = todayMs + rng.int(3, 13) * DAY_MS;
      break;
    case 'planned':
      anchor = todayMs + rng.int(4, 13) * DAY_MS;
      break;
    case 'paused':
      anchor = todayMs - rng.int(20, 120) * DAY_MS;
      break;
    case 'cancelled':
      anchor = todayMs - rng.int(30, 600) * DAY_MS;
      break;
    default:
      anchor = todayMs - rng.int(14, 600) * DAY_MS;
  }
  let interval = base;
  if (e.status === 'planned') interval = Math.min(base, 7);
  const span = anchor - (e.status === 'planned' ? todayMs : earliest);
  if (e.sessions > 1 && (e.sessions - 1) * interval * DAY_MS > span)
    interval = span / DAY_MS / (e.sessions - 1);
  e.anchor = anchor;
  e.intervalDays = Math.max(interval, 0.01);
}

export function firstSessionDay(e: PlannedEngagement): number {
  return e.anchor - Math.max(0, e.sessions - 1) * e.intervalDays * DAY_MS;
}

/** Session start instants: weekdays mostly, at the engagement's usual hour in its zone. */
export function sessionTimes(rng: Rng, e: PlannedEngagement): number[] {
  const times: number[] = [];
  for (let i = 0; i < e.sessions; i++) {
    let day = e.anchor - Math.round((e.sessions - 1 - i) * e.intervalDays) * DAY_MS;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0) day += DAY_MS;
    else if (weekday === 6 && !rng.chance(0.1)) day -= DAY_MS;
    const hour = rng.chance(0.8) ? e.hour : rng.int(8, 18);
    const minute = rng.chance(0.7) ? 0 : 30;
    times.push(zonedInstant(isoDay(day), hour, minute, e.zone).getTime());
  }
  return times;
}
