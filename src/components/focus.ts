import { useEffect, useRef } from 'react';

/**
 * For an inline form that takes the place of the button that opened it: call `returnFocus()`
 * as the form closes, and focus goes back to that button once it is drawn again (instead of
 * being dropped on the page body, where the keyboard would start over from the top).
 */
export function useFocusReturn<T extends HTMLElement = HTMLButtonElement>() {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    ref.current?.focus();
  });
  return {
    ref,
    returnFocus: () => {
      pending.current = true;
    },
  };
}

/**
 * The record a section has just come back from: the id while `openId` goes from that id to
 * null (for that render only), so the list can give the focus back where the coach left it.
 */
export function useClosedRecord(openId: string | null): string | null {
  const last = useRef(openId);
  const closed = openId === null ? last.current : null;
  useEffect(() => {
    last.current = openId;
  }, [openId]);
  return closed;
}
