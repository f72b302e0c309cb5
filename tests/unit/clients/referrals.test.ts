import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../electron/core/clients/clients';
import { addReferral, listReferrals, removeReferral } from '../../../electron/core/clients/referrals';
import { referralInput } from '../../../electron/shared/clients';
import { english } from '../../helpers/english';
import { clientInput, count, type OpenPractice, openPractice } from './practice';

let p: OpenPractice;
let clientId: string;
beforeEach(() => {
  p = openPractice();
  clientId = createClient(p.db, p.clock, clientInput({ fullName: 'Sofia Lindqvist' })).id;
});
afterEach(() => {
  p.cleanup();
});

describe('referrals', () => {
  it('records referrals in and out, newest first', () => {
    const inbound = addReferral(
      p.db,
      p.clock,
      referralInput.parse({
        clientId,
        direction: 'in',
        partyName: 'Dr. Byrne',
        partyRole: 'therapist',
        date: '2025-01-10',
      }),
    );
    const outbound = addReferral(
      p.db,
      p.clock,
      referralInput.parse({
        clientId,
        direction: 'out',
        partyName: 'Amira Haddad, LCSW',
        partyRole: 'therapist',
        reason: 'Grief came up; outside coaching.',
        date: '2025-03-01',
      }),
    );
    expect(listReferrals(p.db, clientId)).toEqual([outbound, inbound]);
    expect(outbound).toMatchObject({ direction: 'out', reason: 'Grief came up; outside coaching.' });
  });

  it('removes one referral, and reports an unknown one', () => {
    const referral = addReferral(
      p.db,
      p.clock,
      referralInput.parse({ clientId, direction: 'out', partyName: 'Dr. Byrne', date: '2025-01-10' }),
    );
    removeReferral(p.db, referral.id);
    expect(listReferrals(p.db, clientId)).toEqual([]);
    expect(() => removeReferral(p.db, referral.id)).toThrowError(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('refuses a referral for a client who does not exist, writing nothing', () => {
    expect(() =>
      addReferral(
        p.db,
        p.clock,
        referralInput.parse({
          clientId: '5b0c7a0e-6a55-4a8e-9a57-3d2a8a3b9d11',
          direction: 'in',
          partyName: 'Dr. Byrne',
          date: '2025-01-10',
        }),
      ),
    ).toThrowError(expect.objectContaining({ code: 'not_found' }));
    expect(count(p.db, 'referral')).toBe(0);
  });

  it('checks input: a direction, who, and a real date', () => {
    const base = { clientId, direction: 'out', partyName: 'Dr. Byrne', date: '2025-01-10' };
    expect(referralInput.safeParse(base).success).toBe(true);
    const issue = (input: object) => referralInput.safeParse(input).error?.issues[0];
    expect(issue({ ...base, partyName: '  ' })?.path).toEqual(['partyName']);
    expect(issue({ ...base, direction: 'sideways' })?.path).toEqual(['direction']);
    expect(english(issue({ ...base, date: '2025-02-30' })?.message ?? '')).toBe('That date does not exist.');
  });
});
