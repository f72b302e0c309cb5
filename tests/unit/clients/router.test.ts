import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { createRouter, type Dispatch } from '../../../electron/main/router';
import { count, type OpenPractice, openPractice } from './practice';

/** Bad input through the real router: a validation envelope naming the field, and nothing written. */
let p: OpenPractice;
let dispatch: Dispatch;
const URL = 'app://coachbook/index.html';

beforeEach(() => {
  p = openPractice();
  dispatch = createRouter({
    handlers: createHandlers({ practices: p.manager, clock: p.clock, dialogs: p.temp.dialogs, fontsDir: '' }),
    isTrustedSender: (url) => url === URL,
  });
});
afterEach(() => {
  p.cleanup();
});

const send = (channel: string, input: unknown) => dispatch(channel, input, URL);

async function created(channel: string, input: unknown): Promise<{ id: string }> {
  const result = await send(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: string };
}

const engagement = (participantIds: string[], kind = 'individual') => ({
  title: 'Coaching',
  kind,
  participantIds,
  focus: 'whole-person',
  feeArrangement: 'pro-bono',
  currency: 'USD',
  startDate: '2025-01-06',
});

describe('client channels refuse bad input', () => {
  it('a bad email is a validation error on the email field, and no client is written', async () => {
    expect(await send('clients.create', { fullName: 'Ngozi Eze', email: 'ngozi@' })).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Enter an email address like name@example.com.', field: 'email' },
    });
    expect(count(p.db, 'client')).toBe(0);
  });

  it('listing consent needs its date; an unknown field is refused', async () => {
    const consent = await send('clients.create', { fullName: 'Ngozi Eze', mayBeListed: true });
    expect(consent).toMatchObject({ ok: false, error: { code: 'validation', field: 'listingConsentDate' } });
    const extra = await send('clients.create', { fullName: 'Ngozi Eze', isAdmin: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(count(p.db, 'client')).toBe(0);
  });

  it('an update with a bad time zone names fields.timeZone and changes nothing', async () => {
    const { id } = await created('clients.create', {
      fullName: 'Zoë Fairweather',
      timeZone: 'Europe/London',
    });
    const result = await send('clients.update', {
      id,
      fields: { fullName: 'Zoë F', timeZone: 'Mars/Olympus' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'fields.timeZone' } });
    expect(p.db.prepare('SELECT full_name, time_zone FROM client').get()).toEqual({
      full_name: 'Zoë Fairweather',
      time_zone: 'Europe/London',
    });
  });

  it('a wrong confirmation name on erase is refused and nothing is deleted', async () => {
    const { id } = await created('clients.create', { fullName: 'Tomás Ó Briain' });
    const result = await send('clients.erase', { id, confirmName: 'Tom' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'confirmName' } });
    expect(count(p.db, 'client')).toBe(1);
  });

  it('list paging limits are enforced', async () => {
    expect(await send('clients.list', { limit: 5000 })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'limit' },
    });
    expect(await send('clients.list', {})).toEqual({ ok: true, value: { total: 0, offset: 0, rows: [] } });
  });

  it('a referral with an impossible date names the date field', async () => {
    const { id } = await created('clients.create', { fullName: 'Sofia Lindqvist' });
    const result = await send('referrals.add', {
      clientId: id,
      direction: 'out',
      partyName: 'Dr. B',
      date: '2025-02-30',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'date' } });
    expect(count(p.db, 'referral')).toBe(0);
  });
});

describe('engagement channels refuse bad input', () => {
  it('participant counts are checked per kind, and nothing is written', async () => {
    const a = (await created('clients.create', { fullName: 'A' })).id;
    const b = (await created('clients.create', { fullName: 'B' })).id;
    expect(await send('engagements.create', engagement([a, b]))).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'participantIds' },
    });
    expect(await send('engagements.create', engagement([a], 'group'))).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        field: 'participantIds',
        message: 'A group or team needs at least two clients.',
      },
    });
    expect(count(p.db, 'engagement')).toBe(0);
    expect((await send('engagements.create', engagement([a, b], 'group'))).ok).toBe(true);
  });

  it('an unknown participant is refused by the service and nothing is written', async () => {
    const a = (await created('clients.create', { fullName: 'A' })).id;
    expect(await send('engagements.create', engagement([a, randomUUID()], 'team'))).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'One of the chosen clients no longer exists.',
        field: 'participantIds',
      },
    });
    expect(count(p.db, 'engagement')).toBe(0);
    expect(count(p.db, 'engagement_participant')).toBe(0);
  });

  it('an update with a fractional fee names fields.feeMinor', async () => {
    const a = (await created('clients.create', { fullName: 'A' })).id;
    const { id } = await created('engagements.create', engagement([a]));
    const result = await send('engagements.update', {
      id,
      fields: { ...engagement([a]), feeArrangement: 'per-session', feeMinor: 150.5 },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'fields.feeMinor' } });
    expect(p.db.prepare('SELECT fee_arrangement FROM engagement').pluck().get()).toBe('pro-bono');
  });
});
