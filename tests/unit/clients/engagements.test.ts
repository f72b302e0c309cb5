import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../electron/core/clients/clients';
import {
  createEngagement,
  getEngagement,
  listEngagementsForClient,
  updateEngagement,
} from '../../../electron/core/engagements/engagements';
import { engagementFields } from '../../../electron/shared/engagements';
import { english } from '../../helpers/english';
import { clientInput, count, engagementInput, type OpenPractice, openPractice } from './practice';

let p: OpenPractice;
let lan: string;
let zoe: string;
let lei: string;
beforeEach(() => {
  p = openPractice();
  lan = createClient(p.db, p.clock, clientInput({ fullName: 'Nguyễn Thị Lan' })).id;
  zoe = createClient(p.db, p.clock, clientInput({ fullName: 'Zoë Fairweather' })).id;
  lei = createClient(p.db, p.clock, clientInput({ fullName: '李雷' })).id;
});
afterEach(() => {
  p.cleanup();
});

/** The first problem the schema finds, its message in English. */
const firstIssue = (input: object) => {
  const issue = engagementFields.safeParse(input).error?.issues[0];
  return issue && { ...issue, message: english(issue.message) };
};
const base = {
  title: 'Coaching',
  kind: 'individual',
  focus: 'whole-person',
  feeArrangement: 'per-session',
  feeMinor: 15000,
  currency: 'USD',
  startDate: '2025-01-06',
};

describe('engagement rules', () => {
  it('an individual engagement has exactly one participant', () => {
    expect(engagementFields.safeParse({ ...base, participantIds: [lan] }).success).toBe(true);
    expect(firstIssue({ ...base, participantIds: [lan, zoe] })).toMatchObject({
      path: ['participantIds'],
      message: 'An individual engagement has exactly one client. Choose group or team for more.',
    });
    expect(firstIssue({ ...base, participantIds: [] })?.path).toEqual(['participantIds']);
    expect(firstIssue({ ...base, kind: 'peer', participantIds: [lan, zoe] })?.path).toEqual([
      'participantIds',
    ]);
  });

  it('a group or team needs at least two participants, none twice', () => {
    expect(firstIssue({ ...base, kind: 'group', participantIds: [lan] })).toMatchObject({
      path: ['participantIds'],
      message: 'A group or team needs at least two clients.',
    });
    expect(firstIssue({ ...base, kind: 'team', participantIds: [lan, lan] })?.message).toBe(
      'A client is listed twice.',
    );
    expect(
      engagementFields.safeParse({ ...base, kind: 'team', participantIds: [lan, zoe, lei] }).success,
    ).toBe(true);
  });

  it('paid arrangements need a fee in whole minor units; dates in order', () => {
    expect(firstIssue({ ...base, participantIds: [lan], feeMinor: null })).toMatchObject({
      path: ['feeMinor'],
    });
    expect(firstIssue({ ...base, participantIds: [lan], feeMinor: 150.5 })?.path).toEqual(['feeMinor']);
    expect(
      engagementFields.safeParse({
        ...base,
        participantIds: [lan],
        feeArrangement: 'pro-bono',
        feeMinor: null,
      }).success,
    ).toBe(true);
    expect(firstIssue({ ...base, participantIds: [lan], endDate: '2024-12-31' })).toMatchObject({
      path: ['endDate'],
      message: 'The end date is before the start date.',
    });
    expect(firstIssue({ ...base, participantIds: [lan], currency: 'usd' })?.path).toEqual(['currency']);
  });
});

describe('engagements', () => {
  it('creates a group engagement and lists it for each participant', () => {
    const group = createEngagement(
      p.db,
      p.clock,
      engagementInput({
        title: 'Women in Leadership Circle',
        kind: 'group',
        participantIds: [lan, zoe],
        focus: 'both',
        sponsorName: 'Mekong Fund',
        sponsorKind: 'grant',
        feeMinor: 9000,
        plannedSessions: 8,
        frequency: 'monthly',
        sessionMinutes: 90,
      }),
    );
    expect(group).toMatchObject({
      kind: 'group',
      focus: 'both',
      feeMinor: 9000,
      currency: 'USD',
      sponsorKind: 'grant',
      plannedSessions: 8,
      sessionMinutes: 90,
      status: 'active',
    });
    expect(group.participants.map((x) => x.fullName).sort()).toEqual(
      ['Nguyễn Thị Lan', 'Zoë Fairweather'].sort(),
    );
    expect(listEngagementsForClient(p.db, lan).map((e) => e.id)).toEqual([group.id]);
    expect(listEngagementsForClient(p.db, zoe).map((e) => e.id)).toEqual([group.id]);
    expect(listEngagementsForClient(p.db, lei)).toEqual([]);
  });

  it('rejects an unknown participant and writes nothing', () => {
    expect(() =>
      createEngagement(
        p.db,
        p.clock,
        engagementInput({ kind: 'group', participantIds: [lan, randomUUID()] }),
      ),
    ).toThrowError(expect.objectContaining({ code: 'validation', field: 'participantIds' }));
    expect(count(p.db, 'engagement')).toBe(0);
    expect(count(p.db, 'engagement_participant')).toBe(0);
  });

  it('updates terms and participants; an unknown participant leaves the engagement as it was', () => {
    const e = createEngagement(p.db, p.clock, engagementInput({ kind: 'group', participantIds: [lan, zoe] }));
    p.clock.advance(1000);
    const updated = updateEngagement(
      p.db,
      p.clock,
      e.id,
      engagementInput({
        title: 'Circle',
        kind: 'group',
        participantIds: [lan, lei],
        status: 'paused',
        feeMinor: 8000,
      }),
    );
    expect(updated).toMatchObject({ title: 'Circle', status: 'paused', feeMinor: 8000 });
    expect(updated.participants.map((x) => x.id).sort()).toEqual([lan, lei].sort());
    expect(() =>
      updateEngagement(
        p.db,
        p.clock,
        e.id,
        engagementInput({ title: 'Broken', kind: 'group', participantIds: [lan, randomUUID()] }),
      ),
    ).toThrowError(expect.objectContaining({ code: 'validation', field: 'participantIds' }));
    expect(getEngagement(p.db, e.id)).toEqual(updated);
  });

  it('reports a missing engagement as not_found', () => {
    expect(() => getEngagement(p.db, randomUUID())).toThrowError(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});
