import type { App, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  installSecurity,
  isAllowedRequest,
} from '../../../electron/main/security';
import { APP_ORIGIN } from '../../../electron/main/trust';

type Handler = (...args: never[]) => unknown;

/** A web-contents double: records its listeners so a test can fire them. */
function fakeWebContents() {
  const listeners = new Map<string, Handler[]>();
  let windowOpenHandler: Handler | undefined;
  const contents = {
    on: vi.fn((event: string, listener: Handler) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((handler: Handler) => {
      windowOpenHandler = handler;
    }),
  };
  return {
    contents,
    listeners,
    /** Fires `event` with a fresh event object and returns its preventDefault spy. */
    fire(event: string, ...rest: unknown[]) {
      const preventDefault = vi.fn();
      const registered = listeners.get(event) ?? [];
      for (const listener of registered) (listener as (...a: unknown[]) => void)({ preventDefault }, ...rest);
      return { preventDefault, listenerCount: registered.length };
    },
    openWindow(details: unknown) {
      if (!windowOpenHandler) throw new Error('no window open handler was set');
      return (windowOpenHandler as (d: unknown) => unknown)(details);
    },
  };
}

type RequestCallback = (response: { cancel?: boolean }) => void;
type BeforeRequest = (details: { url: string }, callback: RequestCallback) => void;

function setup(trustedOrigins: readonly string[] = [APP_ORIGIN]) {
  const appListeners = new Map<string, Handler>();
  const app = {
    on: vi.fn((event: string, listener: Handler) => {
      appListeners.set(event, listener);
      return app;
    }),
  };
  let permissionRequest: ((...args: unknown[]) => void) | undefined;
  let permissionCheck: ((...args: unknown[]) => unknown) | undefined;
  let beforeRequest: BeforeRequest | undefined;
  const session = {
    setPermissionRequestHandler: vi.fn((handler: typeof permissionRequest) => {
      permissionRequest = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: typeof permissionCheck) => {
      permissionCheck = handler;
    }),
    webRequest: {
      onBeforeRequest: vi.fn((handler: BeforeRequest) => {
        beforeRequest = handler;
      }),
    },
  };

  installSecurity(app as unknown as App, session as unknown as Session, trustedOrigins);

  return {
    app,
    session,
    /** Simulates Electron creating a web-contents (window, devtools, anything). */
    createWebContents() {
      const created = appListeners.get('web-contents-created');
      if (!created) throw new Error("installSecurity did not listen for 'web-contents-created'");
      const wc = fakeWebContents();
      (created as (...a: unknown[]) => void)({ preventDefault: vi.fn() }, wc.contents);
      return wc;
    },
    requestPermission(permission: string) {
      if (!permissionRequest) throw new Error('no permission request handler');
      const callback = vi.fn();
      permissionRequest({}, permission, callback, { requestingUrl: 'app://coachbook/index.html' });
      return callback;
    },
    checkPermission(permission: string) {
      if (!permissionCheck) throw new Error('no permission check handler');
      return permissionCheck({}, permission, 'app://coachbook', { requestingUrl: 'app://coachbook/' });
    },
    /** Returns what the request handler answered for `url`. */
    request(url: string) {
      if (!beforeRequest) throw new Error('no onBeforeRequest handler');
      const callback = vi.fn<RequestCallback>();
      beforeRequest({ url }, callback);
      expect(callback).toHaveBeenCalledTimes(1);
      return callback.mock.calls[0]?.[0];
    },
  };
}

describe('installSecurity: web-contents rules', () => {
  it('listens for every new web-contents', () => {
    const { app } = setup();
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (event) => {
    const wc = setup().createWebContents();
    const { preventDefault, listenerCount } = wc.fire(event, 'https://example.com/');
    expect(listenerCount).toBeGreaterThan(0);
    expect(preventDefault).toHaveBeenCalled();
  });

  it('prevents navigation even to the app itself (the renderer is a single page)', () => {
    const wc = setup().createWebContents();
    expect(wc.fire('will-navigate', 'app://coachbook/index.html').preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open / target=_blank', () => {
    const wc = setup().createWebContents();
    expect(wc.contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    for (const url of ['https://example.com/', 'app://coachbook/index.html', 'about:blank', '']) {
      expect(wc.openWindow({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({
        action: 'deny',
      });
    }
  });

  it('applies the rules to every web-contents, not just the first', () => {
    const env = setup();
    const first = env.createWebContents();
    const second = env.createWebContents();
    expect(first.fire('will-navigate').preventDefault).toHaveBeenCalled();
    expect(second.fire('will-navigate').preventDefault).toHaveBeenCalled();
    expect(second.openWindow({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('installSecurity: permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fileSystem',
    'hid',
    'serial',
    'usb',
  ])('answers a %s permission request with false', (permission) => {
    const callback = setup().requestPermission(permission);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'serial'])(
    'answers a %s permission check with false',
    (permission) => {
      expect(setup().checkPermission(permission)).toBe(false);
    },
  );
});

describe('installSecurity: network requests', () => {
  it.each([
    'https://example.com',
    'https://example.com/app://coachbook/',
    'http://127.0.0.1',
    'http://127.0.0.1:5173/',
    'http://localhost:5173/',
    'ws://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://coachbook.evil/index.html',
    'app://evil/coachbook/index.html',
    'app://user:pw@coachbook/index.html',
    'chrome://settings',
    'not a url',
    '',
  ])('cancels a request to %j', (url) => {
    expect(setup().request(url)).toEqual({ cancel: true });
  });

  it.each([
    'app://coachbook/index.html',
    'app://coachbook/assets/index-abc123.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:text/plain,hello',
  ])('allows a request to %j', (url) => {
    expect(setup().request(url)).toEqual({ cancel: false });
  });

  it('allows the dev server only when it is one of the trusted origins', () => {
    const dev = setup([APP_ORIGIN, 'http://localhost:5173']);
    expect(dev.request('http://localhost:5173/src/main.tsx')).toEqual({ cancel: false });
    expect(dev.request('http://localhost:5174/src/main.tsx')).toEqual({ cancel: true });
    expect(dev.request('http://127.0.0.1:5173/src/main.tsx')).toEqual({ cancel: true });
    expect(setup().request('http://localhost:5173/src/main.tsx')).toEqual({ cancel: true });
  });

  it('isAllowedRequest agrees with the installed handler', () => {
    expect(isAllowedRequest('app://coachbook/index.html', [APP_ORIGIN])).toBe(true);
    expect(isAllowedRequest('https://example.com/', [APP_ORIGIN])).toBe(false);
    expect(isAllowedRequest('app://coachbook/index.html', [])).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is pinned', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; " +
        "worker-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('allows no inline or eval’d code and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/wss?:/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('*');
  });

  it('has a directive for each fetch kind, defaulting to none', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => {
        const [name, ...values] = d.split(' ');
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });
});

describe('devContentSecurityPolicy', () => {
  const origin = 'http://localhost:5173';

  it('is a separate relaxation that admits the dev server and its websocket', () => {
    const dev = devContentSecurityPolicy(origin);
    expect(dev).not.toBe(CONTENT_SECURITY_POLICY);
    expect(dev).toContain(`script-src 'self' 'unsafe-inline' ${origin}`);
    expect(dev).toContain(`style-src 'self' 'unsafe-inline' ${origin}`);
    expect(dev).toContain(`connect-src ${origin} ws://localhost:5173`);
    expect(dev).not.toContain('unsafe-eval');
    expect(dev).toContain("default-src 'none'");
    expect(dev).toContain("object-src 'none'");
    expect(dev).toContain("frame-ancestors 'none'");
  });

  it('uses wss:// for an https dev server', () => {
    expect(devContentSecurityPolicy('https://localhost:5173')).toContain(
      'connect-src https://localhost:5173 wss://localhost:5173',
    );
  });

  it('leaves the production policy untouched', () => {
    const before = CONTENT_SECURITY_POLICY;
    devContentSecurityPolicy(origin);
    expect(CONTENT_SECURITY_POLICY).toBe(before);
    expect(CONTENT_SECURITY_POLICY).not.toContain(origin);
  });
});
