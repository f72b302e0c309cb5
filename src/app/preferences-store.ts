import { create } from 'zustand';
import type { AppPreferences } from '../../electron/shared/preferences';
import { api, unwrap } from '../api/client';
import { applyPreferences } from '../i18n';

interface PreferencesState {
  /** Null until loaded from the main process; the app shows nothing until then, so no string flashes in the wrong language. */
  preferences: AppPreferences | null;
  load: () => Promise<void>;
  save: (next: AppPreferences) => Promise<void>;
}

export const usePreferences = create<PreferencesState>()((set) => ({
  preferences: null,
  load: async () => {
    const preferences = await unwrap(api().preferences.get());
    applyPreferences(preferences);
    set({ preferences });
  },
  save: async (next) => {
    const preferences = await unwrap(api().preferences.set(next));
    applyPreferences(preferences);
    set({ preferences });
  },
}));
