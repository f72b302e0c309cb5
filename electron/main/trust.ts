/**
 * Is `url` one of the app's own pages? Parsed with `new URL` and compared by exact
 * origin, never by prefix, so `app://coachbook.evil` cannot pass for `app://coachbook`.
 */
export function isTrustedUrl(url: string, trustedOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  return trustedOrigins.includes(originOf(parsed));
}

/** `URL.origin` is "null" for non-special schemes such as app://, so build it ourselves. */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** The scheme and host the packaged renderer is served from (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coachbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
