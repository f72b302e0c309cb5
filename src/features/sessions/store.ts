import { create } from 'zustand';
import type { Engagement } from '../../../electron/shared/engagements';
import type { ReceivedSession, SearchHit, Session } from '../../../electron/shared/sessions';
import { api, errorMessage, unwrap } from '../../api/client';
import { onLockReset } from '../../app/store';

/**
 * Session data held by the renderer: a sparse cache of list pages (by offset), the
 * search results, the engagements the quick log chooses from, and mentor coaching
 * received. Locking clears it all (onLockReset) and bumps the epoch, so an answer
 * still in flight is dropped on arrival.
 */

export const PAGE_SIZE = 200;
/** Search shows at most this many results ("the first 100 matches"). */
export const SEARCH_LIMIT = 100;

export type SessionsTab = 'sessions' | 'agenda' | 'follow-ups' | 'received';
export type DraftFilter = 'include' | 'only' | 'exclude';

export interface ListFilter {
  clientId: string | null;
  /** Shown in the filter while it is applied. */
  clientName: string;
  drafts: DraftFilter;
}

interface SessionsState {
  tab: SessionsTab;
  filter: ListFilter;
  generation: number;
  loadedGeneration: number;
  total: number | null;
  pages: Record<number, Session[]>;
  /** Whether the practice holds any session at all (for the right empty state). */
  anySessions: boolean | null;
  draftCount: number;
  listError: string | null;
  selected: number;
  scrollTop: number;

  searchInput: string;
  /** The text the results belong to ('' when not searching). */
  searchText: string;
  searchResults: SearchHit[] | null;
  searchError: string | null;
  searching: boolean;

  engagements: Engagement[] | null;
  /** The engagement the quick log last saved for; it starts there next time. */
  lastEngagementId: string | null;
  quickLogOpen: boolean;
  /** A one-off confirmation ("Session logged.") shown on the next screen. */
  flash: string | null;

  received: ReceivedSession[] | null;
  receivedError: string | null;

  setTab(tab: SessionsTab): void;
  setFilter(patch: Partial<ListFilter>): void;
  reload(): void;
  ensurePage(page: number): void;
  select(index: number): void;
  saveScroll(top: number): void;
  /** Replaces one session wherever it is cached (after confirm or edit). */
  patchSession(session: Session): void;
  setSearchInput(text: string): void;
  runSearch(text: string): void;
  loadEngagements(): Promise<Engagement[]>;
  setLastEngagement(id: string): void;
  setQuickLogOpen(open: boolean): void;
  setFlash(message: string | null): void;
  loadReceived(): void;
  setReceived(list: ReceivedSession[]): void;
}

let epoch = 0;
const inFlight = new Set<string>();
let searchTicket = 0;

function initialState() {
  return {
    tab: 'sessions' as SessionsTab,
    filter: { clientId: null, clientName: '', drafts: 'include' } as ListFilter,
    generation: 0,
    loadedGeneration: -1,
    total: null,
    pages: {},
    anySessions: null,
    draftCount: 0,
    listError: null,
    selected: 0,
    scrollTop: 0,
    searchInput: '',
    searchText: '',
    searchResults: null,
    searchError: null,
    searching: false,
    engagements: null,
    lastEngagementId: null,
    quickLogOpen: false,
    flash: null,
    received: null,
    receivedError: null,
  } satisfies Partial<SessionsState>;
}

export const useSessionsStore = create<SessionsState>()((set, get) => {
  async function fetchPage(generation: number, page: number, replace: boolean) {
    const key = `${epoch}:${generation}:${page}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    const startedEpoch = epoch;
    const { filter } = get();
    try {
      const result = await unwrap(
        api().sessions.list({
          clientId: filter.clientId,
          drafts: filter.drafts,
          order: 'newest',
          offset: page * PAGE_SIZE,
          limit: PAGE_SIZE,
        }),
      );
      if (startedEpoch !== epoch || get().generation !== generation) return;
      set((state) => ({
        total: result.total,
        pages: replace ? { [page]: result.rows } : { ...state.pages, [page]: result.rows },
        loadedGeneration: generation,
        listError: null,
        ...(result.total > 0 ? { anySessions: true } : {}),
        ...(replace ? { selected: Math.min(state.selected, Math.max(0, result.total - 1)) } : {}),
      }));
      if (replace) void countExtras(startedEpoch);
    } catch (error) {
      if (startedEpoch === epoch) set({ listError: errorMessage(error) });
    } finally {
      inFlight.delete(key);
    }
  }

  /** Whether any session exists at all, and how many imported drafts (of the filtered client) wait for review. */
  async function countExtras(startedEpoch: number) {
    try {
      const { clientId } = get().filter;
      const [all, drafts] = await Promise.all([
        unwrap(api().sessions.list({ limit: 1 })),
        unwrap(api().sessions.list({ drafts: 'only', clientId, limit: 1 })),
      ]);
      if (startedEpoch === epoch) set({ anySessions: all.total > 0, draftCount: drafts.total });
    } catch {
      // The list shows its own error.
    }
  }

  return {
    ...initialState(),
    setTab: (tab) => set({ tab }),
    setFilter: (patch) => {
      const filter = { ...get().filter, ...patch };
      const generation = get().generation + 1;
      set({ filter, generation, selected: 0, scrollTop: 0 });
      void fetchPage(generation, 0, true);
    },
    reload: () => {
      const generation = get().generation + 1;
      set({ generation });
      void fetchPage(generation, 0, true);
    },
    ensurePage: (page) => {
      const state = get();
      if (state.loadedGeneration !== state.generation) return;
      if (state.pages[page]) return;
      void fetchPage(state.generation, page, false);
    },
    select: (index) => set({ selected: index }),
    saveScroll: (top) => set({ scrollTop: top }),
    patchSession: (session) =>
      set((state) => {
        const pages: Record<number, Session[]> = {};
        for (const [key, rows] of Object.entries(state.pages)) {
          pages[Number(key)] = rows.map((row) => (row.id === session.id ? session : row));
        }
        return { pages };
      }),
    setSearchInput: (text) => set({ searchInput: text }),
    runSearch: (text) => {
      const trimmed = text.trim();
      const ticket = ++searchTicket;
      if (trimmed === '') {
        set({ searchText: '', searchResults: null, searchError: null, searching: false });
        return;
      }
      const startedEpoch = epoch;
      set({ searching: true });
      unwrap(api().search.query({ text: trimmed, limit: SEARCH_LIMIT }))
        .then((hits) => {
          if (startedEpoch !== epoch || ticket !== searchTicket) return;
          set({ searchText: trimmed, searchResults: hits, searchError: null, searching: false });
        })
        .catch((error) => {
          if (startedEpoch !== epoch || ticket !== searchTicket) return;
          set({ searchText: trimmed, searchResults: [], searchError: errorMessage(error), searching: false });
        });
    },
    loadEngagements: async () => {
      const startedEpoch = epoch;
      const list = await unwrap(api().engagements.list());
      if (startedEpoch === epoch) set({ engagements: list });
      return list;
    },
    setLastEngagement: (id) => set({ lastEngagementId: id }),
    setQuickLogOpen: (open) => set({ quickLogOpen: open }),
    setFlash: (message) => set({ flash: message }),
    loadReceived: () => {
      const startedEpoch = epoch;
      unwrap(api().received.list())
        .then((received) => {
          if (startedEpoch === epoch) set({ received, receivedError: null });
        })
        .catch((error) => {
          if (startedEpoch === epoch) set({ receivedError: errorMessage(error) });
        });
    },
    setReceived: (received) => set({ received }),
  };
});

/** The row at an index, if its page is cached. */
export function rowAt(pages: Record<number, Session[]>, index: number): Session | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

onLockReset(() => {
  epoch++;
  searchTicket++;
  inFlight.clear();
  useSessionsStore.setState(initialState());
});
