import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type CSSProperties, type UIEvent, useEffect, useRef } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';

/** What a store keeps for a list the API sends a page at a time (the Clients and Sessions lists). */
export interface PagedListState {
  total: number | null;
  /** A sparse cache, by page number: scrolling far only loads what is seen. */
  pages: Record<number, unknown[]>;
  /** Increments whenever the query (or the data) changes. */
  generation: number;
  /** The generation the cached pages belong to. */
  loadedGeneration: number;
  selected: number;
  scrollTop: number;
  ensurePage(page: number): void;
  select(index: number): void;
  saveScroll(top: number): void;
}

interface PagedListOptions {
  /** Whatever selects the rows (search, filters, sort): a new one starts the list at the top. */
  query: unknown;
  pageSize: number;
  rowHeight: number;
  overscan: number;
}

/**
 * The scrolling half of a virtualised list: draws only the rows in view, asks the store for
 * the pages they fall in, keeps the scroll position across visits and moves the selection
 * for the navigation keys. Each list keeps its own markup, focus model and other keys.
 */
export function usePagedList<S extends PagedListState>(
  store: UseBoundStore<StoreApi<S>>,
  { query, pageSize, rowHeight, overscan }: PagedListOptions,
) {
  const total = store((s) => s.total);
  const pages = store((s) => s.pages);
  const generation = store((s) => s.generation);
  const loadedGeneration = store((s) => s.loadedGeneration);
  const selected = store((s) => s.selected);
  const { ensurePage, select, saveScroll } = store.getState();
  const scrollRef = useRef<HTMLDivElement>(null);
  const scrollTop = useRef(store.getState().scrollTop);
  const count = total ?? 0;

  // Coming back to the section finds the list where the coach left it.
  useEffect(() => () => saveScroll(scrollTop.current), [saveScroll]);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    initialOffset: () => scrollTop.current,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index;
  const lastIndex = items[items.length - 1]?.index;

  // Ask for the pages the rows in view fall in (the store skips those it has).
  // biome-ignore lint/correctness/useExhaustiveDependencies: pages/loadedGeneration changes re-check the range.
  useEffect(() => {
    if (firstIndex === undefined || lastIndex === undefined) return;
    for (let page = Math.floor(firstIndex / pageSize); page <= Math.floor(lastIndex / pageSize); page++) {
      ensurePage(page);
    }
  }, [firstIndex, lastIndex, pages, loadedGeneration, generation, ensurePage, pageSize]);

  // A new query starts at the top.
  const lastQuery = useRef(query);
  useEffect(() => {
    if (lastQuery.current === query) return;
    lastQuery.current = query;
    scrollTop.current = 0;
    virtualizer.scrollToOffset(0);
  }, [query, virtualizer]);

  /** Selects the row at `index` (clamped to the list) and scrolls it into view. */
  function moveTo(index: number) {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    select(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  /** Where a navigation key (arrows, Page Up/Down, Home, End) takes the selection; null for other keys. */
  function targetOf(key: string): number | null {
    const screenful = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / rowHeight) - 1);
    switch (key) {
      case 'ArrowDown':
        return selected + 1;
      case 'ArrowUp':
        return selected - 1;
      case 'PageDown':
        return selected + screenful;
      case 'PageUp':
        return selected - screenful;
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
      default:
        return null;
    }
  }

  return {
    scrollRef,
    items,
    totalSize: virtualizer.getTotalSize(),
    count,
    selected,
    moveTo,
    targetOf,
    onScroll: (event: UIEvent<HTMLElement>) => {
      scrollTop.current = event.currentTarget.scrollTop;
    },
  };
}

/** A drawn row's place in the scrolled list. */
export function rowStyle(item: VirtualItem): CSSProperties {
  return { transform: `translateY(${item.start}px)`, height: item.size };
}
