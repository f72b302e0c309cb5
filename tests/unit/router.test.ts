import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentLanguage, writePreferences } from '../../electron/core/preferences';
import type { ServiceContext } from '../../electron/core/services';
import { createRouter, type RouterOptions } from '../../electron/main/router';
import { APP_ORIGIN, isTrustedUrl } from '../../electron/main/trust';
import { channelDef, channelNames } from '../../electron/shared/contract';
import { AppError, errorCodes } from '../../electron/shared/errors';
import { msg, parseMessage } from '../../electron/shared/messages';
import { DEFAULT_PREFERENCES } from '../../electron/shared/preferences';

const TRUSTED = 'app://coachbook/index.html';
const GENERIC = 'Something went wrong. Nothing was changed.';

type Call = { channel: string; input: unknown };
type Impl = (channel: string, input: unknown) => unknown;

/** A handler for every channel; each records its input and, by default, echoes which channel ran. */
function fakeHandlers(impl: Impl = (channel) => ({ handledBy: channel })) {
  const calls: Call[] = [];
  const handlers: Record<string, Record<string, (input: unknown) => unknown>> = {};
  for (const channel of channelNames) {
    const [area, verb] = channel.split('.') as [string, string];
    handlers[area] ??= {};
    handlers[area][verb] = (input) => {
      calls.push({ channel, input });
      return impl(channel, input);
    };
  }
  return { calls, handlers: handlers as unknown as RouterOptions['handlers'] };
}

function setup(impl?: Impl) {
  const { calls, handlers } = fakeHandlers(impl);
  const logUnexpected = vi.fn();
  const dispatch = createRouter({
    handlers,
    isTrustedSender: (url) => isTrustedUrl(url, [APP_ORIGIN]),
    logUnexpected,
  });
  return { dispatch, calls, logUnexpected };
}

const validCreate = {
  name: 'Harbour Lane Coaching',
  coachName: 'Ana Ruiz',
  passphrase: 'correct horse battery',
};

describe('router: sender', () => {
  it.each([
    '',
    'https://evil.example/',
    'app://coachbook.evil/index.html',
    'app://user:pw@coachbook/index.html',
    'file:///srv/coachbook/renderer/index.html',
    'devtools://devtools/bundled/inspector.html',
    'garbage',
  ])('refuses a call from %j as forbidden, before looking at channel or input', async (frameUrl) => {
    const { dispatch, calls, logUnexpected } = setup();
    for (const channel of ['practice.create', 'practice.status', 'nope', '__proto__.x']) {
      const result = await dispatch(channel, validCreate, frameUrl);
      expect(result).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This request did not come from Coachbook.' },
      });
    }
    expect(calls).toEqual([]);
    expect(logUnexpected).not.toHaveBeenCalled();
  });

  it('refuses a non-string channel as forbidden', async () => {
    const { dispatch, calls } = setup();
    for (const channel of [42, null, undefined, { toString: () => 'practice.status' }, ['practice.status']]) {
      const result = await dispatch(channel as never, undefined, TRUSTED);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('forbidden');
    }
    expect(calls).toEqual([]);
  });

  it('accepts the trusted renderer', async () => {
    const { dispatch, calls } = setup();
    expect(await dispatch('practice.status', undefined, TRUSTED)).toEqual({
      ok: true,
      value: { handledBy: 'practice.status' },
    });
    expect(calls).toEqual([{ channel: 'practice.status', input: undefined }]);
  });
});

describe('router: channels', () => {
  it.each([
    'nope',
    '',
    '.',
    'practice',
    'practice.',
    '.status',
    'practice.status.x',
    'practice..status',
    'Practice.status',
    'practice.Status',
    ' practice.status',
    'practice.status ',
    '__proto__.x',
    '__proto__.toString',
    'constructor.name',
    'constructor.constructor',
    'toString.call',
    'hasOwnProperty.call',
    'practice.__proto__',
    'practice.constructor',
    'practice.hasOwnProperty',
    'practice.toString',
    'practice.valueOf',
    'clients.__defineGetter__',
  ])('answers unknown_channel for %j without calling any handler', async (channel) => {
    const { dispatch, calls, logUnexpected } = setup();
    const result = await dispatch(channel, undefined, TRUSTED);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'Coachbook does not know that request.' },
    });
    expect(calls).toEqual([]);
    expect(logUnexpected).not.toHaveBeenCalled();
  });

  it('routes every contract channel to its own handler', async () => {
    const { dispatch, calls } = setup();
    for (const channel of channelNames) {
      const def = channelDef(channel);
      expect(def, channel).toBeDefined();
      calls.length = 0;
      const result = await dispatch(channel, undefined, TRUSTED);
      if (def?.input.safeParse(undefined).success) {
        expect(result, channel).toEqual({ ok: true, value: { handledBy: channel } });
        expect(calls.map((c) => c.channel)).toEqual([channel]);
      } else {
        expect(result.ok, channel).toBe(false);
        expect(calls).toEqual([]);
      }
    }
  });
});

describe('router: input validation (practice.create)', () => {
  const hugeString = 'x'.repeat(5 * 1024 * 1024);

  it.each([
    ['missing everything', {}, 'name'],
    ['missing name', { coachName: 'Ana Ruiz', passphrase: 'correct horse battery' }, 'name'],
    ['missing coachName', { name: 'Harbour Lane', passphrase: 'correct horse battery' }, 'coachName'],
    ['missing passphrase', { name: 'Harbour Lane', coachName: 'Ana Ruiz' }, 'passphrase'],
    ['name is a number', { ...validCreate, name: 42 }, 'name'],
    ['name is null', { ...validCreate, name: null }, 'name'],
    ['name is an object', { ...validCreate, name: { toString: 'x' } }, 'name'],
    ['name is an array', { ...validCreate, name: ['Harbour'] }, 'name'],
    ['name is blank after trimming', { ...validCreate, name: '   \t\n ' }, 'name'],
    ['coachName is a boolean', { ...validCreate, coachName: true }, 'coachName'],
    ['passphrase is a number', { ...validCreate, passphrase: 12345678901 }, 'passphrase'],
    ['passphrase is too short', { ...validCreate, passphrase: 'short' }, 'passphrase'],
    ['passphrase is 9 characters', { ...validCreate, passphrase: '123456789' }, 'passphrase'],
    ['passphrase is 5 MB', { ...validCreate, passphrase: hugeString }, 'passphrase'],
    ['name is 5 MB', { ...validCreate, name: hugeString }, 'name'],
    ['name is 121 characters', { ...validCreate, name: 'n'.repeat(121) }, 'name'],
  ])('%s → validation on the field', async (_label, input, field) => {
    const { dispatch, calls, logUnexpected } = setup();
    const result = await dispatch('practice.create', input, TRUSTED);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.field).toBe(field);
    expect(result.error.message).toBeTypeOf('string');
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.message.length).toBeLessThan(500);
    expect(calls).toEqual([]);
    expect(logUnexpected).not.toHaveBeenCalled();
  });

  it('explains a short passphrase with the contract’s own words', async () => {
    const { dispatch } = setup();
    expect(await dispatch('practice.create', { ...validCreate, passphrase: 'short' }, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Use at least 10 characters.', field: 'passphrase' },
    });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'Harbour Lane'],
    ['a number', 7],
    ['a boolean', true],
    ['an empty array', []],
    ['an array of the fields', [validCreate.name, validCreate.coachName, validCreate.passphrase]],
    ['an array holding the input', [validCreate]],
    ['a 5 MB string', 'x'.repeat(5 * 1024 * 1024)],
    ['an extra key', { ...validCreate, isAdmin: true }],
    ['an extra key only', { ...validCreate, path: '/etc/passwd' }],
    [
      'a JSON __proto__ key',
      JSON.parse(`{"__proto__":{"isAdmin":true},${JSON.stringify(validCreate).slice(1)}`),
    ],
    [
      'a JSON constructor key',
      JSON.parse(`{"constructor":{"prototype":{"x":1}},${JSON.stringify(validCreate).slice(1)}`),
    ],
  ])('%s → validation, handler never called', async (_label, input) => {
    const { dispatch, calls } = setup();
    const result = await dispatch('practice.create', input, TRUSTED);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('validation');
    expect(calls).toEqual([]);
  });

  it('does not let a JSON __proto__ key pollute anything', async () => {
    const { dispatch } = setup();
    await dispatch('practice.create', JSON.parse('{"__proto__":{"polluted":true}}'), TRUSTED);
    await dispatch(
      'practice.unlock',
      JSON.parse('{"passphrase":"x","__proto__":{"polluted":true}}'),
      TRUSTED,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('passes the parsed (trimmed) input to the handler, leaving the passphrase exactly as typed', async () => {
    const { dispatch, calls } = setup();
    const input = { name: '  Harbour Lane  ', coachName: '\tAna Ruiz\n', passphrase: '  spaces count  ' };
    expect(await dispatch('practice.create', input, TRUSTED)).toEqual({
      ok: true,
      value: { handledBy: 'practice.create' },
    });
    expect(calls).toEqual([
      {
        channel: 'practice.create',
        input: { name: 'Harbour Lane', coachName: 'Ana Ruiz', passphrase: '  spaces count  ' },
      },
    ]);
  });

  it('refuses input on a channel that takes none', async () => {
    const { dispatch, calls } = setup();
    for (const input of [{}, null, '', 0, [], { passphrase: 'x' }]) {
      const result = await dispatch('practice.lock', input, TRUSTED);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('validation');
    }
    expect(calls).toEqual([]);
  });
});

describe('router: handler outcomes', () => {
  it('wraps a handler’s result, sync or async, in an ok envelope', async () => {
    const { dispatch } = setup(async (channel) => ({ status: 'locked', channel }));
    expect(await dispatch('practice.status', undefined, TRUSTED)).toEqual({
      ok: true,
      value: { status: 'locked', channel: 'practice.status' },
    });
    const sync = setup(() => null);
    expect(await sync.dispatch('practice.lock', undefined, TRUSTED)).toEqual({ ok: true, value: null });
  });

  it('turns a thrown AppError into its code, message and field, without logging it', async () => {
    const { dispatch, logUnexpected } = setup(() => {
      throw new AppError('wrong_passphrase', 'That passphrase did not open the practice.', 'passphrase');
    });
    expect(await dispatch('practice.unlock', { passphrase: 'not it' }, TRUSTED)).toEqual({
      ok: false,
      error: {
        code: 'wrong_passphrase',
        message: 'That passphrase did not open the practice.',
        field: 'passphrase',
      },
    });
    expect(logUnexpected).not.toHaveBeenCalled();
  });

  it('turns a rejected AppError without a field into code and message only', async () => {
    const { dispatch } = setup(async () => {
      throw new AppError('locked', 'Unlock the practice first.');
    });
    const result = await dispatch('practice.profile', undefined, TRUSTED);
    expect(result).toEqual({ ok: false, error: { code: 'locked', message: 'Unlock the practice first.' } });
    expect(result.ok === false && 'field' in result.error).toBe(false);
  });

  it('hides an unexpected error behind a generic message and logs it with the channel', async () => {
    const secret = 'Jane Doe (divorce, burnout)';
    const thrown = new Error(
      `SQLITE_CONSTRAINT: UNIQUE failed for client "${secret}" at /home/coach/${secret}.db`,
    );
    const { dispatch, logUnexpected } = setup(() => {
      throw thrown;
    });
    const result = await dispatch('practice.unlock', { passphrase: 'correct horse battery' }, TRUSTED);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: GENERIC } });
    expect(JSON.stringify(result)).not.toContain('Jane');
    expect(JSON.stringify(result)).not.toContain('SQLITE');
    expect(logUnexpected).toHaveBeenCalledTimes(1);
    expect(logUnexpected).toHaveBeenCalledWith('practice.unlock', thrown);
  });

  it('never hands the input to the logger', async () => {
    const { dispatch, logUnexpected } = setup(() => {
      throw new TypeError('boom');
    });
    await dispatch('practice.create', validCreate, TRUSTED);
    expect(logUnexpected).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(logUnexpected.mock.calls)).not.toContain(validCreate.passphrase);
    expect(logUnexpected.mock.calls[0]).toHaveLength(2);
  });

  const lookalike = Object.assign(new Error('Jane Doe'), {
    code: 'locked',
    toShape: () => ({ code: 'locked', message: 'Jane Doe' }),
  });
  it.each([
    ['a plain Error', new Error('Jane Doe')],
    ['a thrown string', 'Jane Doe'],
    ['a thrown object', { code: 'locked', message: 'Jane Doe' }],
    ['a thrown null', null],
    ['an error that merely looks like an AppError', lookalike],
  ])('treats %s (sync or rejected) as internal and logs exactly what was thrown', async (_label, thrown) => {
    const throwing = setup(() => {
      throw thrown;
    });
    const rejecting = setup(() => Promise.reject(thrown));
    for (const { dispatch, logUnexpected } of [throwing, rejecting]) {
      const result = await dispatch('practice.status', undefined, TRUSTED);
      expect(result).toEqual({ ok: false, error: { code: 'internal', message: GENERIC } });
      expect(JSON.stringify(result)).not.toContain('Jane');
      expect(logUnexpected).toHaveBeenCalledTimes(1);
      expect(logUnexpected.mock.calls[0]?.[0]).toBe('practice.status');
      expect(logUnexpected.mock.calls[0]?.[1]).toBe(thrown);
    }
  });

  it('still answers internal when no logger is configured', async () => {
    const { handlers } = fakeHandlers(() => {
      throw new Error('boom');
    });
    const dispatch = createRouter({ handlers, isTrustedSender: () => true });
    expect(await dispatch('practice.status', undefined, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'internal', message: GENERIC },
    });
  });

  it('answers internal (not a crash) when a handler is missing from the table', async () => {
    const logUnexpected = vi.fn();
    const dispatch = createRouter({ handlers: {} as never, isTrustedSender: () => true, logUnexpected });
    const result = await dispatch('practice.status', undefined, TRUSTED);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(['internal', 'unknown_channel']).toContain(result.error.code);
  });
});

describe('router: property', () => {
  const anything = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  });
  /** Shaped inputs as well, so handlers are reached often enough to check what they receive. */
  const shaped = fc.oneof(
    anything,
    fc.constant(undefined),
    fc.record(
      { name: fc.string(), coachName: fc.string(), passphrase: fc.string({ maxLength: 40 }) },
      { requiredKeys: [] },
    ),
    fc.record({ passphrase: fc.oneof(fc.string(), anything) }),
    fc.record({ path: fc.string() }),
    fc.record({ id: fc.oneof(fc.uuid({ version: 4 }), fc.string()) }),
    fc.record({ id: fc.uuid({ version: 4 }), confirmName: fc.string() }),
    fc.record({ fullName: fc.string(), tags: fc.array(fc.string({ maxLength: 5 })) }, { requiredKeys: [] }),
    fc.record(
      { search: fc.string(), offset: fc.integer(), limit: fc.integer(), tag: fc.option(fc.string()) },
      { requiredKeys: [] },
    ),
  );

  it('always resolves to an envelope, and handlers only ever see schema-valid input', async () => {
    let handled = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channelNames), shaped, async (channel, input) => {
        const { dispatch, calls, logUnexpected } = setup();
        const result = await dispatch(channel, input, TRUSTED);

        expect(typeof result.ok).toBe('boolean');
        if (result.ok) {
          handled++;
          expect(result.value).toEqual({ handledBy: channel });
          expect(calls).toHaveLength(1);
          expect(calls[0]?.channel).toBe(channel);
          const def = channelDef(channel);
          expect(def?.input.safeParse(calls[0]?.input).success).toBe(true);
        } else {
          refused++;
          // Trusted sender, known channel, handlers that never throw: only the input can be wrong.
          expect(result.error.code).toBe('validation');
          expect(errorCodes).toContain(result.error.code);
          expect(typeof result.error.message).toBe('string');
          // Messages cross IPC as words, never as references.
          expect(parseMessage(result.error.message)).toBeNull();
          if (result.error.field !== undefined) expect(typeof result.error.field).toBe('string');
          expect(calls).toEqual([]);
        }
        expect(logUnexpected).not.toHaveBeenCalled();
      }),
      { numRuns: 1000 },
    );
    // The property is only meaningful if both branches were exercised.
    expect(handled).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('never rejects, whatever the channel, sender or input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...channelNames), fc.string(), anything),
        fc.oneof(fc.constant(TRUSTED), fc.webUrl(), fc.string()),
        anything,
        async (channel, frameUrl, input) => {
          const { dispatch, calls } = setup();
          const result = await dispatch(channel as string, input, frameUrl);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(errorCodes).toContain(result.error.code);
            expect(calls).toEqual([]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('router: the coach’s language', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  /** A router whose language comes from preferences.json in a folder of its own, as in the app. */
  function inFolder(impl?: Impl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'coachbook-router-'));
    folders.push(dataDir);
    const services = { practices: { dataDir }, systemLocales: () => [] } as unknown as ServiceContext;
    const { handlers } = fakeHandlers(impl);
    const dispatch = createRouter({
      handlers,
      isTrustedSender: (url) => isTrustedUrl(url, [APP_ORIGIN]),
      language: () => documentLanguage(services),
    });
    const speak = (language: 'system' | 'en' | 'es') =>
      writePreferences(dataDir, { ...DEFAULT_PREFERENCES, language });
    return { dispatch, speak };
  }
  const wrongPassphrase = () => {
    throw new AppError('wrong_passphrase', msg('errors:passphrase.wrong'), 'passphrase');
  };

  it('writes a refused input and a service’s error in English by default', async () => {
    const { dispatch } = inFolder(wrongPassphrase);
    expect(await dispatch('practice.create', { ...validCreate, name: ' ' }, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Enter a practice name.', field: 'name' },
    });
    expect(await dispatch('practice.unlock', { passphrase: 'not it' }, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'wrong_passphrase', message: 'That passphrase is not right.', field: 'passphrase' },
    });
  });

  it('writes them in Spanish when the preferences say Spanish, from the very next call', async () => {
    const { dispatch, speak } = inFolder(wrongPassphrase);
    speak('es');
    expect(await dispatch('practice.create', { ...validCreate, passphrase: 'short' }, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Usa al menos 10 caracteres.', field: 'passphrase' },
    });
    expect(
      await dispatch('practice.create', { ...validCreate, coachName: 'x'.repeat(121) }, TRUSTED),
    ).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'Usa menos de 120 caracteres en tu nombre.',
        field: 'coachName',
      },
    });
    expect(await dispatch('practice.unlock', { passphrase: 'not it' }, TRUSTED)).toEqual({
      ok: false,
      error: {
        code: 'wrong_passphrase',
        message: 'Esa frase de contraseña no es correcta.',
        field: 'passphrase',
      },
    });
    speak('en');
    expect(await dispatch('practice.unlock', { passphrase: 'not it' }, TRUSTED)).toMatchObject({
      error: { message: 'That passphrase is not right.' },
    });
  });

  it('translates its own refusals and the generic failure too, and leaves plain text as written', async () => {
    const { dispatch, speak } = inFolder((channel) => {
      if (channel === 'practice.lock') throw new AppError('locked', 'An older message in plain English.');
      throw new Error('Jane Doe');
    });
    speak('es');
    expect(await dispatch('practice.status', undefined, 'https://evil.example/')).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Esta solicitud no viene de Coachbook.' },
    });
    expect(await dispatch('practice.nope', undefined, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'Coachbook no reconoce esa solicitud.' },
    });
    expect(await dispatch('practice.status', undefined, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Algo salió mal. No se ha cambiado nada.' },
    });
    expect(await dispatch('practice.lock', undefined, TRUSTED)).toEqual({
      ok: false,
      error: { code: 'locked', message: 'An older message in plain English.' },
    });
  });

  it('falls back to English when the language cannot be read, rather than failing the call', async () => {
    const { handlers } = fakeHandlers(wrongPassphrase);
    const dispatch = createRouter({
      handlers,
      isTrustedSender: () => true,
      language: () => {
        throw new Error('preferences unreadable');
      },
    });
    expect(await dispatch('practice.unlock', { passphrase: 'not it' }, TRUSTED)).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase', message: 'That passphrase is not right.' },
    });
  });
});
