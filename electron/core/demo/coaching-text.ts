import type { Rng } from './prng';

/**
 * The words of the demo's coaching records: one theme per engagement (what the client chose to
 * work on), with sentences for each part of a note, goals, commitments and progress. Placeholders:
 * {name} the client, {other} someone in their life, {n} a small number, {day} a weekday.
 * Accented words are deliberate: search must find "reunión" when the coach types "reunion".
 */
export interface Theme {
  focus: string;
  goals: readonly (readonly [title: string, measure: string, plan: string])[];
  goal: readonly string[];
  reality: readonly string[];
  options: readonly string[];
  will: readonly string[];
  commitments: readonly string[];
  progress: readonly string[];
}

export const THEMES: readonly Theme[] = [
  {
    focus: 'Stepping into a first management role',
    goals: [
      [
        'Lead the weekly reunión with confidence',
        'Team feedback after 6 weeks; fewer than 2 meetings overrun',
        'Agenda shared a day early; rotate the note-taker; close with decisions.',
      ],
      [
        'Delegate instead of doing it all',
        'Three recurring tasks handed over by the end of the quarter',
        'List tasks, pick owners, agree check-ins, resist taking them back.',
      ],
    ],
    goal: [
      'Wants to walk into Monday’s reunión feeling prepared rather than on the back foot.',
      '{name} wants to stop being the bottleneck for every decision on the team.',
      'Goal for today: a delegation plan {name} can actually keep to.',
      'Prepare for the first one-to-ones with the {n} people who now report to {name}.',
    ],
    reality: [
      'Still doing most of the reporting personally; works until 21:00 two or three nights a week.',
      '{other} used to be a peer and now reports to {name}; the first conversation felt awkward.',
      'Describes the team as capable but “waiting for permission”.',
      'Noticed a pattern: says yes in the meeting, regrets it by the evening.',
      'The reunión overran by 40 minutes last week and ended without decisions.',
    ],
    options: [
      'Named three options: a rota for the reporting, a shared checklist, or asking {other} to own it.',
      'Could ask the team what they would change about the meetings before changing anything.',
      'Explored saying “let me come back to you by {day}” instead of an instant yes.',
      'Brainstormed how a good manager in {name}’s past handled the same tension.',
    ],
    will: [
      'Will hand the monthly report to {other} with a 20-minute walkthrough on {day}.',
      'Will send the agenda 24 h before the reunión and time-box each item.',
      'Will try the “come back to you by {day}” phrase at least twice this week.',
      'Will book one-to-ones with each of the {n} team members before our next session.',
    ],
    commitments: [
      'Send the reunión agenda the day before',
      'Hand over the monthly report to {other}',
      'Book one-to-ones with each team member',
      'Notice and write down each time I take a task back',
    ],
    progress: [
      'First delegated task went well; {other} asked for more.',
      'The last two meetings finished on time with clear decisions.',
      'Still taking tasks back under pressure, but noticing it sooner.',
    ],
  },
  {
    focus: 'Career change into a new field',
    goals: [
      [
        'Land interviews for UX research roles',
        'Three interviews within two months',
        'Rewrite the résumé around research skills; ten tailored applications; two coffee chats a week.',
      ],
      [
        'Decide whether to retrain or move sideways',
        'A decision {name} feels settled about, written down with reasons',
        'Two informational interviews per path, then a pros-and-cons session.',
      ],
    ],
    goal: [
      '{name} wants clarity on whether to leave teaching this year or next.',
      'Today: reshape the résumé so it tells a career-change story.',
      'Prepare for Thursday’s entrevista with a design agency.',
      'Explore what “meaningful work” means to {name}, concretely.',
    ],
    reality: [
      'Has sent 14 applications with the same résumé and heard back from one.',
      'Finances allow about six months of transition; partner is supportive but anxious.',
      'Feels like a naïve beginner next to people with ten years in the field.',
      'Has done {n} volunteer research projects that never made it onto the CV.',
      'Went to a meetup at Café Lumière and enjoyed talking shop more than expected.',
    ],
    options: [
      'Options: a bootcamp, a part-time certificate, or a sideways move inside the current employer.',
      'Could ask {other} for an introduction to the research lead at her company.',
      'Reframe teaching experience as facilitation, interviewing and synthesis.',
      'Try a two-week “prototype” of the new job through a small freelance project.',
    ],
    will: [
      'Will rewrite the résumé summary and the top three bullets before {day}.',
      'Will book two coffee chats with people who made the same switch.',
      'Will practise the career-change story out loud three times before the entrevista.',
      'Will set a decision date and tell {other} about it.',
    ],
    commitments: [
      'Rewrite the résumé summary',
      'Book two coffee chats with career changers',
      'Apply to three roles with tailored letters',
      'Practise the entrevista answers out loud',
    ],
    progress: [
      'Two interviews booked after the résumé rewrite.',
      'Decided on the part-time certificate; enrolled for September.',
      'Coffee chats gave three new leads.',
    ],
  },
  {
    focus: 'Boundaries, energy and preventing burnout',
    goals: [
      [
        'Protect evenings and weekends',
        'Work email closed by 19:00 on four days out of five',
        'Notifications off after 19:00; a shutdown ritual; tell the team.',
      ],
      [
        'Sleep seven hours most nights',
        'Sleep diary shows 7 h on five nights a week',
        'Screens off at 22:30; a short walk after lunch; track it for a month.',
      ],
    ],
    goal: [
      '{name} wants to feel rested on a Monday for the first time in months.',
      'Today’s focus: what a sustainable week would look like, hour by hour.',
      'Work out which commitments to drop, and how to say so.',
    ],
    reality: [
      'Sleeping about five hours; checks email in bed.',
      'Energy is lowest on Wednesdays, after back-to-back meetings.',
      'Said yes to {n} extra projects this quarter; none were hers to take.',
      'Clear that this is a coaching question, not a clinical one: mood is fine, the calendar is not.',
      'Has not taken a full day off since the summer.',
    ],
    options: [
      'Explored a “no meetings before 10:00” rule, a shutdown ritual, and a weekly review.',
      'Could hand one project back to {other} with a clear reason.',
      'Walking meetings for the 1:1s that do not need a screen.',
    ],
    will: [
      'Will turn off email notifications after 19:00 and keep a sleep diary.',
      'Will tell {other} on {day} that she is stepping back from the second project.',
      'Will block two focus mornings and protect them.',
    ],
    commitments: [
      'Keep a sleep diary for two weeks',
      'Turn off email notifications after 19:00',
      'Tell {other} about stepping back from the project',
      'Block two focus mornings in the calendar',
    ],
    progress: [
      'Sleep up to 6.5 h on most nights.',
      'Handed one project back; felt guilty for a day, then relieved.',
      'Evenings protected four days out of five last week.',
    ],
  },
  {
    focus: 'Founder: fundraising and pitching',
    goals: [
      [
        'Close a seed round',
        'Term sheet signed by the end of Q3',
        'Refine the pitch; 30 investor conversations; weekly pipeline review.',
      ],
      [
        'Pitch with calm and clarity',
        'Self-rated calm 7/10 or higher in pitches',
        'Rehearse with a timer; record and review; a pre-pitch routine.',
      ],
    ],
    goal: [
      '{name} wants the pitch to sound like a story, not a spreadsheet.',
      'Prepare for {n} investor meetings next week.',
      'Decide how much of the company to give away, and what matters beyond the money.',
    ],
    reality: [
      'Eleven investor meetings so far, two second meetings, no term sheet.',
      'Co-founder {other} wants to wait a year; {name} wants to raise now.',
      'Feels a déjà vu of the last company, which ran out of runway.',
      'The demo works; the pitch deck has 31 slides.',
    ],
    options: [
      'Cut the deck to 12 slides; open with the customer story.',
      'Ask {other} for a structured conversation about timing, with a decision date.',
      'Explore angel investors and a grant instead of a priced round.',
    ],
    will: [
      'Will rehearse the new opening with a timer three times before {day}.',
      'Will write down the three conditions under which waiting a year makes sense.',
      'Will send the short deck to {n} investors who asked for it.',
    ],
    commitments: [
      'Cut the deck to 12 slides',
      'Rehearse the pitch opening with a timer',
      'Structured timing conversation with {other}',
      'Update the investor pipeline',
    ],
    progress: [
      'Second meetings with two funds after the new opening.',
      'Agreed timing with {other}: raise now, smaller round.',
      'Pitches feel calmer; self-rated 7/10.',
    ],
  },
  {
    focus: 'A difficult conversation with a manager',
    goals: [
      [
        'Ask for the promotion conversation',
        'Meeting held and next steps agreed',
        'Gather evidence; script the opening; rehearse; book the meeting.',
      ],
    ],
    goal: [
      '{name} wants to raise the promotion question with {other} without sounding resentful.',
      'Today: rehearse the first two minutes of the conversation.',
    ],
    reality: [
      'Has been doing the senior role for eight months without the title.',
      '{other} is supportive in 1:1s but vague about timelines.',
      'Worries about being seen as “demanding”, a word from a previous review.',
    ],
    options: [
      'Lead with impact and a clear ask; or ask {other} what the criteria are first.',
      'Write the evidence in three bullets: revenue, team, a client quote.',
      'Role-play both a good and a difficult response.',
    ],
    will: [
      'Will book the meeting with {other} for {day} and send a one-line agenda.',
      'Will bring the three bullets and ask for criteria and a date.',
    ],
    commitments: [
      'Book the meeting with {other}',
      'Write the three evidence bullets',
      'Rehearse the opening out loud',
    ],
    progress: [
      'Meeting happened; promotion case goes to the panel in {n} weeks.',
      'Felt steady in the conversation; criteria now written down.',
    ],
  },
  {
    focus: 'Returning to work after parental leave',
    goals: [
      [
        'A return plan that works for the family',
        'Three weeks back with the crèche routine holding',
        'Phased return; agree core hours; backup plan with {other}.',
      ],
    ],
    goal: [
      '{name} wants to go back with a plan rather than just “see how it goes”.',
      'Work out what to say yes and no to in the first month back.',
    ],
    reality: [
      'The crèche opens at 8:00; the team’s stand-up is at 8:15.',
      'Feels out of the loop; {n} people joined the team during the leave.',
      'Partner {other} can do two pick-ups a week.',
    ],
    options: [
      'Ask to move the stand-up, join remotely, or get a written summary.',
      'Coffee with each new colleague in the first two weeks.',
      'Phased return: three days, then four.',
    ],
    will: [
      'Will propose the phased return and core hours to the manager by {day}.',
      'Will set up coffee with the {n} new colleagues.',
    ],
    commitments: [
      'Propose the phased return plan',
      'Coffee with each new colleague',
      'Agree the pick-up rota with {other}',
    ],
    progress: ['First two weeks back went better than feared.', 'Core hours agreed in writing.'],
  },
  {
    focus: 'Public speaking and presence',
    goals: [
      [
        'Give the conference talk',
        'Talk delivered; self-rated nerves 5/10 or lower',
        'Outline, rehearse to camera, a friendly test audience, a pre-talk routine.',
      ],
    ],
    goal: [
      '{name} wants to enjoy presenting instead of surviving it.',
      'Prepare the opening of the talk at the conference in {n} weeks.',
    ],
    reality: [
      'Heart races for the first two minutes, then it settles.',
      'Reads from the slides when nervous; knows it.',
      'Did a great job at the team offsite when it felt informal.',
    ],
    options: [
      'Open with a question to the room; fewer words on slides; rehearse the first minute most.',
      'Treat the talk as an offsite conversation with a bigger room.',
      'A short breathing routine before going on.',
    ],
    will: [
      'Will record the opening on video and watch it once, kindly.',
      'Will present the draft to {other} and two colleagues on {day}.',
    ],
    commitments: [
      'Record the opening on video',
      'Dry run with {other} and colleagues',
      'Cut slide text by half',
    ],
    progress: ['Dry run went well; cut the slides to images.', 'Talk delivered; nerves 4/10.'],
  },
  {
    focus: 'Settling in a new country',
    goals: [
      [
        'Build a local network',
        'Five new professional contacts and one friend group',
        'A language exchange, a meetup a month, coffee with colleagues.',
      ],
    ],
    goal: [
      '{name} wants the new city to feel like home, not a posting.',
      'Today: what saudade is telling {name} about what matters.',
    ],
    reality: [
      'Arrived {n} months ago; work is fine, evenings are lonely.',
      'Misses the café culture at home and the Sunday lunches.',
      'Language is improving; still avoids phone calls.',
    ],
    options: [
      'A language exchange, a choir, volunteering at the community center.',
      'Invite {other} from work for lunch.',
      'Cook the Sunday lunch here and invite neighbours.',
    ],
    will: ['Will sign up for the language exchange on {day}.', 'Will invite {other} for lunch this week.'],
    commitments: [
      'Sign up for the language exchange',
      'Invite {other} for lunch',
      'Make one phone call in the new language',
    ],
    progress: ['Joined a choir; two new friends.', 'First phone call in the new language went fine.'],
  },
  {
    focus: 'Confidence and the “impostor” voice',
    goals: [
      [
        'Speak up in leadership meetings',
        'One contribution in every leadership meeting for a month',
        'Prepare one point in advance; notice the voice; speak in the first ten minutes.',
      ],
    ],
    goal: [
      '{name} wants to stop rehearsing every sentence before saying it.',
      'Explore where the “you don’t belong here” voice shows up.',
    ],
    reality: [
      'The voice is loudest with senior stakeholders, quiet with clients.',
      'Has a track record: {n} successful projects this year.',
      'Compares herself to {other}, who seems effortless.',
    ],
    options: [
      'Keep an evidence file; speak in the first ten minutes; ask {other} how it looks from outside.',
      'Name the voice; treat it as a nervous colleague, not the truth.',
    ],
    will: [
      'Will prepare one point for each leadership meeting and say it early.',
      'Will start the evidence file tonight with three entries.',
    ],
    commitments: ['Start the evidence file', 'Speak in the first ten minutes of the leadership meeting'],
    progress: ['Spoke early in three meetings; one idea adopted.', 'Evidence file has 12 entries.'],
  },
  {
    focus: 'Time, focus and procrastination',
    goals: [
      [
        'Finish the thesis chapter',
        'Chapter sent to the supervisor',
        'Two-hour focus blocks; a visible plan; weekly review.',
      ],
    ],
    goal: [
      '{name} wants to finish what matters instead of what is loud.',
      'Plan the next two weeks around one priority.',
    ],
    reality: [
      'Starts the day with email and loses the morning.',
      'The chapter has been “almost done” for {n} weeks.',
      'Works best early, before the house wakes up.',
    ],
    options: [
      'Mornings for the chapter, afternoons for email; a body-double session with {other}.',
      'Split the chapter into five small pieces.',
    ],
    will: [
      'Will protect 7:00–9:00 for the chapter on four days.',
      'Will send the first section to {other} by {day}.',
    ],
    commitments: ['Protect 7:00–9:00 for deep work', 'Send the first section to {other}'],
    progress: ['Three sections drafted.', 'Chapter sent; feedback due next week.'],
  },
  {
    focus: 'Team coaching: trust and ways of working',
    goals: [
      [
        'Agree team working norms',
        'A one-page charter the whole team signs up to',
        'Two workshops, a retrospective, a review after a month.',
      ],
    ],
    goal: [
      'The team wants to stop relitigating decisions in the corridor.',
      'Today: surface what each person needs from the others.',
    ],
    reality: [
      'Two sub-teams after the merger; different habits around deadlines.',
      '{other} does most of the talking; {n} people said little.',
      'They agree on the goal, disagree on the how.',
    ],
    options: [
      'Round-robin check-ins; a decision log; a “disagree and commit” rule.',
      'Pairs across the old sub-teams for the next sprint.',
    ],
    will: [
      'Team will draft the charter and try the decision log for two weeks.',
      '{other} will facilitate the next retrospective.',
    ],
    commitments: [
      'Draft the team charter',
      'Keep a decision log for two weeks',
      '{other} to facilitate the retrospective',
    ],
    progress: ['Charter agreed; decision log in use.', 'Retrospective showed more voices in the room.'],
  },
  {
    focus: 'Job readiness (community programme)',
    goals: [
      [
        'Find stable work',
        'An offer for a job with a contract',
        'CV, mock interviews, three applications a week, references.',
      ],
    ],
    goal: [
      '{name} wants a job that fits around the children’s school hours.',
      'Practise the entrevista for the warehouse supervisor role.',
    ],
    reality: [
      'Worked {n} years in hospitality before moving; qualifications not recognised yet.',
      'Confidence dropped after several rejections; very motivated.',
      'Has childcare on weekdays until 15:00.',
    ],
    options: [
      'Apply for school-hours roles; ask the community center about the recognition process.',
      'Volunteer reference from {other}.',
    ],
    will: ['Will send three applications before {day}.', 'Will ask {other} for a reference letter.'],
    commitments: [
      'Send three applications',
      'Ask {other} for a reference letter',
      'Mock interview at the centre',
    ],
    progress: ['Two interviews; one second round.', 'Offer accepted — starts in two weeks.'],
  },
  {
    focus: 'Retirement transition',
    goals: [
      [
        'Design the first year after retiring',
        'A written plan for the first year with three anchors',
        'Values exercise, try-outs, a conversation with {other}.',
      ],
    ],
    goal: [
      '{name} wants retirement to be a beginning, not an ending.',
      'Explore identity beyond the job title.',
    ],
    reality: [
      'Retires in {n} months after 34 years at the same company.',
      'Excited about time; worried about structure and purpose.',
      'Partner {other} retired two years ago and has a full calendar.',
    ],
    options: [
      'Mentoring young engineers, the community garden, learning the cello.',
      'A part-time consulting day a week.',
    ],
    will: [
      'Will try a morning at the community garden on {day}.',
      'Will list ten things he has postponed “until retirement”.',
    ],
    commitments: ['Visit the community garden', 'Write the list of postponed things'],
    progress: ['Signed up to mentor two graduates.', 'First cello lesson booked.'],
  },
  {
    focus: 'Healthy habits: movement and energy',
    goals: [
      [
        'Run a 10 km race',
        '10 km finished in the spring race',
        'Three runs a week, a plan, a running buddy.',
      ],
    ],
    goal: [
      '{name} wants movement to be part of the week, not a New Year’s resolution.',
      'Today: what gets in the way of the morning run.',
    ],
    reality: [
      'Runs twice a week when travel allows.',
      'Travel {n} days a month breaks every routine.',
      'Enjoys it once out of the door.',
    ],
    options: [
      'Hotel-room workouts on travel days; run with {other} on Saturdays.',
      'Shorter runs rather than skipped runs.',
    ],
    will: [
      'Will run Monday, Wednesday and Saturday this week, even if only 20 minutes.',
      'Will ask {other} about Saturday runs.',
    ],
    commitments: ['Three runs this week', 'Ask {other} about Saturday runs'],
    progress: ['Running three times a week for a month.', 'Race finished: 58 minutes.'],
  },
];

export const CCC_RAPPORT = [
  'Warm start; {name} arrived straight from a difficult meeting and took a minute to land.',
  'Easy connection; lots of laughter about the week.',
  'Slightly guarded at first; opened up once we named the topic.',
  'Good energy; {name} had clearly thought about the session in advance.',
  'Quieter than usual, tired; we agreed a slower pace.',
];

export const CCC_COMMUNICATION = [
  'Heard “I should” {n} times; reflected it back and {name} laughed at it.',
  'Noticed the voice speed up when talking about {other}.',
  'Used silence after the big question; {name} filled it with the real issue.',
  'Client used the word “reunión” for every meeting: a team habit from Madrid.',
  'Body language shifted when the options felt real.',
];

export const CCC_EXPLORATION = [
  'Discovered that the fear is about being seen to fail, not about failing.',
  'Realised the deadline is self-imposed.',
  '{name} saw that the same pattern shows up at home and at work.',
  'Named a value — fairness — underneath the frustration.',
  'Kintsugi came up as a metaphor: repairs as part of the story.',
];

export const FREE_OPENERS = [
  'Check-in: {name} is in a better place than last time.',
  'Short session today; {name} had a hard stop at the hour.',
  'Reviewed last session’s commitments first.',
  'Session held by video; connection dropped once.',
  'Met at the café near her office; noisy but relaxed.',
];

export const REFLECTIONS = [
  'I jumped to options too early; next time stay longer in Reality.',
  'Noticed my own urge to reassure. Stayed with the question instead.',
  'Good use of silence. The client did the work.',
  'Check my assumption that this is about confidence; it may be about values.',
  'Felt a pull to give advice about the CV; named it and asked permission.',
  'Topic touched on low mood: checked in; within coaching, but keep an eye on it.',
  '',
  '',
  '',
];

export const ADDENDA = [
  'Addendum: client emailed after the session — the conversation with {other} went well.',
  'Addendum: corrected the date of the next session (moved to {day}).',
  'Addendum: client asked that the note about {other} be kept general. Agreed; no change to the original.',
  'Addendum: follow-up call of 10 minutes; the plan stands.',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
export const OTHERS = [
  'Marta',
  'Jonas',
  'Aoife',
  'Raúl',
  'Ngozi',
  'Pierre',
  'Mei',
  'Dmitri',
  'Fatou',
  'Björn',
  'Inês',
  'Kwame',
];

/** Fills {name}, {other}, {n} and {day} (a day from `weekdays`, in the practice's language). */
export function fill(rng: Rng, text: string, name: string, weekdays: readonly string[]): string {
  return text.replace(/\{(name|other|n|day)\}/g, (_, key: string) => {
    if (key === 'name') return name;
    if (key === 'other') return rng.pick(OTHERS);
    if (key === 'n') return String(rng.int(2, 6));
    return rng.pick(weekdays);
  });
}

/** One to `max` distinct sentences from a list, filled. */
export function sentences(
  rng: Rng,
  list: readonly string[],
  name: string,
  max: number,
  weekdays: readonly string[],
): string {
  const count = Math.min(list.length, rng.int(1, max));
  return rng
    .sample(list, count)
    .map((s) => fill(rng, s, name, weekdays))
    .join(' ');
}
