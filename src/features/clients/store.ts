import { create } from 'zustand';
import type {
  ClientListRow,
  ClientOverview,
  clientSorts,
  clientStatuses,
  TagCount,
} from '../../../electron/shared/clients';
import { api, errorMessage, unwrap } from '../../api/client';
import { onLockReset } from '../../app/store';

/**
 * Client data held by the renderer: a sparse cache of list pages (by offset), the tag
 * counts and the open client's overview. Locking clears it all (onLockReset) and
 * bumps the epoch, so an answer still in flight is dropped on arrival.
 */

export const PAGE_SIZE = 200;

export type StatusFilter = (typeof clientStatuses)[number] | 'current' | 'all';
export type SortKey = (typeof clientSorts)[number];

export interface ListQuery {
  search: string;
  status: StatusFilter;
  tag: string | null;
  sort: SortKey;
}

interface ClientsState {
  /** What the search box shows (the query follows it after a short pause). */
  searchInput: string;
  query: ListQuery;
  /** Increments whenever the query (or the data) changes; answers for older ones are ignored. */
  generation: number;
  /** The generation the cached pages belong to. */
  loadedGeneration: number;
  total: number | null;
  pages: Record<number, ClientListRow[]>;
  /** Whether the practice holds any client at all (for the right empty state); null until known. */
  anyClients: boolean | null;
  listError: string | null;
  selected: number;
  scrollTop: number;
  tags: TagCount[];
  overview: ClientOverview | null;
  overviewError: string | null;

  setSearchInput(text: string): void;
  setQuery(patch: Partial<ListQuery>): void;
  /** Refetches the first page for the current query (the list calls it on mount and after changes). */
  reload(): void;
  ensurePage(page: number): void;
  select(index: number): void;
  saveScroll(top: number): void;
  loadTags(): void;
  loadOverview(id: string): Promise<void>;
  clearOverview(): void;
}

let epoch = 0;
const inFlight = new Set<string>();

function initialState() {
  return {
    searchInput: '',
    query: { search: '', status: 'current', tag: null, sort: 'name' } as ListQuery,
    generation: 0,
    loadedGeneration: -1,
    total: null,
    pages: {},
    anyClients: null,
    listError: null,
    selected: 0,
    scrollTop: 0,
    tags: [],
    overview: null,
    overviewError: null,
  } satisfies Partial<ClientsState>;
}

export const useClientsStore = create<ClientsState>()((set, get) => {
  async function fetchPage(generation: number, page: number, replace: boolean) {
    const key = `${epoch}:${generation}:${page}`;
    if (inFlight.has(key)) return;
    inFlight.add(key);
    const startedEpoch = epoch;
    const { query } = get();
    try {
      const result = await unwrap(
        api().clients.list({ ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
      );
      if (startedEpoch !== epoch || get().generation !== generation) return;
      set((state) => ({
        total: result.total,
        pages: replace ? { [page]: result.rows } : { ...state.pages, [page]: result.rows },
        loadedGeneration: generation,
        listError: null,
        ...(result.total > 0 ? { anyClients: true } : {}),
        ...(replace ? { selected: Math.min(state.selected, Math.max(0, result.total - 1)) } : {}),
      }));
      if (result.total === 0) void checkAnyClients(startedEpoch);
    } catch (error) {
      if (startedEpoch === epoch) set({ listError: errorMessage(error) });
    } finally {
      inFlight.delete(key);
    }
  }

  async function checkAnyClients(startedEpoch: number) {
    try {
      const all = await unwrap(api().clients.list({ status: 'all', limit: 1 }));
      if (startedEpoch === epoch) set({ anyClients: all.total > 0 });
    } catch {
      // The list shows its own error.
    }
  }

  return {
    ...initialState(),
    setSearchInput: (text) => set({ searchInput: text }),
    setQuery: (patch) => {
      const query = { ...get().query, ...patch };
      const generation = get().generation + 1;
      set({ query, generation, selected: 0, scrollTop: 0 });
      void fetchPage(generation, 0, true);
    },
    reload: () => {
      const generation = get().generation + 1;
      set({ generation });
      void fetchPage(generation, 0, true);
    },
    ensurePage: (page) => {
      const state = get();
      // Until the first page of a new query arrives, the cached pages belong to the old one.
      if (state.loadedGeneration !== state.generation) return;
      if (state.pages[page]) return;
      void fetchPage(state.generation, page, false);
    },
    select: (index) => set({ selected: index }),
    saveScroll: (top) => set({ scrollTop: top }),
    loadTags: () => {
      const startedEpoch = epoch;
      unwrap(api().clients.tags())
        .then((tags) => {
          if (startedEpoch === epoch) set({ tags });
        })
        .catch(() => {
          // Tag suggestions are a convenience; the list shows its own errors.
        });
    },
    loadOverview: async (id) => {
      const startedEpoch = epoch;
      try {
        const overview = await unwrap(api().clients.overview({ id }));
        if (startedEpoch === epoch) set({ overview, overviewError: null });
      } catch (error) {
        if (startedEpoch === epoch) set({ overviewError: errorMessage(error) });
      }
    },
    clearOverview: () => set({ overview: null, overviewError: null }),
  };
});

/** The row at an index, if its page is cached. */
export function rowAt(pages: Record<number, ClientListRow[]>, index: number): ClientListRow | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

onLockReset(() => {
  epoch++;
  inFlight.clear();
  useClientsStore.setState(initialState());
});
