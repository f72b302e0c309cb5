import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

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

const INVALID_CONTROL =
  'input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"], fieldset[aria-invalid="true"] input';

/**
 * Returns `focusFirstInvalid()`: call it in the same handler that sets the errors, and once React
 * has drawn them the first control marked invalid inside `container` takes the focus. Waiting for
 * the commit (not a timer or an animation frame) is what makes it land on a field that is invalid
 * in the new render, however busy the machine is.
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests === 0) return;
    const target = container.current?.querySelector<HTMLElement>(INVALID_CONTROL);
    if (!target) return;
    target.focus();
    // Focus scrolls the control into view, not the message under it, which can stay below a
    // dialog's fold: bring the message up too.
    const messages = (target.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => (id ? document.getElementById(id) : null))
      .filter((el) => el?.classList.contains('field-error'));
    messages.at(-1)?.scrollIntoView({ block: 'nearest' });
  }, [requests, container]);
  return useCallback(() => setRequests((count) => count + 1), []);
}
