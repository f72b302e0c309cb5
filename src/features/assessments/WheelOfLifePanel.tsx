/** Placeholder replaced by its feature: the client's Wheel of Life history. */
export function WheelOfLifePanel(_props: { clientId: string }) {
  return null;
}
