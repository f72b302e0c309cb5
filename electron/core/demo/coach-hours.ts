import { COACH, MENTORS } from './content';
import type { DemoRun } from './plan';
import { DAY_MS, isoDay, zonedInstant } from './zoned';

/** The coach's own hours records, beside the sessions: what the credential hour rules count. */

/**
 * Mentor coaching for the ACC (3 one-to-one hours and 5 group sessions over four months),
 * quarterly supervision, and the CE courses.
 */
export function writeReceivedAndCe(run: DemoRun): void {
  const { rng, words, writer, summary, nowMs, todayMs } = run;
  const mentorStart = todayMs - 420 * DAY_MS;
  const [mentor, mentorCredential] = MENTORS[0];
  const [groupMentor, groupCredential] = MENTORS[1];
  const plan: [number, 'individual' | 'group', number][] = [
    [0, 'individual', 60],
    [14, 'group', 90],
    [28, 'group', 90],
    [42, 'individual', 60],
    [56, 'group', 90],
    [84, 'group', 90],
    [98, 'group', 90],
    [120, 'individual', 60],
  ];
  for (const [offset, modeOf, minutes] of plan) {
    const startsAt = zonedInstant(isoDay(mentorStart + offset * DAY_MS), 17, 0, COACH.zone);
    writer.received(
      {
        kind: 'mentor-coaching',
        providerName: modeOf === 'individual' ? mentor : groupMentor,
        providerCredential: modeOf === 'individual' ? mentorCredential : groupCredential,
        mode: modeOf,
        groupSize: modeOf === 'group' ? 6 : null,
        startsAt: startsAt.toISOString(),
        durationMinutes: minutes,
        notes: modeOf === 'group' ? words.mentorNotes.group : words.mentorNotes.individual,
      },
      new Date(startsAt.getTime() + (minutes + 30) * 60_000),
    );
    summary.received++;
  }
  const [supervisor, supervisorCredential] = words.supervisors[0] ?? ['', ''];
  for (let q = 0; q < 8; q++) {
    const startsAt = zonedInstant(isoDay(todayMs - (700 - q * 90) * DAY_MS), 8, 30, COACH.zone);
    if (startsAt.getTime() > nowMs) break;
    writer.received(
      {
        kind: 'supervision',
        providerName: supervisor,
        providerCredential: supervisorCredential,
        mode: 'individual',
        groupSize: null,
        startsAt: startsAt.toISOString(),
        durationMinutes: 60,
        notes: rng.pick(words.supervisionNotes),
      },
      new Date(startsAt.getTime() + 90 * 60_000),
    );
    summary.received++;
  }
  words.ceCourses.forEach(([provider, course, category, ethics], i) => {
    const date = isoDay(todayMs - (690 - i * 65) * DAY_MS);
    writer.ce(
      { provider, course, date, units: [1.5, 3, 6, 2, 4.5, 3, 1, 7.5, 2, 3][i] ?? 2, category, ethics },
      new Date(Date.parse(`${date}T18:00:00Z`)),
    );
    summary.ce++;
  });
}

/** A log kept before Coachbook, between the start of training and the first session here. */
export function writeManualHours(run: DemoRun): void {
  const { rng, words, writer, summary, earliest, trainingStart } = run;
  const entries: [string, number, number, number, boolean][] = [
    ['ingrid.holm@example.com', 1, 600, 0, true],
    ['paulo.reis@example.org', 1, 480, 120, true],
    ['+971 50 555 0143', 1, 0, 360, true],
    ['kenji.mori@example.net', 1, 720, 0, false],
    ['chidi.okeke@example.com', 5, 540, 0, true],
    ['lucia.f@example.com', 1, 300, 60, true],
  ];
  const from = Date.parse(`${trainingStart}T00:00:00Z`) + 10 * DAY_MS;
  entries.forEach(([contact, groupSize, paid, proBono, listed], i) => {
    const clientName = words.manualHoursClients[i] ?? '';
    const start = from + i * 9 * DAY_MS;
    const end = Math.min(start + rng.int(20, 60) * DAY_MS, earliest - DAY_MS);
    writer.manualHours(
      {
        clientName,
        clientContact: contact,
        mode: groupSize > 1 ? 'group' : 'individual',
        groupSize,
        startDate: isoDay(start),
        endDate: isoDay(Math.max(start, end)),
        paidMinutes: paid,
        proBonoMinutes: proBono,
        mayBeListed: listed,
      },
      new Date(earliest + 3_600_000 * (10 + i)),
    );
    summary.manualHours++;
    summary.manualMinutes.paid += paid;
    summary.manualMinutes.proBono += proBono;
  });
}
