import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { BUILT_IN_NOTE_TEMPLATES } from '../../shared/note-templates';
import {
  type CoachProfile,
  coachProfile,
  DEFAULT_PRACTICE_DEFAULTS,
  type PracticeDefaults,
  practiceDefaults,
} from '../../shared/profile';
import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../settings';

const PROFILE_KEY = 'coach.profile';
const SIGNATURE_KEY = 'coach.signature';
const DEFAULTS_KEY = 'practice.defaults';

/** The coach as exported documents present them. The name lives on the practice record. */
export function readCoachProfile(db: Db): CoachProfile {
  const name =
    (db.prepare('SELECT coach_name FROM practice LIMIT 1').pluck().get() as string | undefined) ?? '';
  const stored = coachProfile
    .omit({ name: true, signature: true })
    .safeParse(readSetting(db, PROFILE_KEY, { credentials: [], email: '' }));
  const signature = readSetting<string | null>(db, SIGNATURE_KEY, null);
  return {
    name,
    credentials: stored.success ? stored.data.credentials : [],
    email: stored.success ? stored.data.email : '',
    signature: coachProfile.shape.signature.safeParse(signature).success ? signature : null,
  };
}

export function saveCoachProfile(db: Db, profile: CoachProfile): CoachProfile {
  db.transaction(() => {
    db.prepare('UPDATE practice SET coach_name = ?').run(profile.name);
    writeSetting(db, PROFILE_KEY, { credentials: profile.credentials, email: profile.email });
    writeSetting(db, SIGNATURE_KEY, profile.signature);
  })();
  return readCoachProfile(db);
}

/** The credentials held, as one line for a document header: 'ICF PCC (member 12345) · EMCC Senior Practitioner'. */
export function credentialsLine(profile: CoachProfile, memberWord: string): string {
  return profile.credentials
    .map((c) => {
      const body = c.body === 'other' ? '' : `${c.body} `;
      return `${body}${c.credential}${c.memberNumber ? ` (${memberWord} ${c.memberNumber})` : ''}`;
    })
    .join(' · ');
}

export function readPracticeDefaults(db: Db): PracticeDefaults {
  const parsed = practiceDefaults.safeParse(readSetting(db, DEFAULTS_KEY, DEFAULT_PRACTICE_DEFAULTS));
  if (!parsed.success) return DEFAULT_PRACTICE_DEFAULTS;
  // A custom template deleted since keeps new notes on the first built-in one.
  return templateExists(db, parsed.data.noteTemplateId)
    ? parsed.data
    : { ...parsed.data, noteTemplateId: DEFAULT_PRACTICE_DEFAULTS.noteTemplateId };
}

export function savePracticeDefaults(db: Db, defaults: PracticeDefaults): PracticeDefaults {
  if (!templateExists(db, defaults.noteTemplateId)) {
    throw new AppError('validation', msg('errors:profile.noteTemplateGone'), 'noteTemplateId');
  }
  writeSetting(db, DEFAULTS_KEY, defaults);
  return defaults;
}

function templateExists(db: Db, id: string): boolean {
  return (
    BUILT_IN_NOTE_TEMPLATES.some((t) => t.id === id) ||
    db.prepare('SELECT 1 FROM note_template WHERE id = ?').get(id) !== undefined
  );
}
