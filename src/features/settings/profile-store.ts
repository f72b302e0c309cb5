import { create } from 'zustand';
import type { NoteTemplate } from '../../../electron/shared/note-templates';
import type { CoachProfile, PracticeDefaults } from '../../../electron/shared/profile';
import { api, unwrap } from '../../api/client';
import { onLockReset, useAppStore } from '../../app/store';

/** The coach profile and practice defaults; other features read the defaults from here. */
interface ProfileState {
  profile: CoachProfile | null;
  defaults: PracticeDefaults | null;
  templates: NoteTemplate[];
  load: () => Promise<void>;
  saveProfile: (next: CoachProfile) => Promise<void>;
  saveDefaults: (next: PracticeDefaults) => Promise<void>;
  /** The defaults, loading them on first use (new engagements and notes call this). */
  ensureDefaults: () => Promise<PracticeDefaults>;
}

export const useProfileStore = create<ProfileState>()((set, get) => ({
  profile: null,
  defaults: null,
  templates: [],
  load: async () => {
    const [profile, defaults, templates] = await Promise.all([
      unwrap(api().coach.profile()),
      unwrap(api().coach.defaults()),
      unwrap(api().notes.templates()),
    ]);
    set({ profile, defaults, templates });
  },
  saveProfile: async (next) => {
    const profile = await unwrap(api().coach.saveProfile(next));
    set({ profile });
    // The name is the practice's coach name, shown elsewhere in the app.
    await useAppStore.getState().refreshStatus();
  },
  saveDefaults: async (next) => {
    set({ defaults: await unwrap(api().coach.saveDefaults(next)) });
  },
  ensureDefaults: async () => {
    const known = get().defaults;
    if (known) return known;
    const defaults = await unwrap(api().coach.defaults());
    set({ defaults });
    return defaults;
  },
}));

onLockReset(() => useProfileStore.setState({ profile: null, defaults: null, templates: [] }));
