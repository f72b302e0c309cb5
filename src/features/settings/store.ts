import { create } from 'zustand';
import { onLockReset } from '../../app/store';

export const settingsTabs = ['practice', 'profile', 'security', 'backups', 'retention', 'activity'] as const;
export type SettingsTab = (typeof settingsTabs)[number];

/** A result worth keeping on screen after the page re-mounts (a restore re-opens the practice). */
export interface SettingsNotice {
  title: string;
  tone?: 'error';
  /** Label and value pairs, shown as plain text (paths, file names, dates). */
  facts: { label: string; value: string; mono?: boolean }[];
}

/**
 * Which Settings tab is open and the last restore's outcome. A restore closes and re-opens
 * the practice, which re-mounts the whole app shell, so this lives outside the components.
 * No client data here; locking clears it all the same.
 */
interface SettingsState {
  tab: SettingsTab;
  notice: SettingsNotice | null;
  setTab(tab: SettingsTab): void;
  setNotice(notice: SettingsNotice | null): void;
}

export const useSettingsStore = create<SettingsState>()((set) => ({
  tab: 'practice',
  notice: null,
  setTab: (tab) => set({ tab }),
  setNotice: (notice) => set({ notice }),
}));

onLockReset(() => useSettingsStore.setState({ tab: 'practice', notice: null }));
