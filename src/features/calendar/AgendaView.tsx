/** Placeholder replaced by its feature. */
export function AgendaView() {
  return null;
}
