import { create, type StateCreator } from 'zustand';
import type { PracticeProfile, PracticeStatus } from '../../electron/shared/practice';
import { api, unwrap } from '../api/client';

export const sections = ['clients', 'sessions', 'hours', 'agreements', 'settings'] as const;
export type Section = (typeof sections)[number];

interface PracticeSlice {
  status: PracticeStatus | null;
  profile: PracticeProfile | null;
  /** True while the coach is setting up an additional practice from inside the app. */
  creatingPractice: boolean;
  applyStatus: (status: PracticeStatus) => Promise<void>;
  refreshStatus: () => Promise<void>;
  lock: () => Promise<void>;
  setCreatingPractice: (value: boolean) => void;
}

interface NavSlice {
  section: Section;
  go: (section: Section) => void;
}

export type AppState = PracticeSlice & NavSlice;

const practiceSlice: StateCreator<AppState, [], [], PracticeSlice> = (set) => ({
  status: null,
  profile: null,
  creatingPractice: false,
  applyStatus: async (status) => {
    if (status.state !== 'unlocked') {
      // Locked means the renderer holds no practice data: drop every cached view.
      set({ ...initialDataState(), status });
      return;
    }
    const profile = await unwrap(api().practice.profile());
    set({ status, profile, creatingPractice: false });
  },
  refreshStatus: async () => {
    const status = await unwrap(api().practice.status());
    await useAppStore.getState().applyStatus(status);
  },
  lock: async () => {
    await useAppStore.getState().applyStatus(await unwrap(api().practice.lock()));
  },
  setCreatingPractice: (value) => set({ creatingPractice: value }),
});

const navSlice: StateCreator<AppState, [], [], NavSlice> = (set) => ({
  section: 'clients',
  go: (section) => set({ section }),
});

function initialDataState(): Pick<AppState, 'profile' | 'section' | 'creatingPractice'> {
  return { profile: null, section: 'clients', creatingPractice: false };
}

export const useAppStore = create<AppState>()((...args) => ({
  ...practiceSlice(...args),
  ...navSlice(...args),
}));
