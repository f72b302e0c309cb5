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
  /** A just-created recovery key, shown once until the coach confirms they stored it. */
  pendingRecoveryKey: string | null;
  setPendingRecoveryKey: (key: string | null) => void;
  applyStatus: (status: PracticeStatus) => Promise<void>;
  refreshStatus: () => Promise<void>;
  lock: () => Promise<void>;
  setCreatingPractice: (value: boolean) => void;
}

interface NavSlice {
  section: Section;
  /** The record open within a section (a client page, an agreement), or null for the list. */
  openId: string | null;
  go: (section: Section) => void;
  /** Jumps to one record: e.g. open('agreements', id) from a client page. */
  open: (section: Section, id: string | null) => void;
}

export type AppState = PracticeSlice & NavSlice;

const practiceSlice: StateCreator<AppState, [], [], PracticeSlice> = (set) => ({
  status: null,
  profile: null,
  creatingPractice: false,
  pendingRecoveryKey: null,
  setPendingRecoveryKey: (key) => set({ pendingRecoveryKey: key }),
  applyStatus: async (status) => {
    // Another practice (e.g. the demo) opened without a lock in between: drop the old one's views too.
    const switched = useAppStore.getState().status?.current?.path !== status.current?.path;
    if (status.state !== 'unlocked' || switched) {
      // Locked means the renderer holds no practice data: drop every cached view.
      for (const reset of resets) reset();
      if (status.state !== 'unlocked') {
        set({ ...initialDataState(), status });
        return;
      }
      // A practice just created keeps its one-time recovery key screen.
      set({ ...initialDataState(), pendingRecoveryKey: useAppStore.getState().pendingRecoveryKey, status });
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
  openId: null,
  go: (section) => set({ section, openId: null }),
  open: (section, id) => set({ section, openId: id }),
});

function initialDataState(): Pick<
  AppState,
  'profile' | 'section' | 'openId' | 'creatingPractice' | 'pendingRecoveryKey'
> {
  return {
    profile: null,
    section: 'clients',
    openId: null,
    creatingPractice: false,
    pendingRecoveryKey: null,
  };
}

/** Feature stores register a reset here; locking calls them all, so no client data stays in memory. */
const resets = new Set<() => void>();
export function onLockReset(reset: () => void): void {
  resets.add(reset);
}

export const useAppStore = create<AppState>()((...args) => ({
  ...practiceSlice(...args),
  ...navSlice(...args),
}));
