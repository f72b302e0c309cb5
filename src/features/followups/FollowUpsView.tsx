/** Placeholder replaced by its feature. */
export function FollowUpsView() {
  return null;
}
