import type { ClientFields, ClientStatus } from '../../shared/clients';
import { CULTURES, type Culture, EMAIL_DOMAINS, type Named, ORGANISATIONS } from './content';
import type { PlannedClient, PlannedEngagement } from './plan';
import type { Rng } from './prng';
import { firstSessionDay } from './schedule';
import type { DemoWords } from './words';
import { DAY_MS } from './zoned';

/**
 * The demo's clients: names written the way their culture writes them, contact details, and
 * (once their engagements are laid out) a status, creation time and referrals that fit them.
 */

/** Cultures are dealt in turn from a shuffled deck, so even a small practice mixes scripts. */
export function planClients(rng: Rng, words: DemoWords, count: number): PlannedClient[] {
  const cultureOrder = rng.shuffle([...CULTURES]);
  const clients: PlannedClient[] = [];
  const emails = new Set<string>();
  for (let i = 0; i < count; i++) {
    const culture = cultureOrder[i % cultureOrder.length] as Culture;
    clients.push(planClient(rng, words, culture, emails));
  }
  return clients;
}

/** Client status, creation time and referrals follow from their engagements. */
export function settleClients(
  rng: Rng,
  words: DemoWords,
  clients: PlannedClient[],
  engagements: PlannedEngagement[],
  nowMs: number,
  todayMs: number,
): void {
  for (const c of clients) {
    const starts = c.engagements.map((e) => firstSessionDay(e));
    const first = starts.length > 0 ? Math.min(...starts) : todayMs - rng.int(1, 60) * DAY_MS;
    c.createdAt = new Date(
      Math.min(nowMs, first - rng.int(8, 20) * DAY_MS + rng.int(9 * 60, 17 * 60) * 60_000),
    );
    const statuses = c.engagements.map((e) => e.status);
    let status: Exclude<ClientStatus, 'archived'> = 'prospect';
    if (statuses.some((s) => s === 'active' || s === 'planned')) status = 'active';
    else if (statuses.includes('paused')) status = 'paused';
    else if (statuses.length > 0) status = 'completed';
    c.fields = { ...c.fields, status };
    if (status === 'completed' && rng.chance(0.25)) {
      const last = Math.max(...c.engagements.map((e) => e.anchor));
      const at = last + rng.int(20, 90) * DAY_MS + 11 * 3_600_000;
      c.archivedAt = at < nowMs ? new Date(at) : null;
    }
    if (c.fields.source === 'referral') c.referralIn = rng.pick(words.referrersIn);
    if (status !== 'prospect' && rng.chance(0.03)) c.referralOut = rng.pick(words.referralsOut);
  }
  // Team members work for the sponsor.
  for (const e of engagements) {
    if (e.kind !== 'team') continue;
    for (const c of e.participants)
      if (rng.chance(0.8)) c.fields = { ...c.fields, organisation: e.fields.sponsorName };
  }
}

function planClient(rng: Rng, words: DemoWords, culture: Culture, emails: Set<string>): PlannedClient {
  const female = rng.chance(0.55);
  const given = rng.pick(female ? culture.female : culture.male);
  const familyEntry = rng.pick(culture.family);
  const family: Named = (Array.isArray(familyEntry[0]) ? familyEntry[female ? 1 : 0] : familyEntry) as Named;
  let fullName: string;
  let latin: string[];
  switch (culture.order) {
    case 'vietnamese': {
      const middle = rng.pick(female ? (culture.middle?.female ?? []) : (culture.middle?.male ?? []));
      fullName = `${family[0]} ${middle[0]} ${given[0]}`;
      latin = [given[1], family[1]];
      break;
    }
    case 'family-given':
      fullName = `${family[0]} ${given[0]}`;
      latin = [given[1], family[1]];
      break;
    case 'family-given-nospace':
      fullName = `${family[0]}${given[0]}`;
      latin = [given[1], family[1]];
      break;
    default:
      fullName = `${given[0]} ${family[0]}`;
      latin = [given[1], family[1]];
  }
  const base = latin.map(latinSlug).filter(Boolean).join('.') || 'client';
  const domain = rng.pick(EMAIL_DOMAINS);
  let email = `${base}@${domain}`;
  for (let k = 2; emails.has(email); k++) email = `${base}${k}@${domain}`;
  emails.add(email);
  const preferredNames = culture.preferred?.[female ? 'female' : 'male'];
  const preferred = preferredNames && rng.chance(0.3) ? rng.pick(preferredNames) : '';
  const listed = rng.chance(0.7);
  const zone = rng.pick(culture.zones);
  const tags = rng.sample(
    words.tags,
    rng.weighted([
      [0, 25],
      [1, 40],
      [2, 25],
      [3, 10],
    ] as const),
  );
  const source = rng.weighted([
    ['self', 60],
    ['referral', 30],
    ['other', 10],
  ] as const);
  const fields: ClientFields = {
    fullName,
    preferredName: preferred,
    pronouns: rng.pick(female ? words.pronouns.female : words.pronouns.male),
    email: rng.chance(0.93) ? email : '',
    phone: rng.chance(0.6)
      ? `${culture.phone}${String(rng.int(100, 999))} ${String(rng.int(1000, 9999))}`
      : '',
    preferredLanguage: culture.language,
    timeZone: zone,
    organisation: rng.chance(0.65) ? rng.pick(ORGANISATIONS) : '',
    tags,
    status: 'active',
    source,
    mayBeListed: listed,
    listingConsentDate: null,
    privateNotes: rng.chance(0.15) ? rng.pick(words.privateNotes) : '',
  };
  return {
    culture,
    given: preferred || given[0],
    latinGiven: given[1],
    fullName,
    fields,
    createdAt: new Date(0),
    archivedAt: null,
    referralIn: null,
    referralOut: null,
    engagements: [],
    id: '',
  };
}

/** The ASCII local part of an email address for a name in any Latin-script spelling. */
function latinSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[ðÐ]/g, 'd')
    .replace(/[ıİ]/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
