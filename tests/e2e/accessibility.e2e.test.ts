import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordActivity } from '../../electron/core/activity/activity';
import {
  createAgreement,
  setAgreementStatus,
  signAgreement,
} from '../../electron/core/agreements/agreements';
import { listTemplates } from '../../electron/core/agreements/templates';
import { createAssessment } from '../../electron/core/assessments/assessments';
import { backupNow, saveBackupSettings } from '../../electron/core/backup/service';
import { createClient } from '../../electron/core/clients/clients';
import { addReferral } from '../../electron/core/clients/referrals';
import type { Clock } from '../../electron/core/clock';
import { createEngagement } from '../../electron/core/engagements/engagements';
import { createCe, createManualHours, saveHoursSettings } from '../../electron/core/hours/service';
import { saveRetentionSettings } from '../../electron/core/retention/retention';
import { createAction, setActionStatus } from '../../electron/core/sessions/actions';
import { addGoalProgress, createGoal } from '../../electron/core/sessions/goals';
import { addAddendum, finaliseNote, saveNote } from '../../electron/core/sessions/notes';
import { createReceived } from '../../electron/core/sessions/received';
import { createSession } from '../../electron/core/sessions/sessions';
import { DEFAULT_WHEEL_AREAS } from '../../electron/shared/assessments';
import { clientFields } from '../../electron/shared/clients';
import { type EngagementFieldsInput, engagementFields } from '../../electron/shared/engagements';
import { ceFields, manualHoursFields } from '../../electron/shared/hours';
import { BUILT_IN_NOTE_TEMPLATES } from '../../electron/shared/note-templates';
import { receivedFields, sessionFields } from '../../electron/shared/sessions';
import { type AppHarness, launchBrowser, startApp } from './harness';

/**
 * Every screen and the important dialogs, checked with axe-core (WCAG 2.0/2.1 A and AA plus
 * best practice) in the light and the dark colour scheme, over a realistic practice seeded
 * through the domain functions. A serious or critical violation fails the test; the report
 * names the screen, the scheme, the rule and the elements.
 */

const PASSPHRASE = 'quiet river morning 42';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const DAY = 86_400_000;

interface Finding {
  screen: string;
  scheme: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on what is on screen now, once per colour scheme; returns the serious and critical violations. */
async function audit(page: Page, screen: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    // Let the new scheme's styles apply before measuring contrast.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    // The dark scheme changes colours only (the stylesheets' dark blocks set colour custom properties),
    // so the other rules give the same answer in both: dark runs the colour rules.
    // Legacy mode runs in the page itself (the app has no frames) instead of opening a blank page each time.
    const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
    const results = await (scheme === 'light'
      ? builder.withTags(TAGS)
      : builder.withRules(COLOUR_RULES)
    ).analyze();
    for (const v of results.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      findings.push({
        screen,
        scheme,
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: [
          ...v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
          ...(v.nodes.length > 3 ? [`and ${v.nodes.length - 3} more`] : []),
        ],
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return findings;
}

/** Collects findings across a walk and reports them all at the end, one line each. */
function auditor(page: Page) {
  const findings: Finding[] = [];
  return {
    async check(screen: string) {
      findings.push(...(await audit(page, screen)));
    },
    report(): string[] {
      const lines = findings.map(
        (f) => `[${f.screen} · ${f.scheme}] ${f.id} (${f.impact}): ${f.help} → ${f.targets.join(' | ')}`,
      );
      if (lines.length > 0) console.log(`axe found:\n${lines.join('\n')}`);
      return lines;
    },
  };
}

/**
 * Presses Tab `stops` times from the current focus and returns every stop where nothing
 * visibly marks the focus: neither the focused element nor its two nearest ancestors (a
 * search box styles the wrapper of its input) gains an outline or a box-shadow it does not
 * have when focus is elsewhere.
 */
async function stopsWithoutVisibleFocus(page: Page, stops: number): Promise<string[]> {
  await page.evaluate(() => {
    (window as unknown as { __rings: unknown[] }).__rings = [];
  });
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    await page.evaluate((index) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return;
      const chain = [el, el.parentElement, el.parentElement?.parentElement].filter(
        (node): node is HTMLElement => node instanceof HTMLElement,
      );
      const ring = (node: HTMLElement) => {
        const style = getComputedStyle(node);
        const outline =
          style.outlineStyle !== 'none' &&
          Number.parseFloat(style.outlineWidth) >= 1 &&
          !/rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor)
            ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
            : '';
        return { outline, shadow: style.boxShadow === 'none' ? '' : style.boxShadow };
      };
      const name =
        el.getAttribute('aria-label') ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.textContent?.trim().slice(0, 40) ??
        '';
      el.dataset.focusProbe = String(index);
      (window as unknown as { __rings: unknown[] }).__rings.push({
        index,
        what: `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> ${name}`,
        focused: chain.map(ring),
      });
    }, i);
  }
  return page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const rings = (
      window as unknown as {
        __rings: { index: number; what: string; focused: { outline: string; shadow: string }[] }[];
      }
    ).__rings;
    const missing: string[] = [];
    if (rings.length === 0) missing.push('no focusable element reached');
    for (const stop of rings) {
      const el = document.querySelector<HTMLElement>(`[data-focus-probe="${stop.index}"]`);
      if (!el) continue;
      delete el.dataset.focusProbe;
      const chain = [el, el.parentElement, el.parentElement?.parentElement].filter(
        (node): node is HTMLElement => node instanceof HTMLElement,
      );
      const visible = chain.some((node, i) => {
        const style = getComputedStyle(node);
        const focused = stop.focused[i];
        if (!focused) return false;
        const outline =
          style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1
            ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
            : '';
        const shadow = style.boxShadow === 'none' ? '' : style.boxShadow;
        return (
          (focused.outline !== '' && focused.outline !== outline) ||
          (focused.shadow !== '' && focused.shadow !== shadow)
        );
      });
      if (!visible) missing.push(stop.what);
    }
    return missing;
  });
}

const clockAt = (date: Date): Clock => ({ now: () => date });
const daysFrom = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
};
const dayFrom = (days: number) => daysFrom(days).toISOString().slice(0, 10);

/** A practice a few months in: clients in several scripts, engagements, an agreement, notes, hours, backups. */
function seed(app: AppHarness) {
  const { practices } = app;
  const db = practices.requireDb();
  const client = (fields: Parameters<typeof clientFields.parse>[0], created = -120) =>
    createClient(db, clockAt(daysFrom(created)), clientFields.parse(fields));
  const lan = client({
    fullName: 'Nguyễn Thị Lan',
    preferredName: 'Lan',
    email: 'lan@saigonbloom.vn',
    organisation: 'Saigon Bloom',
    tags: ['leadership', 'founder'],
    timeZone: 'Asia/Ho_Chi_Minh',
    mayBeListed: true,
    listingConsentDate: dayFrom(-110),
    privateNotes: 'Thinks best while walking.',
  });
  const zoe = client({ fullName: 'Zoë Fairweather', email: 'zoe@fairweather.studio', tags: ['career'] });
  const lei = client({ fullName: '李雷', organisation: 'Harbour Tech' });
  const mohammed = client({ fullName: 'محمد العلي', preferredName: 'محمد' });
  const kwame = client({ fullName: 'Kwame Mensah' });
  const priya = client({ fullName: 'Priya Raghunathan', organisation: 'Meridian Health' });
  const henrik = client({ fullName: 'Henrik Solberg' });
  db.prepare("UPDATE client SET status = 'completed', updated_at = ? WHERE id = ?").run(
    '2014-03-18T10:00:00Z',
    henrik.id,
  );

  const engagement = (fields: EngagementFieldsInput) =>
    createEngagement(db, clockAt(daysFrom(-100)), engagementFields.parse(fields));
  const base = { focus: 'specific-purpose', currency: 'USD', startDate: dayFrom(-100) } as const;
  const leadership = engagement({
    ...base,
    title: 'Leadership transition',
    kind: 'individual',
    participantIds: [lan.id],
    feeArrangement: 'per-session',
    feeMinor: 15000,
    sessionMinutes: 60,
    plannedSessions: 10,
    frequency: 'fortnightly',
  });
  const career = engagement({
    ...base,
    title: 'Career change',
    kind: 'individual',
    participantIds: [zoe.id],
    feeArrangement: 'pro-bono',
  });
  const circle = engagement({
    ...base,
    focus: 'both',
    title: 'Founders circle',
    kind: 'group',
    participantIds: [lei.id, mohammed.id, kwame.id, priya.id],
    feeArrangement: 'per-session',
    feeMinor: 9000,
    sessionMinutes: 90,
  });
  const sponsored = engagement({
    ...base,
    title: 'Executive presence',
    kind: 'sponsored',
    participantIds: [mohammed.id],
    sponsorName: 'Northwind Health',
    sponsorKind: 'employer',
    feeArrangement: 'package',
    feeMinor: 240000,
  });

  // Agreements: one signed by both, one still a draft.
  const template = listTemplates(db)[0];
  if (!template) throw new Error('no agreement template');
  const signed = createAgreement(db, clockAt(daysFrom(-99)), {
    engagementId: leadership.id,
    templateId: template.id,
  });
  setAgreementStatus(db, clockAt(daysFrom(-99)), { id: signed.id, status: 'sent' });
  for (const [party, name] of [
    ['client', 'Nguyễn Thị Lan'],
    ['coach', 'Ana Rivera'],
  ] as const) {
    signAgreement(db, clockAt(daysFrom(-98)), {
      agreementId: signed.id,
      party,
      signerName: name,
      signedOn: dayFrom(-98),
      drawing: null,
    });
  }
  if (signed.unfilledFields.length === 0) {
    setAgreementStatus(db, clockAt(daysFrom(-98)), { id: signed.id, status: 'signed' });
  }
  createAgreement(db, clockAt(daysFrom(-20)), { engagementId: career.id, templateId: template.id });

  const session = (
    engagementId: string,
    days: number,
    extra: Partial<Parameters<typeof sessionFields.parse>[0]> = {},
    options: { draft?: boolean; icsUid?: string } = {},
  ) =>
    createSession(
      db,
      clockAt(daysFrom(days)),
      sessionFields.parse({
        engagementId,
        startsAt: daysFrom(days).toISOString(),
        timeZone: 'Europe/London',
        durationMinutes: 60,
        format: 'video',
        attendance: days < 0 ? 'held' : 'scheduled',
        payment: 'paid',
        feeMinor: 15000,
        currency: 'USD',
        ...extra,
      }),
      options,
    );
  const grow = BUILT_IN_NOTE_TEMPLATES.find((t) => t.id === 'grow');
  if (!grow) throw new Error('no GROW template');
  const note = (sessionId: string, days: number, texts: string[], reflection = '') =>
    saveNote(db, clockAt(daysFrom(days, 12)), {
      sessionId,
      template: grow.id,
      sections: grow.sections.map((s, i) => ({ key: s.key, label: s.label, text: texts[i] ?? '' })),
      reflection,
    });

  const first = session(leadership.id, -14);
  note(first.id, -14, [
    'Feel ready to lead her former peers without losing the friendships.',
    'Promoted three weeks ago; avoiding one-to-ones with two old colleagues.',
    'Name the change openly; ask each person what they need; find a mentor.',
    'Hold a one-to-one with each of the five before the end of the month.',
  ]);
  finaliseNote(db, clockAt(daysFrom(-13)), first.id);
  addAddendum(db, clockAt(daysFrom(-10)), first.id, 'Lan wrote: the one-to-ones are booked.');
  const done = createAction(db, clockAt(daysFrom(-14, 12)), {
    engagementId: leadership.id,
    sessionId: first.id,
    text: 'Hold a one-to-one with each of the five team members',
    owner: 'client',
    dueDate: dayFrom(-3),
  });
  setActionStatus(db, clockAt(daysFrom(-3)), done.id, 'done');
  createAction(db, clockAt(daysFrom(-14, 12)), {
    engagementId: leadership.id,
    sessionId: first.id,
    text: 'Share the article on delegating without abdicating',
    owner: 'coach',
    dueDate: dayFrom(-2),
  });

  const second = session(leadership.id, -2);
  note(
    second.id,
    -2,
    [
      'Prepare the first reunión con su equipo as their lead.',
      'One-to-ones done; two went well, one was tense.',
      'Open with what stays the same; delegate the rota.',
      '',
    ],
    'I jumped to options before she had finished with reality.',
  );
  createAction(db, clockAt(daysFrom(-2, 12)), {
    engagementId: leadership.id,
    sessionId: second.id,
    text: 'Send the draft agenda for the team meeting',
    owner: 'client',
    dueDate: dayFrom(3),
  });
  session(leadership.id, 2);
  const careerSession = session(career.id, -5, { payment: 'pro-bono', feeMinor: null });
  createAction(db, clockAt(daysFrom(-5, 12)), {
    engagementId: career.id,
    sessionId: careerSession.id,
    text: 'Reach out to three people working in UX research',
    owner: 'client',
    dueDate: dayFrom(12),
  });
  session(circle.id, -7, {
    durationMinutes: 90,
    feeMinor: 9000,
    attendeeIds: [lei.id, mohammed.id, kwame.id],
  });
  session(sponsored.id, -9, { payment: 'third-party', feeMinor: null });
  session(sponsored.id, -30, { attendance: 'late-cancel', payment: 'third-party', feeMinor: null });
  session(career.id, 1, { payment: 'pro-bono', feeMinor: null }, { draft: true, icsUid: 'zoe-1@calendar' });

  const goal = createGoal(db, clockAt(daysFrom(-90)), {
    engagementId: leadership.id,
    title: 'Lead my first team with confidence',
    successMeasure: 'My team says our meetings feel useful.',
    plan: 'Weekly one-to-ones; a shared stand-up agenda.',
    status: 'active',
  });
  addGoalProgress(db, clockAt(daysFrom(-14)), {
    goalId: goal.id,
    sessionId: first.id,
    note: 'Asked the team for feedback for the first time.',
    percent: 40,
  });

  for (const [days, scores] of [
    [-100, [4, 3, 5, 7, 4, 5, 3, 6]],
    [-6, [7, 5, 5, 8, 6, 8, 6, 7]],
  ] as const) {
    createAssessment(db, clockAt(daysFrom(days)), {
      clientId: lan.id,
      takenOn: dayFrom(days),
      scores: DEFAULT_WHEEL_AREAS.map((area, i) => ({ area, score: scores[i] ?? 5 })),
      note: days === -6 ? 'New role started; health slipping with the long hours.' : '',
    });
  }
  addReferral(db, clockAt(daysFrom(-40)), {
    clientId: lan.id,
    direction: 'out',
    partyName: 'Dr. Amira Haddad',
    partyRole: 'therapist',
    reason: 'Grief came up; outside the scope of coaching.',
    date: dayFrom(-40),
  });

  // Hours: a target, outside hours, CE, mentor coaching received.
  saveHoursSettings(db, {
    targets: ['icf-acc'],
    trainingStartDate: dayFrom(-365),
    applicationDate: null,
    renewalDate: null,
  });
  createManualHours(
    db,
    clockAt(daysFrom(-60)),
    manualHoursFields.parse({
      clientName: 'Daniel Weiss',
      clientContact: 'daniel.weiss@posteo.de',
      mode: 'individual',
      groupSize: 1,
      startDate: dayFrom(-300),
      endDate: dayFrom(-200),
      paidMinutes: 540,
      proBonoMinutes: 0,
      mayBeListed: true,
    }),
  );
  createCe(
    db,
    clockAt(daysFrom(-50)),
    ceFields.parse({
      provider: 'ICF Learning',
      course: 'Ethics in coaching practice',
      date: dayFrom(-50),
      units: 3,
      category: 'core-competencies',
      ethics: true,
    }),
  );
  for (const [days, mode] of [
    [-40, 'individual'],
    [-26, 'group'],
  ] as const) {
    createReceived(
      db,
      clockAt(daysFrom(days)),
      receivedFields.parse({
        kind: 'mentor-coaching',
        providerName: 'Amélie Laurent',
        providerCredential: 'ICF MCC',
        mode,
        groupSize: mode === 'group' ? 6 : null,
        startsAt: daysFrom(days, 16).toISOString(),
        durationMinutes: mode === 'group' ? 90 : 60,
      }),
    );
  }

  // Record keeping, the activity log and backups.
  saveRetentionSettings(db, { years: 7 });
  for (const [days, kind, detail] of [
    [-30, 'practice-unlocked', 'unlock'],
    [-20, 'note-finalised', ''],
    [-12, 'export-written', 'reports.hourLogPdf'],
    [-3, 'passphrase-changed', ''],
  ] as const) {
    recordActivity(db, clockAt(daysFrom(days)), kind, detail);
  }
  const { path, keyFile } = practices.unlocked();
  saveBackupSettings(practices, keyFile.practiceId, path, {
    folder: join(app.dataDir, 'Backup drive', 'Coachbook'),
    keep: 10,
  });
  backupNow(practices, clockAt(daysFrom(-8)));
  backupNow(practices, clockAt(daysFrom(-1)));
}

/** This week's calendar, as a coach's calendar app would export it. */
function calendarFile(dir: string): string {
  const at = (days: number, hour: number) =>
    `${daysFrom(days, hour).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  const event = (uid: string, start: string, summary: string, extra: string[] = []) => [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20250101T000000Z',
    `DTSTART:${start}`,
    'DURATION:PT1H',
    `SUMMARY:${summary}`,
    ...extra,
    'END:VEVENT',
  ];
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Example//Calendar//EN',
    ...event('lan-weekly@calendar.example', at(4, 9), 'Coaching – Lan'),
    ...event('zoe-1@calendar.example', at(1, 10), 'Zoë / career'),
    ...event('ana@calendar.example', at(5, 16), 'Coffee with Ana Ruiz'),
    ...event('broken@calendar.example', 'not-a-date', 'Supervision (Ines)'),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const path = join(dir, 'Work calendar.ics');
  writeFileSync(path, text);
  return path;
}

/** A spreadsheet log from before Coachbook, with a couple of rows in error. */
function hoursLogFile(dir: string): string {
  const rows = [
    'Client Name;Contact Information;Individual or Group;Number in Group;Start Date;End Date;Paid Hours;Pro Bono Hours',
    'Nguyễn Thị Lan;lan@saigonbloom.vn;Individual;1;02/09/2024;24/02/2025;12,5;0',
    'محمد العلي;m.alali@example.ae;Individual;1;14/10/2024;30/01/2025;6;0',
    'Kwame Mensah;+233 30 221 4455;Individual;1;10/02/2025;05/02/2025;0;4',
    'Sofia Lindqvist;sofia@nordkraft.se;Individual;1;12/03/2025;12/03/2025;two;0',
  ];
  const path = join(dir, 'client-coaching-log.csv');
  writeFileSync(path, `\uFEFF${rows.join('\r\n')}\r\n`);
  return path;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility: setting up, unlocking and a damaged practice', () => {
  it('has no serious or critical axe violations, light or dark', async () => {
    const app = await startApp(browser);
    const { page } = app;
    const axe = auditor(page);
    try {
      await app.open();
      await page.getByRole('heading', { name: 'Set up your practice' }).waitFor();
      await axe.check('setup');
      await page.getByLabel('Practice name').fill('Rivera Coaching');
      await page.getByLabel('Your name').fill('Ana Rivera');
      await page.getByLabel('Passphrase', { exact: true }).fill('short');
      await page.getByLabel('Repeat passphrase').fill('short');
      await page.getByRole('button', { name: 'Create practice' }).click();
      await page.getByRole('alert').filter({ hasText: 'at least 10 characters' }).waitFor();
      await axe.check('setup with an error');

      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Create practice' }).click();
      await page.getByRole('status', { name: 'Recovery key' }).waitFor();
      await axe.check('recovery key');
      await page.getByLabel('I have written it down or saved it somewhere safe').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await axe.check('clients, empty');

      await page.keyboard.press('Control+Shift+L');
      await page.getByLabel('Passphrase').waitFor();
      await axe.check('unlock');
      await page.getByText('Another practice').click();
      await axe.check('unlock, other practices');
      await page.getByLabel('Passphrase').fill('not the passphrase');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('alert').filter({ hasText: 'That passphrase is not right.' }).waitFor();
      await axe.check('unlock, wrong passphrase');
      await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
      await page.getByRole('textbox', { name: 'Recovery key' }).waitFor();
      await axe.check('recover with the recovery key');
      await page.getByRole('button', { name: 'Back' }).click();

      // A damaged practice file: the unlock screen offers the latest backup.
      const file = app.practices.status().current?.path ?? '';
      app.practices.unlock({ passphrase: PASSPHRASE });
      backupNow(app.practices, clockAt(new Date()));
      app.practices.lock();
      writeFileSync(file, randomBytes(64 * 1024));
      await page.reload();
      await page.getByLabel('Passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('heading', { name: 'This practice file cannot be opened' }).waitFor();
      await axe.check('damaged practice');

      expect(axe.report()).toEqual([]);
      expect(app.blockedRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('accessibility: a practice in use', () => {
  let app: AppHarness;
  let page: Page;

  beforeAll(async () => {
    app = await startApp(browser, { colorScheme: 'light' });
    app.practices.create({ name: 'Rivera Coaching', coachName: 'Ana Rivera', passphrase: PASSPHRASE });
    seed(app);
    page = app.page;
    await app.open();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('clients: the list, a client page and its dialogs', async () => {
    const axe = auditor(page);
    await page.keyboard.press('Control+1');
    const list = page.getByRole('listbox', { name: 'Clients' });
    await list.getByRole('option', { name: /Nguyễn Thị Lan/ }).waitFor();
    await axe.check('clients list');

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Go to…' });
    await palette.waitFor();
    await expect
      .poll(() => palette.getByRole('combobox').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.keyboard.type('lan');
    await palette.getByRole('option').first().waitFor();
    await axe.check('command palette');
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });

    await list.getByRole('option', { name: /Nguyễn Thị Lan/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).waitFor();
    await page.getByRole('img', { name: /^Wheel of Life,/ }).waitFor();
    await axe.check('client page');

    const wheel = page.getByRole('region', { name: 'Wheel of Life' });
    await wheel.getByRole('button', { name: 'Table' }).click();
    await axe.check('wheel of life as a table');
    await wheel.getByRole('button', { name: 'Chart' }).click();
    await wheel.getByRole('button', { name: 'New Wheel of Life' }).click();
    await wheel.getByRole('form', { name: 'New Wheel of Life' }).waitFor();
    await axe.check('new wheel of life');
    await wheel.getByRole('button', { name: 'Cancel' }).click();

    const goals = page.getByRole('region', { name: /^Goals/ }).first();
    await goals.getByRole('button', { name: 'Add progress' }).first().click();
    await axe.check('goal progress form');
    await goals.getByRole('button', { name: 'Cancel' }).click();
    await goals.getByRole('button', { name: 'Edit goal Lead my first team with confidence' }).click();
    await axe.check('goal form');
    await goals.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Edit Nguyễn Thị Lan' });
    await form.waitFor();
    await axe.check('client form');
    await form.getByLabel('Email', { exact: true }).fill('lan@');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Enter an email address like name@example.com.').waitFor();
    await axe.check('client form, with an error');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'New engagement' }).click();
    const engagementForm = page.getByRole('dialog', { name: 'New engagement' });
    await engagementForm.waitFor();
    await axe.check('engagement form');
    await engagementForm.getByRole('button', { name: 'Create engagement' }).click();
    await engagementForm.getByRole('alert').first().waitFor();
    await axe.check('engagement form, with errors');
    await page.keyboard.press('Escape');
    await engagementForm.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add referral' }).click();
    await page.getByRole('dialog', { name: 'Add a referral' }).waitFor();
    await axe.check('referral form');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Erase…' }).click();
    const erase = page.getByRole('dialog', { name: 'Erase Nguyễn Thị Lan?' });
    await erase.getByText('Also erased:').waitFor();
    await axe.check('erase dialog');
    await page.keyboard.press('Escape');
    await erase.waitFor({ state: 'detached' });

    expect(axe.report()).toEqual([]);
  });

  it('sessions: the list, quick log, notes, search, agenda, calendar import, follow-ups and mentoring', async () => {
    const axe = auditor(page);
    await page.keyboard.press('Control+2');
    const list = page.getByRole('list', { name: 'Sessions' });
    await list.getByRole('listitem').nth(5).waitFor();
    await axe.check('sessions list');

    await page.keyboard.press('Control+l');
    const quickLog = page.getByRole('dialog', { name: 'Log a session' });
    await quickLog.waitFor();
    await axe.check('quick log');
    // Type once the field has the focus and the last engagement (chosen for the coach as the list
    // loads, which selects the field's text) is in: letters typed before would be replaced.
    const engagementField = quickLog.getByRole('combobox', { name: 'Engagement' });
    await expect.poll(() => engagementField.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => engagementField.inputValue()).not.toBe('');
    await page.keyboard.type('circle');
    await quickLog.getByRole('option', { name: /Founders circle/ }).waitFor();
    await axe.check('quick log, choosing an engagement');
    await page.keyboard.press('Enter');
    await quickLog.getByRole('group', { name: 'Who attended' }).waitFor();
    await axe.check('quick log, a group');
    await quickLog.getByRole('button', { name: 'Cancel' }).click();
    await quickLog.waitFor({ state: 'detached' });

    await list
      .getByRole('button', { name: /Nguyễn Thị Lan.*Draft note/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Thị Lan' }).waitFor();
    await page.getByLabel('Goal', { exact: true }).waitFor();
    await axe.check('session page, draft note');
    await page.getByRole('button', { name: 'Define your own template…' }).click();
    await page.getByRole('dialog', { name: 'Define your own template' }).waitFor();
    await axe.check('note template dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('dialog', { name: 'Edit session' }).waitFor();
    await axe.check('edit session');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: 'Delete this session?' }).waitFor();
    await axe.check('delete session dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Finalise note…' }).click();
    await page.getByRole('dialog', { name: 'Finalise this note?' }).waitFor();
    await axe.check('finalise dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'All sessions' }).click();
    await list
      .getByRole('button', { name: /Nguyễn Thị Lan.*Finalised/ })
      .first()
      .click();
    await page.getByText(/^Finalised \w/).waitFor();
    await axe.check('session page, finalised note');

    await page.getByRole('button', { name: 'All sessions' }).click();
    await page.getByRole('searchbox', { name: 'Search notes, goals and commitments' }).fill('delegat');
    const results = page.getByRole('region', { name: 'Search results' });
    await results.getByRole('listitem').first().waitFor();
    await axe.check('search results');
    await page.getByRole('button', { name: 'Clear search' }).click();

    const filter = page.getByRole('combobox', { name: 'Filter by client' });
    await filter.fill('ng');
    await page.getByRole('option', { name: /Nguyễn Thị Lan/ }).waitFor();
    await axe.check('sessions, filtering by client');
    await filter.fill('');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Agenda' }).click();
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await agenda.waitFor();
    await axe.check('agenda');
    await agenda.getByRole('button', { name: 'Day', exact: true }).click();
    await axe.check('agenda, one day');
    await agenda.getByRole('button', { name: 'Week', exact: true }).click();
    app.dialogs.nextOpenFile = calendarFile(app.dataDir);
    await page.getByRole('button', { name: 'Import from calendar…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import from calendar' });
    await importDialog.getByRole('table', { name: 'Calendar events' }).waitFor();
    await axe.check('calendar import preview');
    await page.keyboard.press('Escape');
    await importDialog.waitFor({ state: 'detached' });
    app.dialogs.nextSavePath = null;
    await page.getByRole('button', { name: 'Export .ics…' }).click();
    await page.getByRole('dialog', { name: 'Export to your calendar' }).waitFor();
    await axe.check('calendar export');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Follow-ups' }).click();
    await page.getByText('Share the article on delegating').waitFor();
    await axe.check('follow-ups');
    await page.getByRole('button', { name: 'Next 30 days' }).click();
    await page.getByText('Reach out to three people').waitFor();
    await axe.check('follow-ups, next 30 days');

    await page.getByRole('tab', { name: 'Mentoring & supervision' }).click();
    await page.getByRole('table').waitFor();
    await axe.check('mentoring and supervision');
    await page.getByRole('button', { name: 'Add mentor coaching or supervision' }).click();
    await page.getByRole('dialog', { name: 'Add mentor coaching or supervision' }).waitFor();
    await axe.check('add mentoring received');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Sessions' }).click();

    expect(axe.report()).toEqual([]);
  });

  it('agreements: the list, the editor and templates', async () => {
    const axe = auditor(page);
    await page.keyboard.press('Control+4');
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    await page.getByText('Leadership transition').first().waitFor();
    await axe.check('agreements list');

    await page.getByRole('button', { name: 'New agreement' }).first().click();
    await page.getByRole('button', { name: 'Create draft' }).waitFor();
    await axe.check('new agreement');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByRole('region', { name: 'Edit agreement' }).waitFor();
    await axe.check('agreement editor');
    await page.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByRole('form', { name: 'Client signature' }).waitFor();
    await axe.check('agreement, signing');

    await page.keyboard.press('Control+4');
    await page.getByRole('row').filter({ hasText: 'Signed' }).getByRole('button').click();
    await page.getByRole('heading', { name: 'Signatures' }).waitFor();
    await axe.check('signed agreement');

    await page.keyboard.press('Control+4');
    await page.getByRole('tab', { name: 'Templates' }).click();
    await page.getByLabel('Template text').waitFor();
    await axe.check('agreement templates');
    await page.getByRole('tab', { name: 'Agreements' }).click();

    expect(axe.report()).toEqual([]);
  });

  it('hours: progress, targets, outside hours, CE, log import and exports', async () => {
    const axe = auditor(page);
    await page.keyboard.press('Control+3');
    await page.getByRole('region', { name: 'ICF Associate Certified Coach (ACC)' }).waitFor();
    await axe.check('hours');
    await page
      .getByRole('region', { name: 'Hours over time' })
      .getByRole('button', { name: 'Show as table' })
      .click();
    await axe.check('hours, charts as tables');

    await page.getByRole('button', { name: 'Credential targets…' }).click();
    await page.getByRole('dialog', { name: 'Credential targets' }).waitFor();
    await axe.check('credential targets');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add hours logged elsewhere' }).click();
    const manual = page.getByRole('dialog', { name: 'Add hours logged elsewhere' });
    await manual.getByLabel('Client name').fill('Jonas Berg');
    await manual.getByLabel('Start date').fill('2024-11-04');
    await manual.getByLabel('End date').fill('2024-10-01');
    await manual.getByLabel('Paid hours').fill('1,5h');
    await manual.getByRole('button', { name: 'Add hours' }).click();
    await manual.getByText('The end date is before the start date.').waitFor();
    await axe.check('hours logged elsewhere, with errors');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add continuing education' }).click();
    await page.getByRole('dialog', { name: 'Add continuing education' }).waitFor();
    await axe.check('continuing education');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Import existing log…' }).click();
    const importLog = page.getByRole('dialog', { name: 'Import existing log' });
    await importLog.waitFor();
    await axe.check('log import');
    app.dialogs.nextOpenFile = hoursLogFile(app.dataDir);
    await importLog.getByRole('button', { name: 'Choose file…' }).click();
    await importLog.getByRole('table', { name: 'Rows in the file' }).waitFor();
    await axe.check('log import preview');
    await page.keyboard.press('Escape');
    await importLog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Exports' }).click();
    await page.getByRole('dialog', { name: 'Exports' }).waitFor();
    await axe.check('exports');
    await page.keyboard.press('Escape');

    expect(axe.report()).toEqual([]);
  });

  it('shows where the keyboard focus is, screen by screen', async () => {
    const fromTop = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const missing: string[] = [];
    const walk = async (screen: string, stops: number) => {
      for (const stop of await stopsWithoutVisibleFocus(page, stops)) missing.push(`${screen}: ${stop}`);
    };

    await page.keyboard.press('Control+1');
    const list = page.getByRole('listbox', { name: 'Clients' });
    await list.getByRole('option').first().waitFor();
    await fromTop();
    await walk('clients list', 14);

    await list.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await walk('client page', 20);

    await page.getByRole('button', { name: 'New engagement' }).focus();
    await page.keyboard.press('Enter');
    const engagementForm = page.getByRole('dialog', { name: 'New engagement' });
    await engagementForm.waitFor();
    await walk('engagement form', 30);
    await page.keyboard.press('Escape');
    await engagementForm.waitFor({ state: 'detached' });

    await page.keyboard.press('Control+2');
    await page.getByRole('list', { name: 'Sessions' }).getByRole('listitem').first().waitFor();
    await fromTop();
    await walk('sessions list', 16);

    await page.keyboard.press('Control+l');
    const quickLog = page.getByRole('dialog', { name: 'Log a session' });
    await quickLog.waitFor();
    await walk('quick log', 16);
    await page.keyboard.press('Escape');
    await quickLog.waitFor({ state: 'detached' });

    await page
      .getByRole('list', { name: 'Sessions' })
      .getByRole('button', { name: /Draft note/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Template').waitFor();
    await walk('session page', 24);
    await page.getByRole('button', { name: 'All sessions' }).focus();
    await page.keyboard.press('Enter');

    await page.keyboard.press('Control+4');
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    await fromTop();
    await walk('agreements', 12);

    await page.keyboard.press('Control+3');
    await page.getByRole('heading', { level: 1, name: 'Hours' }).waitFor();
    await fromTop();
    await walk('hours', 24);

    await page.keyboard.press('Control+5');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await fromTop();
    await walk('settings', 14);
    await page.getByRole('tab', { name: 'Practice' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    await walk('settings: profile', 14);
    await page.getByRole('tab', { name: 'Profile' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByLabel('Current passphrase').waitFor();
    await walk('settings: security', 10);

    await page.keyboard.press('Control+Shift+L');
    await page.getByLabel('Passphrase').waitFor();
    await walk('unlock', 6);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();

    expect(missing).toEqual([]);
  });

  it('settings: practice, security, backups, record keeping and activity', async () => {
    const axe = auditor(page);
    await page.keyboard.press('Control+5');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await axe.check('settings: practice');
    const tab = (name: string) => page.getByRole('tab', { name });

    await tab('Profile').click();
    await page.getByRole('heading', { name: 'Practice defaults' }).waitFor();
    await axe.check('settings: profile');

    await tab('Security').click();
    await page.getByRole('heading', { name: 'Recovery key' }).waitFor();
    await axe.check('settings: security');
    await page.getByLabel('Current passphrase').fill('not my passphrase');
    await page.getByLabel('New passphrase', { exact: true }).fill('amber harbour lanterns');
    await page.getByLabel('Repeat new passphrase').fill('amber harbour lanterns');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await page.getByText('That passphrase is not right.').waitFor();
    await axe.check('settings: security, wrong passphrase');
    await page.getByRole('button', { name: 'Create a new recovery key…' }).click();
    await page.getByRole('dialog', { name: 'Create a new recovery key?' }).waitFor();
    await axe.check('new recovery key dialog');
    await page.keyboard.press('Escape');

    await tab('Backups').click();
    await page.getByRole('table', { name: 'Saved backups' }).waitFor();
    await axe.check('settings: backups');
    await page
      .getByRole('button', { name: /^Preview/ })
      .first()
      .click();
    await page.getByRole('dialog', { name: 'Backup preview' }).getByText('Clients').waitFor();
    await axe.check('backup preview');
    await page.getByRole('dialog').getByRole('button', { name: 'Restore…' }).click();
    await page
      .getByRole('dialog', { name: /^Restore the backup of/ })
      .getByText('This backup holds')
      .waitFor();
    await axe.check('restore dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await tab('Record keeping').click();
    await page.getByRole('table', { name: 'Due for disposal' }).waitFor();
    await axe.check('settings: record keeping');
    await page.getByRole('button', { name: 'Delete permanently…' }).click();
    const dispose = page.getByRole('dialog', { name: /permanently\?$/ });
    await dispose.getByRole('button', { name: 'Delete permanently' }).click();
    await dispose.getByRole('alert').first().waitFor();
    await axe.check('disposal dialog, with an error');
    await page.keyboard.press('Escape');

    await tab('Activity').click();
    await page.getByRole('region', { name: 'Activity log' }).waitFor();
    await axe.check('settings: activity');

    expect(axe.report()).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });
});
