import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeByMonth, minutesBySponsor } from '../../../electron/core/hours/charts';
import { evaluateCredential, monthsBefore, share } from '../../../electron/core/hours/evaluate';
import type { HourLog } from '../../../electron/core/hours/log';
import { evaluateMentor, evaluateRenewal, monthsSpan } from '../../../electron/core/hours/mentor-renewal';
import { CREDENTIAL_RULES, findRule } from '../../../electron/core/hours/rules';
import type { CredentialRule, HourEntry, HoursSettings } from '../../../electron/shared/hours';

const rule = (id: string): CredentialRule => {
  const found = findRule(id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const NO_SETTINGS: HoursSettings = {
  targets: [],
  trainingStartDate: null,
  applicationDate: null,
  renewalDate: null,
};

let seq = 0;
function entry(over: Partial<HourEntry> = {}): HourEntry {
  seq += 1;
  return {
    source: 'session',
    id: `s${seq}`,
    engagementId: 'e1',
    date: '2025-06-01',
    clientKeys: [`c${seq}`],
    clientLabel: '',
    clientContact: '',
    mayBeListed: true,
    mode: 'individual',
    groupSize: 1,
    paidMinutes: 60,
    proBonoMinutes: 0,
    peerMinutes: 0,
    sponsor: '',
    ...over,
    endDate: over.endDate ?? over.date ?? '2025-06-01',
  };
}
const log = (entries: HourEntry[]): HourLog => ({ entries, peerReceivedMinutes: 0, peerOverMinutes: 0 });
const requirement = (p: ReturnType<typeof evaluateCredential>, key: string) =>
  p.requirements.find((r) => r.key === key);

describe('credential rule files', () => {
  it('cover ICF ACC/PCC/MCC, EMCC four levels, CCE BCC and ICF renewal, each with a source', () => {
    expect(CREDENTIAL_RULES.map((r) => r.id).sort()).toEqual([
      'cce-bcc',
      'emcc-foundation',
      'emcc-master-practitioner',
      'emcc-practitioner',
      'emcc-senior-practitioner',
      'icf-acc',
      'icf-mcc',
      'icf-pcc',
      'icf-renewal',
    ]);
    expect(rule('icf-acc').experience).toMatchObject({ totalHours: 100, paidHours: 75, distinctClients: 8 });
    expect(rule('icf-pcc').experience).toMatchObject({
      totalHours: 500,
      paidHours: 450,
      distinctClients: 25,
    });
    expect(rule('icf-mcc').experience).toMatchObject({
      totalHours: 2500,
      paidHours: 2250,
      distinctClients: 35,
    });
    for (const r of CREDENTIAL_RULES) expect(r.source.length).toBeGreaterThan(40);
  });
});

describe('ICF ACC, worked by hand', () => {
  it('counts pro rata minutes and says what is missing', () => {
    // 3 clients × 90 min paid + one 30-minute pro bono session = 5 h.
    const entries = [
      entry({ paidMinutes: 90 }),
      entry({ paidMinutes: 90 }),
      entry({ paidMinutes: 90 }),
      entry({ paidMinutes: 0, proBonoMinutes: 30 }),
    ];
    const p = evaluateCredential(rule('icf-acc'), log(entries), NO_SETTINGS, '2025-07-01');
    expect(requirement(p, 'total')?.achieved).toBe(5);
    expect(requirement(p, 'paid')?.achieved).toBe(4.5);
    expect(requirement(p, 'clients')?.achieved).toBe(4);
    expect(p.missing).toEqual([
      '95 more hours',
      '70.5 more paid hours',
      '4 more clients',
      '20 more recent hours',
    ]);
    expect(p.met).toBe(false);
  });

  it('excludes hours before the training start date, with the reason', () => {
    const entries = [
      entry({ date: '2024-12-31', paidMinutes: 750 }),
      entry({ date: '2025-01-01', paidMinutes: 60 }),
    ];
    const p = evaluateCredential(
      rule('icf-acc'),
      log(entries),
      { ...NO_SETTINGS, trainingStartDate: '2025-01-01' },
      '2025-06-01',
    );
    expect(p.countedMinutes).toBe(60);
    expect(p.exclusions).toEqual([
      {
        reason: 'before-training',
        minutes: 750,
        sessions: 1,
        message: '12.5 h before your training start date',
      },
    ]);
  });

  it('counts a group of exactly 15 and refuses a group of 16', () => {
    const fifteen = entry({
      mode: 'group',
      groupSize: 15,
      clientKeys: Array.from({ length: 15 }, (_, i) => `g${i}`),
    });
    const sixteen = entry({
      mode: 'group',
      groupSize: 16,
      clientKeys: Array.from({ length: 16 }, (_, i) => `h${i}`),
    });
    const p = evaluateCredential(
      rule('icf-acc'),
      log([fifteen, sixteen, { ...sixteen, id: 'x' }, { ...sixteen, id: 'y' }]),
      NO_SETTINGS,
      '2025-07-01',
    );
    expect(p.countedMinutes).toBe(60);
    expect(p.distinctClients).toBe(15);
    expect(p.exclusions[0]?.message).toBe('3 sessions in groups over 15 (3 h)');
    // The screen words it itself, in the coach's language: the limit comes with the numbers.
    expect(p.exclusions[0]).toMatchObject({
      reason: 'group-too-large',
      sessions: 3,
      minutes: 180,
      groupLimit: 15,
    });
  });

  it('sends the recent-hours window in months and leaves other requirements without one', () => {
    const p = evaluateCredential(rule('icf-acc'), log([entry()]), NO_SETTINGS, '2025-07-01');
    expect(requirement(p, 'recent')).toMatchObject({ months: 18, label: 'Hours in the last 18 months' });
    expect(p.requirements.filter((r) => r.months !== undefined).map((r) => r.key)).toEqual(['recent']);
    expect(p.exclusions).toEqual([]);
  });

  it('counts recent hours inside the 18 months before the application date only', () => {
    const entries = [
      entry({ date: '2023-12-30', paidMinutes: 600 }), // exactly 18 months before: outside
      entry({ date: '2023-12-31', paidMinutes: 120 }), // the day after: inside
      entry({ date: '2025-06-30', paidMinutes: 60 }),
      entry({ date: '2025-07-01', paidMinutes: 60 }), // after the application date: not yet
    ];
    const p = evaluateCredential(
      rule('icf-acc'),
      log(entries),
      { ...NO_SETTINGS, applicationDate: '2025-06-30' },
      '2026-01-01',
    );
    expect(requirement(p, 'recent')?.achieved).toBe(3);
    expect(requirement(p, 'total')?.achieved).toBe(13);
  });

  it('passes when every threshold is met', () => {
    const entries = Array.from({ length: 8 }, () => entry({ paidMinutes: 600, proBonoMinutes: 150 }));
    const p = evaluateCredential(rule('icf-acc'), log(entries), NO_SETTINGS, '2025-07-01');
    expect(p.met).toBe(true);
    expect(p.missing).toEqual([]);
  });
});

describe('EMCC and CCE', () => {
  it('checks years of practice for EMCC and has no paid threshold', () => {
    const entries = [
      entry({ date: '2022-01-10', paidMinutes: 0, proBonoMinutes: 3000 }),
      entry({ date: '2025-01-10', proBonoMinutes: 60, paidMinutes: 0 }),
    ];
    const p = evaluateCredential(
      rule('emcc-practitioner'),
      log(entries),
      { ...NO_SETTINGS, applicationDate: '2025-01-10' },
      '2025-02-01',
    );
    expect(p.requirements.map((r) => r.key)).toEqual(['total', 'clients', 'years']);
    expect(requirement(p, 'years')?.achieved).toBe(3);
    expect(requirement(p, 'years')?.met).toBe(true);
  });

  it('needs 30 hours for the BCC', () => {
    const p = evaluateCredential(
      rule('cce-bcc'),
      log([entry({ paidMinutes: 1800 })]),
      NO_SETTINGS,
      '2025-07-01',
    );
    expect(p.met).toBe(true);
  });
});

describe('mentor coaching', () => {
  it('needs 10 h over 3 months, 3 h one-to-one, and counts at most 7 h of group in groups of 10 or fewer', () => {
    const m = (
      mode: 'individual' | 'group',
      date: string,
      minutes: number,
      groupSize: number | null = null,
    ) => ({
      kind: 'mentor-coaching' as const,
      mode,
      groupSize,
      date,
      minutes,
    });
    const received = [
      m('individual', '2025-01-10', 120),
      m('group', '2025-02-10', 480, 8), // 8 h, capped at 7
      m('group', '2025-03-10', 120, 11), // groups of 11 do not count
      m('individual', '2025-04-09', 60),
      {
        kind: 'supervision' as const,
        mode: 'individual' as const,
        groupSize: null,
        date: '2025-04-10',
        minutes: 600,
      },
    ];
    const p = evaluateMentor(rule('icf-acc'), received);
    expect(p?.requirements.map((r) => [r.key, r.achieved, r.met])).toEqual([
      ['mentor-total', 10, true],
      ['mentor-individual', 3, true],
      ['mentor-span', 2, false], // 10 Jan → 9 Apr is not yet 3 whole months
    ]);
    expect(p?.missing).toEqual(['1 more month of mentor coaching']);
    expect(monthsSpan('2025-01-10', '2025-04-10')).toBe(3);
  });
});

describe('ICF renewal', () => {
  it('needs 40 units with 24 core (3 ethics) and counts at most 16 resource development', () => {
    const ce = [
      { date: '2024-01-01', unitsTenths: 200, category: 'core-competencies' as const, ethics: false },
      { date: '2024-02-01', unitsTenths: 30, category: 'core-competencies' as const, ethics: true },
      { date: '2024-03-01', unitsTenths: 250, category: 'resource-development' as const, ethics: false },
      { date: '2021-01-01', unitsTenths: 400, category: 'core-competencies' as const, ethics: false }, // too old
    ];
    const p = evaluateRenewal(rule('icf-renewal'), ce, [], '2025-06-01');
    expect(p?.requirements.map((r) => [r.key, r.achieved])).toEqual([
      ['ce-total', 39],
      ['ce-core', 23],
      ['ce-ethics', 3],
    ]);
    expect(p?.missing).toEqual(['1 more CCE unit', '1 more Core Competencies unit']);
    const withMentoring = evaluateRenewal(
      rule('icf-renewal'),
      ce,
      [{ kind: 'supervision', mode: 'individual', groupSize: null, date: '2025-01-01', minutes: 900 }],
      '2025-06-01',
    );
    // 15 h of supervision, of which at most 10 count toward Core Competencies.
    expect(withMentoring?.requirements.map((r) => r.achieved)).toEqual([49, 33, 3]);
  });
});

describe('hour arithmetic, for any log', () => {
  const arbitraryEntry = fc.record({
    date: fc
      .integer({ min: 0, max: 2000 })
      .map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
    paid: fc.integer({ min: 0, max: 600 }),
    proBono: fc.integer({ min: 0, max: 600 }),
    group: fc.integer({ min: 1, max: 20 }),
    client: fc.integer({ min: 0, max: 30 }),
  });

  it('totals equal the sum over entries, and clients are the distinct participants', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 60 }), (raw) => {
        const entries = raw.map((r, i) =>
          entry({
            id: `p${i}`,
            date: r.date,
            paidMinutes: r.paid,
            proBonoMinutes: r.proBono,
            mode: r.group > 1 ? 'group' : 'individual',
            groupSize: r.group,
            clientKeys: Array.from({ length: r.group }, (_, k) => `c${r.client + k}`),
          }),
        );
        const p = evaluateCredential(rule('emcc-foundation'), log(entries), NO_SETTINGS, '2030-01-01');
        const paid = raw.reduce((s, r) => s + r.paid, 0);
        const proBono = raw.reduce((s, r) => s + r.proBono, 0);
        expect(p.paidMinutes).toBe(paid);
        expect(p.proBonoMinutes).toBe(proBono);
        expect(p.distinctClients).toBe(new Set(entries.flatMap((e) => e.clientKeys)).size);
        const last = cumulativeByMonth(entries).at(-1);
        if (last) {
          expect(last.paidHours).toBeCloseTo(paid / 60, 2);
          expect(last.proBonoHours).toBeCloseTo(proBono / 60, 2);
        }
        // With a group limit, counted + excluded is still everything.
        const icf = evaluateCredential(rule('icf-acc'), log(entries), NO_SETTINGS, '2030-01-01');
        const excluded = icf.exclusions.reduce((s, e) => s + e.minutes, 0);
        expect(icf.countedMinutes + excluded).toBe(paid + proBono);
      }),
    );
  });

  it('monthsBefore clamps to the end of shorter months', () => {
    expect(monthsBefore('2025-08-31', 18)).toBe('2024-02-29');
    expect(monthsBefore('2025-06-30', 18)).toBe('2023-12-30');
  });
});

describe('manual entries that span the counting window', () => {
  it('count pro rata: the days before training start and after the application date are left out', () => {
    // 10 days, 600 minutes: 2 days before training, 3 days after the application date.
    const spanning = entry({ source: 'manual', date: '2025-01-01', endDate: '2025-01-10', paidMinutes: 600 });
    const settings = { ...NO_SETTINGS, trainingStartDate: '2025-01-03', applicationDate: '2025-01-07' };
    const p = evaluateCredential(rule('icf-acc'), log([spanning]), settings, '2025-02-01');
    expect(p.countedMinutes).toBe(300);
    expect(p.exclusions.map((e) => [e.reason, e.minutes])).toEqual([
      ['before-training', 120],
      ['after-application', 180],
    ]);
    expect(requirement(p, 'recent')?.achieved).toBe(5);
    expect(p.version).toBe('2025-01');
  });

  it('share() measures whole days, inclusive', () => {
    expect(share({ date: '2025-01-01', endDate: '2025-01-10' }, '2025-01-06', '2025-12-31')).toBe(0.5);
    expect(share({ date: '2025-01-01', endDate: '2025-01-01' }, '2025-01-01', '2025-01-01')).toBe(1);
    expect(share({ date: '2025-01-01', endDate: '2025-01-01' }, '2025-01-02', '2025-01-09')).toBe(0);
  });
});

describe('hours by sponsor', () => {
  it('says what each row is, so the screen can word the rows without a sponsor’s name', () => {
    const rows = minutesBySponsor([
      { source: 'session', sponsor: 'Northwind Health', minutes: 120 },
      { source: 'session', sponsor: '', minutes: 90 },
      { source: 'manual', sponsor: '', minutes: 300 },
      { source: 'session', sponsor: 'Northwind Health', minutes: 60 },
      { source: 'session', sponsor: '', minutes: 30 },
    ]);
    expect(rows).toEqual([
      { kind: 'manual', sponsor: 'Logged outside Coachbook', minutes: 300 },
      { kind: 'sponsor', sponsor: 'Northwind Health', minutes: 180 },
      { kind: 'none', sponsor: 'No sponsor (client pays or pro bono)', minutes: 120 },
    ]);
  });

  it('keeps a sponsor named like one of those rows apart from it', () => {
    const rows = minutesBySponsor([
      { source: 'session', sponsor: 'Logged outside Coachbook', minutes: 60 },
      { source: 'manual', sponsor: '', minutes: 30 },
    ]);
    expect(rows.map((r) => [r.kind, r.minutes])).toEqual([
      ['sponsor', 60],
      ['manual', 30],
    ]);
  });
});
