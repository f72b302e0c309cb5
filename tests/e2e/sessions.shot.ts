import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../electron/core/clients/clients';
import type { Clock } from '../../electron/core/clock';
import type { Db } from '../../electron/core/db/connection';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { createAction, setActionStatus } from '../../electron/core/sessions/actions';
import { createGoal } from '../../electron/core/sessions/goals';
import { addAddendum, finaliseNote, saveNote } from '../../electron/core/sessions/notes';
import { createReceived } from '../../electron/core/sessions/received';
import { createSession } from '../../electron/core/sessions/sessions';
import { clientFields } from '../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../electron/shared/engagements';
import { BUILT_IN_NOTE_TEMPLATES } from '../../electron/shared/note-templates';
import { type Attendance, type Payment, sessionFields } from '../../electron/shared/sessions';
import { wallClock, zonedToInstant } from '../../src/features/sessions/format';
import { launchBrowser, startApp } from './harness';

/**
 * `npm run screenshots`: the session list, the quick log, a finalised note with an addendum,
 * search results, a note being written and mentoring received, light and dark, over a
 * realistic week of sessions seeded through the domain.
 */
const OUT = join(__dirname, '../../screenshots');

const clockAt = (date: Date): Clock => ({ now: () => date });

/** An instant `days` from today at a wall-clock time in a zone. */
function at(days: number, time: string, zone: string): Date {
  const today = wallClock(new Date(), zone).date;
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const result = zonedToInstant(date.toISOString().slice(0, 10), time, zone);
  if (!result.ok) throw new Error(result.message);
  return result.instant;
}

function dayFrom(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type Template = 'grow' | 'ccc-staircase' | 'free';

interface SessionSeed {
  e: string;
  days: number;
  time: string;
  minutes?: number;
  format?: 'video' | 'phone' | 'in-person';
  attendance?: Attendance;
  payment?: Payment;
  draft?: boolean;
  note?: { template: Template; texts: string[]; reflection?: string; finalise?: boolean };
  actions?: { text: string; owner: 'client' | 'coach'; due?: number; status?: 'done' | 'dropped' }[];
  attendees?: string[];
}

function seed(db: Db) {
  const clients: Record<string, string> = {};
  for (const fullName of [
    'Zoë Núñez',
    'Nguyễn Thị Lan',
    '李雷',
    'محمد العلي',
    'Priya Raghunathan',
    'Mateo Fernández García',
    'Amara Okafor',
    'Sofia Lindqvist',
    'Hannah Schmidt',
    'Kwame Mensah',
  ]) {
    clients[fullName] = createClient(
      db,
      clockAt(at(-120, '09:00', 'UTC')),
      clientFields.parse({ fullName }),
    ).id;
  }
  const c = (name: string) => clients[name] ?? '';
  const base = { focus: 'specific-purpose', startDate: dayFrom(-90) } as const;
  const engagementSeeds: Record<string, { fields: EngagementFieldsInput; zone: string }> = {
    zoe: {
      zone: 'Europe/Madrid',
      fields: {
        ...base,
        title: 'Stepping into leadership',
        kind: 'individual',
        participantIds: [c('Zoë Núñez')],
        feeArrangement: 'per-session',
        feeMinor: 12000,
        currency: 'EUR',
        sessionMinutes: 50,
      },
    },
    lan: {
      zone: 'Asia/Ho_Chi_Minh',
      fields: {
        ...base,
        title: 'Growing the studio',
        kind: 'sponsored',
        participantIds: [c('Nguyễn Thị Lan')],
        sponsorName: 'Mekong Women Founders Fund',
        sponsorKind: 'grant',
        feeArrangement: 'package',
        feeMinor: 240000,
        currency: 'USD',
      },
    },
    lei: {
      zone: 'Asia/Shanghai',
      fields: {
        ...base,
        title: 'First-time manager',
        kind: 'internal',
        participantIds: [c('李雷')],
        feeArrangement: 'internal',
        currency: 'CNY',
        sessionMinutes: 45,
      },
    },
    mohammed: {
      zone: 'Asia/Dubai',
      fields: {
        ...base,
        title: 'Executive presence',
        kind: 'individual',
        participantIds: [c('محمد العلي')],
        feeArrangement: 'per-session',
        feeMinor: 90000,
        currency: 'AED',
      },
    },
    priya: {
      zone: 'Asia/Kolkata',
      fields: {
        ...base,
        title: 'Board readiness',
        kind: 'individual',
        participantIds: [c('Priya Raghunathan')],
        feeArrangement: 'per-session',
        feeMinor: 1500000,
        currency: 'INR',
      },
    },
    mateo: {
      zone: 'Europe/Madrid',
      fields: {
        ...base,
        focus: 'whole-person',
        title: 'Career change',
        kind: 'individual',
        participantIds: [c('Mateo Fernández García')],
        feeArrangement: 'pro-bono',
        currency: 'EUR',
      },
    },
    amara: {
      zone: 'Africa/Lagos',
      fields: {
        ...base,
        title: 'Founder resilience',
        kind: 'individual',
        participantIds: [c('Amara Okafor')],
        feeArrangement: 'barter',
        feeMinor: 15000,
        currency: 'USD',
      },
    },
    sofia: {
      zone: 'Europe/Stockholm',
      fields: {
        ...base,
        title: 'Peer coaching triad',
        kind: 'peer',
        participantIds: [c('Sofia Lindqvist')],
        feeArrangement: 'barter',
        currency: 'SEK',
        sessionMinutes: 45,
      },
    },
    circle: {
      zone: 'Europe/London',
      fields: {
        ...base,
        focus: 'both',
        title: 'Women in Leadership Circle',
        kind: 'group',
        participantIds: [
          c('Nguyễn Thị Lan'),
          c('Priya Raghunathan'),
          c('Sofia Lindqvist'),
          c('Hannah Schmidt'),
        ],
        feeArrangement: 'per-session',
        feeMinor: 9000,
        currency: 'USD',
        sessionMinutes: 90,
      },
    },
    kwame: {
      zone: 'Africa/Accra',
      fields: {
        ...base,
        title: 'Community leaders programme',
        kind: 'individual',
        participantIds: [c('Kwame Mensah')],
        feeArrangement: 'pro-bono',
        currency: 'GHS',
      },
    },
  };
  const engagements: Record<string, { id: string; zone: string; fields: EngagementFieldsInput }> = {};
  for (const [key, { fields, zone }] of Object.entries(engagementSeeds)) {
    const e = createEngagement(db, clockAt(at(-90, '09:00', 'UTC')), engagementFields.parse(fields));
    engagements[key] = { id: e.id, zone, fields };
  }

  const grow = (goal: string, reality: string, options: string, will: string) => [
    goal,
    reality,
    options,
    will,
  ];
  const sessions: SessionSeed[] = [
    // Zoë: three sessions, the last one finalised with an addendum.
    {
      e: 'zoe',
      days: -13,
      time: '17:00',
      note: {
        template: 'grow',
        texts: grow(
          'Feel ready to lead her former peers without losing the friendships.',
          'Promoted to team lead three weeks ago. Two of the five used to be her closest colleagues; she has been avoiding one-to-ones with them.',
          'Name the change openly at the next team meeting; ask each person what they need from her; find a mentor who has made the same move.',
          'Hold a short one-to-one with each of the five before the end of the month.',
        ),
        finalise: true,
      },
      actions: [
        {
          text: 'Hold a one-to-one with each of the five team members',
          owner: 'client',
          due: -2,
          status: 'done',
        },
      ],
    },
    {
      e: 'zoe',
      days: -6,
      time: '17:00',
      note: {
        template: 'grow',
        texts: grow(
          'Prepare the first reunión con su equipo as their lead: she wants it to feel like a fresh start, not a demotion of the others.',
          'One-to-ones done; two went well, one was tense (Javier expected the role).\nShe notices she over-explains when she feels guilty.',
          'Open with what stays the same; share the decisions she will make alone and those the team will make together; delegate the rota to Javier.',
          'Draft the agenda by Friday and send it to me; ask Javier to own the rota from next month.',
        ),
        reflection:
          'I jumped to options before she had finished with reality. Next time: one more question before moving on. Take the guilt theme to supervision.',
        finalise: true,
      },
      actions: [
        { text: 'Send the draft agenda for the team meeting', owner: 'client', due: -2 },
        { text: 'Ask Javier to take over the rota from next month', owner: 'client', due: 10 },
        {
          text: 'Share the article on delegating without abdicating',
          owner: 'coach',
          due: -4,
          status: 'done',
        },
      ],
    },
    { e: 'zoe', days: 1, time: '17:00', attendance: 'scheduled' },
    // Lan
    {
      e: 'lan',
      days: -8,
      time: '08:00',
      note: {
        template: 'ccc-staircase',
        texts: [
          'Focus on hiring for the second studio in Đà Nẵng.',
          'Hiring drains her; design energises her. She wants to keep the craft.',
          'Warm and quick today; she arrived with a clear question.',
          'She said "I only trust people who draw like me" and laughed at herself.',
          'She can delegate the first screening to her studio manager and keep the final portfolio review.',
          'Write a one-page brief of what "good" looks like for a junior designer.',
        ],
      },
      actions: [{ text: 'Write a one-page hiring brief for a junior designer', owner: 'client', due: 3 }],
    },
    {
      e: 'lan',
      days: -1,
      time: '08:00',
      note: {
        template: 'grow',
        texts: grow(
          'Decide whether to open Đà Nẵng in spring or autumn.',
          'Brief written; studio manager ran the first screening and shortlisted four.',
          'Spring with a smaller team; autumn with a full team; a pop-up first.',
          '',
        ),
      },
    },
    // 李雷
    {
      e: 'lei',
      days: -7,
      time: '19:30',
      format: 'phone',
      note: {
        template: 'free',
        texts: [
          'First week managing the platform team. Wants a rhythm for one-to-ones and a way to say no to the product lead without sounding defensive.',
        ],
        finalise: true,
      },
    },
    {
      e: 'lei',
      days: -2,
      time: '19:30',
      note: {
        template: 'grow',
        texts: grow(
          '在不失去技术深度的情况下，学会委派代码评审。',
          'He still reviews every pull request himself and works late twice a week.',
          'Rotate a reviewer of the week; review only architecture changes; pair with a senior once a week.',
          'Try the reviewer rota for two sprints and note what he misses.',
        ),
      },
      actions: [{ text: 'Start a reviewer-of-the-week rota for two sprints', owner: 'client', due: 12 }],
    },
    // محمد
    {
      e: 'mohammed',
      days: -5,
      time: '10:00',
      format: 'in-person',
      note: {
        template: 'ccc-staircase',
        texts: [
          'أريد أن أتحدث بهدوء أمام مجلس الإدارة.',
          'Being heard by the board without rushing through the numbers.',
          'Good; he asked to start with a walk.',
          'He speeds up when a board member frowns.',
          'A pause after each headline number; ask for questions before moving on.',
          'Rehearse the quarterly update out loud twice, recording one.',
        ],
      },
      actions: [{ text: 'Rehearse the quarterly update out loud and record it', owner: 'client', due: 2 }],
    },
    { e: 'mohammed', days: 2, time: '10:00', format: 'in-person', attendance: 'scheduled' },
    // Priya
    {
      e: 'priya',
      days: -4,
      time: '18:30',
      note: {
        template: 'grow',
        texts: grow(
          'Be ready for a non-executive board seat within a year.',
          'Strong operator; little governance experience; two offers to observe boards.',
          'Governance course; observe the hospital trust board; a mentor who chairs.',
          'Accept the trust observer seat and book the governance course.',
        ),
      },
    },
    { e: 'priya', days: -11, time: '18:30', attendance: 'late-cancel', payment: 'paid' },
    // Mateo
    {
      e: 'mateo',
      days: -3,
      time: '12:00',
      format: 'phone',
      note: {
        template: 'free',
        texts: [
          'Explored what he misses from teaching. Wants work with people, not spreadsheets. Will talk to two people who left the ayuntamiento for NGOs.',
        ],
      },
    },
    { e: 'mateo', days: -10, time: '12:00', attendance: 'no-show' },
    // Amara
    {
      e: 'amara',
      days: -2,
      time: '07:30',
      note: {
        template: 'grow',
        texts: grow(
          'Stop answering investor messages after 9 pm.',
          'Sleeps five hours; the team copies her late replies.',
          'Scheduled send; a weekly investor note instead of ad hoc replies; tell the board.',
          'Try scheduled send for a week and notice how she feels on Friday.',
        ),
      },
      actions: [{ text: 'Use scheduled send for investor replies for one week', owner: 'client', due: 5 }],
    },
    // Sofia (peer)
    {
      e: 'sofia',
      days: -6,
      time: '15:00',
      payment: 'peer-as-coach',
      note: { template: 'free', texts: ['Peer session: her delegation experiment with the regional leads.'] },
    },
    { e: 'sofia', days: -5, time: '15:00', payment: 'peer-as-client', minutes: 45 },
    // Group circle
    {
      e: 'circle',
      days: -9,
      time: '18:00',
      note: {
        template: 'free',
        texts: [
          'Theme: taking up space in meetings. Hannah brought a live case about a steering group; the circle offered three experiments.\nPriya volunteered to hold the time next session.',
        ],
      },
      actions: [{ text: 'Each member tries one "taking up space" experiment', owner: 'client', due: -1 }],
    },
    { e: 'circle', days: 5, time: '18:00', attendance: 'scheduled' },
    // Kwame
    {
      e: 'kwame',
      days: -4,
      time: '16:00',
      note: {
        template: 'grow',
        texts: grow(
          'Recruit three new youth mentors before the holidays.',
          'Two volunteers left; the programme relies on him for everything.',
          'Ask past mentees; partner with the university; delegate the onboarding.',
          'Call the university volunteer office on Monday.',
        ),
      },
      actions: [{ text: 'Call the university volunteer office', owner: 'client', due: -1 }],
    },
    { e: 'kwame', days: -11, time: '16:00' },
    // Imported from the calendar, not yet confirmed.
    { e: 'priya', days: 3, time: '18:30', draft: true, attendance: 'scheduled' },
    {
      e: 'lan',
      days: -15,
      time: '08:00',
      note: {
        template: 'free',
        texts: ['Intro session: hopes, fears and how we will work.'],
        finalise: true,
      },
    },
    { e: 'lei', days: -14, time: '19:30' },
    { e: 'amara', days: -9, time: '07:30' },
    {
      e: 'mateo',
      days: -17,
      time: '12:00',
      note: { template: 'free', texts: ['Chemistry session.'], finalise: true },
    },
  ];

  let zoeFinal: string | null = null;
  for (const s of sessions) {
    const e = engagements[s.e];
    if (!e) throw new Error(s.e);
    const startsAt = at(s.days, s.time, e.zone);
    const fee = e.fields.feeArrangement === 'per-session' ? (e.fields.feeMinor ?? null) : null;
    const group = e.fields.kind === 'group';
    const session = createSession(
      db,
      clockAt(startsAt),
      sessionFields.parse({
        engagementId: e.id,
        startsAt: startsAt.toISOString(),
        timeZone: e.zone,
        durationMinutes: s.minutes ?? e.fields.sessionMinutes ?? 60,
        format: s.format ?? 'video',
        attendance: s.attendance ?? (startsAt.getTime() > Date.now() ? 'scheduled' : 'held'),
        payment:
          s.payment ??
          (e.fields.feeArrangement === 'pro-bono'
            ? 'pro-bono'
            : e.fields.feeArrangement === 'internal'
              ? 'internal'
              : e.fields.feeArrangement === 'barter'
                ? 'barter'
                : e.fields.kind === 'sponsored'
                  ? 'third-party'
                  : 'paid'),
        feeMinor: fee,
        currency: e.fields.currency,
        attendeeIds: group ? (e.fields.participantIds ?? []).slice(0, 3) : [],
      }),
      s.draft ? { draft: true, icsUid: `seed-${s.e}-${s.days}@calendar` } : {},
    );
    const after = clockAt(new Date(startsAt.getTime() + 70 * 60_000));
    if (s.note) {
      const template = BUILT_IN_NOTE_TEMPLATES.find((t) => t.id === s.note?.template);
      if (!template) throw new Error(s.note.template);
      saveNote(db, after, {
        sessionId: session.id,
        template: template.id,
        sections: template.sections.map((def, i) => ({
          key: def.key,
          label: def.label,
          text: s.note?.texts[i] ?? '',
        })),
        reflection: s.note.reflection ?? '',
      });
      if (s.note.finalise)
        finaliseNote(db, clockAt(new Date(startsAt.getTime() + 26 * 3600_000)), session.id);
    }
    for (const a of s.actions ?? []) {
      const item = createAction(db, after, {
        engagementId: e.id,
        sessionId: session.id,
        text: a.text,
        owner: a.owner,
        dueDate: a.due === undefined ? null : dayFrom(a.due),
      });
      if (a.status) setActionStatus(db, after, item.id, a.status);
    }
    if (s.e === 'zoe' && s.days === -6) zoeFinal = session.id;
  }
  if (!zoeFinal) throw new Error('no finalised session');
  addAddendum(
    db,
    clockAt(at(-3, '09:12', 'Europe/Madrid')),
    zoeFinal,
    'Zoë emailed: the reunión moved to Thursday because Javier is away. She has asked him to co-present the rota change, which she says felt like a real step in delegating.',
  );

  const zoe = engagements.zoe;
  if (zoe) {
    createGoal(db, clockAt(at(-13, '18:00', 'UTC')), {
      engagementId: zoe.id,
      title: 'Lead the team with confidence, delegating the operational work',
      successMeasure: 'Team survey: "I know what my lead expects" at 4 or above.',
      plan: 'One-to-ones, a clear decision map, delegation of the rota.',
      status: 'active',
    });
  }
  const received = [
    ['mentor-coaching', 'Amélie Laurent', 'ICF MCC', 'individual', null, -40, 60],
    ['mentor-coaching', 'Amélie Laurent', 'ICF MCC', 'group', 6, -26, 90],
    ['mentor-coaching', 'Amélie Laurent', 'ICF MCC', 'group', 6, -12, 90],
    ['supervision', 'Dr. Kenji Watanabe', 'EMCC Supervisor', 'individual', null, -20, 60],
  ] as const;
  for (const [kind, providerName, providerCredential, mode, groupSize, days, minutes] of received) {
    createReceived(db, clockAt(new Date()), {
      kind,
      providerName,
      providerCredential,
      mode,
      groupSize,
      startsAt: at(days, '16:00', 'UTC').toISOString(),
      durationMinutes: minutes,
      notes: '',
    });
  }
}

/**
 * The quick log's engagement field is ready for typing once it has the focus and the last
 * engagement (chosen for the coach as the list loads) is in: that choice selects the field's
 * text, so a letter typed before it arrives is replaced by the next one ("ma" became "a").
 */
async function readyToType(field: Locator) {
  await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  await expect.poll(() => field.inputValue()).not.toBe('');
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('session screens (%s)', (scheme) => {
  it('captures the list, quick log, a finalised note, search, a note in progress and mentoring received', async () => {
    const app = await startApp(browser, { colorScheme: scheme });
    const { page } = app;
    const shot = async (name: string) => {
      // No stray hover highlight where the last click was.
      await page.mouse.move(700, 8);
      await page.screenshot({ path: join(OUT, `${name}-${scheme}.png`) });
    };
    try {
      app.practices.create({
        name: 'Rivera Coaching',
        coachName: 'Ana Rivera',
        passphrase: 'quiet river morning 42',
      });
      seed(app.practices.requireDb());
      await app.open();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.keyboard.press('Control+2');
      const list = page.getByRole('list', { name: 'Sessions' });
      await list.getByRole('listitem').nth(8).waitFor();
      await shot('sessions-01-list');

      // Quick log for the group: attendees ticked, defaults filled.
      await page.keyboard.press('Control+l');
      const dialog = page.getByRole('dialog', { name: 'Log a session' });
      await dialog.waitFor();
      await readyToType(dialog.getByRole('combobox', { name: 'Engagement' }));
      await page.keyboard.type('circle');
      await page.keyboard.press('Enter');
      await dialog.getByRole('group', { name: 'Who attended' }).waitFor();
      await page.waitForTimeout(150);
      await shot('sessions-02-quick-log');
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      // Typing a client: the engagement list narrows.
      await page.keyboard.press('Control+l');
      await dialog.waitFor();
      await readyToType(dialog.getByRole('combobox', { name: 'Engagement' }));
      await page.keyboard.type('ma');
      await dialog
        .getByRole('listbox', { name: 'Engagement: matches' })
        .getByRole('option')
        .first()
        .waitFor();
      await shot('sessions-03-quick-log-search');
      await page.keyboard.press('Escape');
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      // Search across notes, addenda, goals and commitments.
      await page.getByRole('searchbox', { name: 'Search notes, goals and commitments' }).fill('delegat');
      const results = page.getByRole('region', { name: 'Search results' });
      await results.getByRole('listitem').nth(2).waitFor();
      await shot('sessions-04-search');

      // The finalised note with its addendum.
      await results.getByRole('button').filter({ hasText: 'Addendum' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Zoë Núñez' }).waitFor();
      await page.getByText(/^Finalised \w/).waitFor();
      await page.setViewportSize({ width: 1200, height: 1240 });
      await shot('sessions-05-finalised-note');
      await page.setViewportSize({ width: 1200, height: 780 });

      // A note being written, with commitments to review from earlier sessions.
      await page.getByRole('button', { name: 'All sessions' }).click();
      await page.getByRole('button', { name: 'Clear search' }).click();
      await list
        .getByRole('button', { name: /Amara Okafor/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: 'Amara Okafor' }).waitFor();
      await page.setViewportSize({ width: 1200, height: 1100 });
      await shot('sessions-07-note-editor');
      await page.setViewportSize({ width: 1200, height: 780 });

      // The next session: the open commitments from last time, to review.
      await page.getByRole('button', { name: 'All sessions' }).click();
      await list.getByRole('button', { name: /Zoë Núñez.*Scheduled/ }).click();
      await page
        .getByRole('region', { name: 'To review from earlier sessions' })
        .getByRole('listitem')
        .first()
        .waitFor();
      await shot('sessions-09-next-session');

      // A group session: who attended, by name.
      await page.getByRole('button', { name: 'All sessions' }).click();
      await page.getByRole('combobox', { name: 'Filter by client' }).fill('hann');
      await page.getByRole('option', { name: /Hannah Schmidt/ }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByText('2 sessions with Hannah Schmidt').waitFor();
      await shot('sessions-12-filtered');
      await list.getByRole('button', { name: /Women in Leadership Circle.*Draft note/ }).click();
      await page.getByText('(3 of 4)').waitFor();
      await shot('sessions-11-group-session');
      await page.getByRole('button', { name: 'All sessions' }).click();
      await page.getByRole('button', { name: /^Show all clients/ }).click();
      await list.getByRole('button', { name: /Zoë Núñez.*Scheduled/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Zoë Núñez' }).waitFor();

      // Defining a template of her own.
      await page.getByRole('button', { name: 'Define your own template…' }).click();
      const define = page.getByRole('dialog', { name: 'Define your own template' });
      await define.getByLabel('Template name').fill('Team coaching check-in');
      await define.getByLabel('Section 1 name').fill('What the team brought');
      await define.getByLabel('Section 1 prompt').fill('Which challenge did the team choose to work on?');
      await define.getByLabel('Section 2 name').fill('Patterns noticed');
      await define.getByLabel('Section 2 prompt').fill('How did they talk to each other? Who was quiet?');
      await define.getByRole('button', { name: 'Add a section' }).click();
      await define.getByLabel('Section 3 name').fill('Agreements');
      await shot('sessions-10-template-dialog');
      await define.getByRole('button', { name: 'Cancel' }).click();

      // Mentoring and supervision received.
      await page.getByRole('button', { name: 'All sessions' }).click();
      await page.getByRole('tab', { name: 'Mentoring & supervision' }).click();
      await page.getByRole('table').waitFor();
      await shot('sessions-08-mentoring');
    } finally {
      await app.close();
    }
  });
});

describe('session screens in Spanish', () => {
  it('captures the list, quick log, search, a finalised note, a note in progress, a template and mentoring', async () => {
    const app = await startApp(browser);
    const { page } = app;
    const shot = async (name: string) => {
      await page.mouse.move(700, 8);
      await page.screenshot({ path: join(OUT, `${name}-es.png`) });
    };
    try {
      app.practices.create({
        name: 'Rivera Coaching',
        coachName: 'Ana Rivera',
        passphrase: 'quiet river morning 42',
      });
      seed(app.practices.requireDb());
      await app.open();
      await page.evaluate(() =>
        window.coachbook.preferences.set({ language: 'es', dateFormat: 'locale', weekStart: 'locale' }),
      );
      await page.reload();
      await page.getByRole('navigation', { name: 'Principal' }).waitFor();
      await page.keyboard.press('Control+2');
      const list = page.getByRole('list', { name: 'Sesiones' });
      await list.getByRole('listitem').nth(8).waitFor();
      await shot('sessions-01-list');

      await page.keyboard.press('Control+l');
      const dialog = page.getByRole('dialog', { name: 'Registrar una sesión' });
      await dialog.waitFor();
      await readyToType(dialog.getByRole('combobox', { name: 'Proceso de coaching' }));
      await page.keyboard.type('circle');
      await page.keyboard.press('Enter');
      await dialog.getByRole('group', { name: 'Quién asistió' }).waitFor();
      await page.waitForTimeout(150);
      await shot('sessions-02-quick-log');
      await dialog.getByRole('button', { name: 'Cancelar' }).click();

      await page.getByRole('searchbox', { name: 'Buscar en notas, objetivos y compromisos' }).fill('delegat');
      const results = page.getByRole('region', { name: 'Resultados de búsqueda' });
      await results.getByRole('listitem').nth(2).waitFor();
      await shot('sessions-04-search');

      await results.getByRole('button').filter({ hasText: 'Adenda' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Zoë Núñez' }).waitFor();
      await page.getByText(/^Finalizada el/).waitFor();
      await page.setViewportSize({ width: 1200, height: 1240 });
      await shot('sessions-05-finalised-note');
      await page.setViewportSize({ width: 1200, height: 780 });

      await page.getByRole('button', { name: 'Todas las sesiones' }).click();
      await page.getByRole('button', { name: 'Borrar la búsqueda' }).click();
      await list
        .getByRole('button', { name: /Amara Okafor/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: 'Amara Okafor' }).waitFor();
      await page.setViewportSize({ width: 1200, height: 1100 });
      await shot('sessions-07-note-editor');
      await page.setViewportSize({ width: 1200, height: 780 });

      await page.getByRole('button', { name: 'Crear tu propia plantilla…' }).click();
      const define = page.getByRole('dialog', { name: 'Crear tu propia plantilla' });
      await define.getByLabel('Nombre de la plantilla').fill('Seguimiento de equipo');
      await define.getByLabel('Nombre de la sección 1').fill('Lo que trajo el equipo');
      await define.getByLabel('Indicación de la sección 1').fill('¿Qué reto eligió trabajar el equipo?');
      await shot('sessions-10-template-dialog');
      await define.getByRole('button', { name: 'Cancelar' }).click();

      await page.getByRole('button', { name: 'Todas las sesiones' }).click();
      await page.getByRole('tab', { name: 'Mentoría y supervisión' }).click();
      await page.getByRole('table').waitFor();
      await shot('sessions-08-mentoring');
      if (app.pageErrors.length > 0) throw new Error(app.pageErrors.join('\n'));
    } finally {
      await app.close();
    }
  });
});
