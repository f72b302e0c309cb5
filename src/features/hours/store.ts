import { create } from 'zustand';
import type { CeEntry, HoursOverview, ManualHours } from '../../../electron/shared/hours';
import { api, errorMessage, unwrap } from '../../api/client';
import { onLockReset } from '../../app/store';

/**
 * What the Hours screen holds: the overview (computed in main from the one hour log),
 * the manual entries and the continuing-education log. Every change reloads all three,
 * so the totals, progress and charts never disagree with the lists. Locking clears it
 * and bumps the epoch, so an answer still in flight is dropped on arrival.
 */
interface HoursState {
  overview: HoursOverview | null;
  manual: ManualHours[];
  ce: CeEntry[];
  loadError: string | null;
  load(): Promise<void>;
}

let epoch = 0;

function initialState() {
  return { overview: null, manual: [], ce: [], loadError: null } satisfies Partial<HoursState>;
}

export const useHoursStore = create<HoursState>()((set) => ({
  ...initialState(),
  async load() {
    const mine = epoch;
    try {
      const [overview, manual, ce] = await Promise.all([
        unwrap(api().hours.overview()),
        unwrap(api().hours.manualList()),
        unwrap(api().ce.list()),
      ]);
      if (mine === epoch) set({ overview, manual, ce, loadError: null });
    } catch (error) {
      if (mine === epoch) set({ loadError: errorMessage(error) });
    }
  },
}));

onLockReset(() => {
  epoch += 1;
  useHoursStore.setState(initialState());
});
