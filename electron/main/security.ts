import type { App, Session } from 'electron';
import { isTrustedUrl } from './trust';

/**
 * The production Content-Security-Policy: only the app's own files, no remote
 * origins, no inline or eval'd script, no network connections at all.
 * Pinned by a unit test; loosen it only in `devContentSecurityPolicy`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Development only: Vite's dev server needs its websocket and React refresh's inline preamble. */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  const ws = devServerOrigin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'",
    `script-src 'self' 'unsafe-inline' ${devServerOrigin}`,
  )
    .replace("style-src 'self'", `style-src 'self' 'unsafe-inline' ${devServerOrigin}`)
    .replace("connect-src 'none'", `connect-src ${devServerOrigin} ${ws}`);
}

/**
 * Every web-contents rule in one place: no navigation, no new windows, no
 * <webview>, no permissions, and no request to anything but the app's own files.
 */
export function installSecurity(app: App, session: Session, trustedOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, trustedOrigins) });
  });
}

/** Requests the renderer may make: its own origin, plus inline data it built itself. */
export function isAllowedRequest(url: string, trustedOrigins: readonly string[]): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'devtools:') return true;
  return isTrustedUrl(url, trustedOrigins);
}
