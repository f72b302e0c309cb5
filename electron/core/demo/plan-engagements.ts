import type { EngagementFields, EngagementKind } from '../../shared/engagements';
import { THEMES, type Theme } from './coaching-text';
import { COACH, COACH_EMPLOYER, ORGANISATIONS } from './content';
import type { EngagementStatus, PlannedClient, PlannedEngagement } from './plan';
import type { Rng } from './prng';
import type { DemoWords } from './words';

/**
 * The demo's engagements: one or two per engaged client, every kind present even in a small
 * practice, plus a few groups and teams drawn from the engaged clients.
 */

export function planEngagements(rng: Rng, words: DemoWords, clients: PlannedClient[]): PlannedEngagement[] {
  const engaged: PlannedClient[] = [];
  clients.forEach((c, i) => {
    const prospect = clients.length >= 10 && (i === 3 || rng.chance(0.05));
    if (!prospect) engaged.push(c);
  });
  if (engaged.length === 0 && clients[0]) engaged.push(clients[0]);

  const engagements: PlannedEngagement[] = [];
  // Every kind appears even in a small practice: the first engaged clients take them in turn.
  const forced: (EngagementKind | 'barter' | 'pro-bono')[] = [
    'peer',
    'internal',
    'sponsored',
    'barter',
    'pro-bono',
  ];
  engaged.forEach((client, i) => {
    const choice =
      forced[i] ??
      rng.weighted<EngagementKind | 'barter' | 'pro-bono'>([
        ['individual', 66],
        ['sponsored', 12],
        ['internal', 8],
        ['peer', 5],
        ['pro-bono', 6],
        ['barter', 3],
      ]);
    if (rng.chance(0.12)) {
      engagements.push(planEngagement(rng, words, 'individual', [client], 'completed', 'per-session'));
    }
    const kind: EngagementKind = choice === 'barter' || choice === 'pro-bono' ? 'individual' : choice;
    const fee = choice === 'barter' ? 'barter' : choice === 'pro-bono' ? 'pro-bono' : null;
    const status =
      i < 3
        ? 'active'
        : rng.weighted<EngagementStatus>([
            ['active', 55],
            ['completed', 30],
            ['paused', 7],
            ['cancelled', 3],
            ['planned', 5],
          ]);
    engagements.push(planEngagement(rng, words, kind, [client], status, fee));
  });
  const multi = (kind: 'group' | 'team', count: number) => {
    for (let g = 0; g < count; g++) {
      const size = Math.min(engaged.length, rng.int(3, 12));
      if (size < 2) return;
      const members = rng.sample(engaged, size);
      const status =
        g === 0
          ? 'active'
          : rng.weighted<EngagementStatus>([
              ['active', 55],
              ['completed', 40],
              ['paused', 5],
            ]);
      engagements.push(planEngagement(rng, words, kind, members, status, null));
    }
  };
  multi('group', Math.max(1, Math.round(clients.length * 0.025)));
  multi('team', Math.max(1, Math.round(clients.length * 0.015)));

  return engagements;
}

/**
 * Team coaching and the community programme are themes of their own engagement kinds. Themes
 * are found by their place in THEMES, which every language keeps.
 */
const TEAM_THEME = THEMES.findIndex((t) => t.focus.startsWith('Team coaching'));
const COMMUNITY_THEME = THEMES.findIndex((t) => t.focus.startsWith('Job readiness'));
const ONE_TO_ONE_THEMES = THEMES.map((_, i) => i).filter((i) => i !== TEAM_THEME && i !== COMMUNITY_THEME);

function planEngagement(
  rng: Rng,
  words: DemoWords,
  kind: EngagementKind,
  participants: PlannedClient[],
  status: EngagementStatus,
  fee: 'barter' | 'pro-bono' | 'per-session' | null,
): PlannedEngagement {
  const client = participants[0] as PlannedClient;
  const themeAt = (index: number) => words.themes[index] as Theme;
  let theme = themeAt(rng.pick(ONE_TO_ONE_THEMES));
  const currency = rng.weighted([
    ['EUR', 60],
    ['USD', 15],
    ['GBP', 10],
    ['CHF', 5],
    ['CAD', 5],
    ['MXN', 5],
  ] as const);
  let sponsorName = '';
  let sponsorKind: EngagementFields['sponsorKind'] = '';
  let sponsorContact = '';
  let feeArrangement: EngagementFields['feeArrangement'] =
    fee ??
    rng.weighted([
      ['per-session', 62],
      ['package', 32],
      ['pro-bono', 6],
    ] as const);
  let feeMinor: number | null = null;
  let title = words.title.oneToOne(theme.focus, client.fullName);
  let sessionMinutes: number = rng.weighted([
    [60, 70],
    [45, 10],
    [50, 10],
    [90, 10],
  ] as const);
  let frequency = rng.weighted([
    ['weekly', 35],
    ['fortnightly', 45],
    ['monthly', 15],
    ['as-needed', 5],
  ] as const);
  let focus = rng.weighted([
    ['specific-purpose', 45],
    ['whole-person', 25],
    ['both', 30],
  ] as const);
  switch (kind) {
    case 'peer':
      feeArrangement = 'barter';
      title = words.title.peer(client.fullName);
      frequency = 'fortnightly';
      break;
    case 'internal':
      feeArrangement = 'internal';
      title = words.title.internal(COACH_EMPLOYER, client.fullName);
      client.fields = { ...client.fields, organisation: COACH_EMPLOYER };
      break;
    case 'sponsored': {
      sponsorKind = rng.weighted([
        ['community-partner', 70],
        ['grant', 15],
        ['employer', 15],
      ] as const);
      if (sponsorKind === 'community-partner') {
        const [name, contact] = rng.pick(words.communityPartners);
        sponsorName = name;
        sponsorContact = contact;
        theme = themeAt(COMMUNITY_THEME);
        feeArrangement = rng.chance(0.5) ? 'pro-bono' : 'per-session';
      } else if (sponsorKind === 'grant') {
        sponsorName = rng.pick(words.grantSponsors);
        sponsorContact = 'grants@example.org';
        feeArrangement = 'package';
      } else {
        sponsorName = rng.pick(ORGANISATIONS);
        sponsorContact = words.peopleTeam(sponsorName);
        feeArrangement = 'package';
      }
      title = words.title.sponsored(theme.focus, sponsorName, client.fullName);
      break;
    }
    case 'group':
      title = words.title.group(rng.pick(words.groupTitles), rng.pick(words.cohortSeasons));
      sessionMinutes = 90;
      frequency = rng.pick(['fortnightly', 'monthly'] as const);
      feeArrangement = rng.chance(0.25) ? 'pro-bono' : 'package';
      if (feeArrangement === 'pro-bono') {
        const [name, contact] = rng.pick(words.communityPartners);
        sponsorName = name;
        sponsorKind = 'community-partner';
        sponsorContact = contact;
      }
      focus = 'specific-purpose';
      break;
    case 'team': {
      theme = themeAt(TEAM_THEME);
      sponsorName = rng.pick(ORGANISATIONS.filter((o) => o !== COACH_EMPLOYER));
      sponsorKind = 'employer';
      sponsorContact = `${rng.pick(words.teamContactRoles)}, ${sponsorName}`;
      title = words.title.team(sponsorName, rng.pick(words.teamUnits));
      feeArrangement = 'package';
      sessionMinutes = rng.pick([90, 120]);
      frequency = 'monthly';
      focus = 'specific-purpose';
      break;
    }
    default:
      break;
  }
  if (feeArrangement === 'per-session') feeMinor = rng.pick([9000, 12000, 15000, 18000, 25000]);
  if (feeArrangement === 'package')
    feeMinor = kind === 'team' ? rng.pick([600000, 900000]) : rng.pick([60000, 90000, 120000, 180000]);
  const zone = rng.chance(0.7) ? COACH.zone : client.fields.timeZone || COACH.zone;
  const weight =
    (kind === 'group' || kind === 'team'
      ? rng.int(6, 18)
      : kind === 'peer'
        ? rng.int(6, 16)
        : rng.int(4, 26)) * (status === 'cancelled' ? 0.1 : status === 'planned' ? 0.12 : 1);
  return {
    kind,
    participants,
    status,
    theme,
    template: rng.weighted([
      ['grow', 45],
      ['ccc-staircase', 25],
      ['free', 30],
    ] as const),
    weight,
    sessions: 0,
    intervalDays: 7,
    anchor: 0,
    hour: rng.int(8, 18),
    zone,
    fields: {
      title: title.slice(0, 200),
      kind,
      focus,
      focusDescription:
        focus === 'specific-purpose' ? theme.focus : focus === 'both' ? words.wholeLife(theme.focus) : '',
      sponsorName,
      sponsorKind,
      sponsorContact,
      feeArrangement,
      feeMinor,
      currency,
      frequency,
      sessionMinutes,
      status,
    },
    id: '',
  };
}
