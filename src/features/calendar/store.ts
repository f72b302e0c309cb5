import { create } from 'zustand';
import { onLockReset } from '../../app/store';
import type { AgendaMode, Day } from './agenda-time';

/**
 * Which days the agenda shows. Only the view is kept here (no client data): sessions are
 * fetched per view. Locking puts it back to this week.
 */
interface AgendaState {
  mode: AgendaMode;
  /** The day the view is built around; null means today. */
  anchor: Day | null;
  setMode(mode: AgendaMode): void;
  setAnchor(anchor: Day | null): void;
}

export const useAgendaStore = create<AgendaState>()((set) => ({
  mode: 'week',
  anchor: null,
  setMode: (mode) => set({ mode }),
  setAnchor: (anchor) => set({ anchor }),
}));

onLockReset(() => useAgendaStore.setState({ mode: 'week', anchor: null }));
