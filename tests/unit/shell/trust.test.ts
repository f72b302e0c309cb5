import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFile } from '../../../electron/main/protocol';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, isTrustedUrl } from '../../../electron/main/trust';

const DEV_ORIGIN = 'http://localhost:5173';

describe('app origin constants', () => {
  it('are app://coachbook', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('coachbook');
    expect(APP_ORIGIN).toBe('app://coachbook');
  });
});

describe('isTrustedUrl', () => {
  it.each([
    'app://coachbook/x',
    'app://coachbook/',
    'app://coachbook',
    'app://coachbook/index.html',
    'app://coachbook/index.html?q=1#/clients/abc',
    'app://coachbook/deep/path/../../index.html',
  ])('trusts %j', (url) => {
    expect(isTrustedUrl(url, [APP_ORIGIN])).toBe(true);
  });

  it.each([
    'app://coachbook.evil/',
    'app://coachbook.evil/index.html',
    'app://coachbookx/',
    'app://coachbook./',
    'app://coachbook%2eevil/',
    'app://coachbook:443/',
    'app://evil/coachbook',
    'app://evil/app://coachbook/',
    'app://evil#@coachbook/',
    'app://evil?app://coachbook',
    'app://user:pw@coachbook/',
    'app://user@coachbook/',
    'app://:pw@coachbook/',
    'app://coachbook@evil/',
    'app:coachbook/index.html',
    'app:/coachbook/index.html',
    'https://coachbook',
    'https://coachbook/index.html',
    'http://coachbook/',
    'file:///coachbook/index.html',
    'data:text/html,app://coachbook/',
    'javascript:alert(1)//app://coachbook',
    'about:blank',
    'coachbook',
    '//coachbook/index.html',
    '/index.html',
    'garbage',
    'app://',
    ' ',
    '',
  ])('does not trust %j', (url) => {
    expect(isTrustedUrl(url, [APP_ORIGIN])).toBe(false);
  });

  it('trusts nothing when no origin is trusted', () => {
    expect(isTrustedUrl('app://coachbook/x', [])).toBe(false);
  });

  it('compares a dev-server origin exactly, including the port', () => {
    const origins = [APP_ORIGIN, DEV_ORIGIN];
    expect(isTrustedUrl('http://localhost:5173/', origins)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx', origins)).toBe(true);
    expect(isTrustedUrl('app://coachbook/index.html', origins)).toBe(true);
    for (const url of [
      'http://localhost:51730/',
      'http://localhost:5174/',
      'http://localhost/',
      'https://localhost:5173/',
      'ws://localhost:5173/',
      'http://127.0.0.1:5173/',
      'http://localhost:5173.evil.com/',
      'http://localhost:5173@evil.com/',
      'http://evil.com/http://localhost:5173',
    ]) {
      expect(isTrustedUrl(url, origins), url).toBe(false);
    }
  });

  it('never matches by prefix', () => {
    expect(isTrustedUrl('app://coachbook-evil/x', ['app://coachbook'])).toBe(false);
    expect(isTrustedUrl('app://coachbook/x', ['app://coachbook/'])).toBe(false);
    expect(isTrustedUrl('app://coachbook/x', ['app://coach'])).toBe(false);
  });
});

describe('resolveRendererFile', () => {
  const rendererDir = resolve('/srv/coachbook/renderer');
  const root = rendererDir + sep;
  const inside = (...parts: string[]) => join(rendererDir, ...parts);

  /** Whatever a URL maps to, it must be null or a file strictly inside rendererDir. */
  const expectContained = (url: string) => {
    const file = resolveRendererFile(rendererDir, url);
    if (file !== null) expect(file.startsWith(root), `${url} -> ${file}`).toBe(true);
    return file;
  };

  it.each([
    ['app://coachbook/', 'index.html'],
    ['app://coachbook', 'index.html'],
    ['app://coachbook//', 'index.html'],
    ['app://coachbook/index.html', 'index.html'],
    ['app://coachbook/index.html?x=1#/clients', 'index.html'],
    ['app://coachbook/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://coachbook/assets/a%20b.png', 'assets/a b.png'],
    ['app://coachbook/assets/../index.html', 'index.html'],
  ])('maps %j to %j inside the renderer folder', (url, relative) => {
    expect(resolveRendererFile(rendererDir, url)).toBe(inside(relative));
  });

  it.each([
    'app://coachbook/..%2f..%2fetc/passwd',
    'app://coachbook/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://coachbook/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://coachbook/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://coachbook/%2e%2e%2f',
    'app://coachbook/..%2f',
    'app://coachbook/..%2frenderer-evil/index.html',
    'app://coachbook/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
  ])('refuses the encoded traversal %j', (url) => {
    expect(resolveRendererFile(rendererDir, url)).toBeNull();
  });

  it.each([
    'app://coachbook/../../etc/passwd',
    'app://coachbook/%2e%2e/%2e%2e/etc/passwd',
    'app://coachbook/.%2e/.%2e/etc/passwd',
    'app://coachbook/%252e%252e%252fetc%252fpasswd',
    'app://coachbook//etc/passwd',
    'app://coachbook/%2fetc%2fpasswd',
    'app://coachbook/..%5c..%5cetc%5cpasswd',
    'app://coachbook/C:%5cWindows%5cwin.ini',
    'app://coachbook/index.html%00.png',
  ])('keeps %j inside the renderer folder (or refuses it)', (url) => {
    expectContained(url);
  });

  it('lets the URL parser collapse literal dot segments, so they land inside the folder', () => {
    expect(resolveRendererFile(rendererDir, 'app://coachbook/../../etc/passwd')).toBe(inside('etc/passwd'));
  });

  it.each([
    'app://coachbook.evil/index.html',
    'app://evil/index.html',
    'app://evil/coachbook/index.html',
    'app://coachbook:8080/index.html',
    'app:coachbook/index.html',
    'app:///index.html',
  ])('refuses the wrong host %j', (url) => {
    expect(resolveRendererFile(rendererDir, url)).toBeNull();
  });

  it.each([
    'https://coachbook/index.html',
    'http://coachbook/index.html',
    'file:///srv/coachbook/renderer/index.html',
    'file://coachbook/index.html',
    'data:text/html,hi',
  ])('refuses the wrong scheme %j', (url) => {
    expect(resolveRendererFile(rendererDir, url)).toBeNull();
  });

  it.each(['', 'index.html', '/index.html', 'garbage', 'app:'])('refuses the non-URL %j', (url) => {
    expect(resolveRendererFile(rendererDir, url)).toBeNull();
  });

  // decodeURIComponent throws on a malformed escape; the handler must answer 404, not reject.
  it('returns null (not a throw) for a malformed percent-escape', () => {
    expect(resolveRendererFile(rendererDir, 'app://coachbook/%E0%A4%A')).toBeNull();
  });
});
