import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PracticeManager } from '../../electron/core/practice/practice-manager';
import { DEFAULT_PRACTICE_DEFAULTS } from '../../electron/shared/profile';
import { routerFor } from './helpers/router';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

/** The coach profile and practice defaults, through the real router over a temporary practice. */

// The smallest valid PNG: 1×1 transparent pixel.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
let temp: TempPractice;
let practices: PracticeManager;
let call: ReturnType<typeof routerFor>['call'];
let refused: ReturnType<typeof routerFor>['refused'];

beforeEach(() => {
  temp = tempPractice();
  practices = temp.newManager();
  practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'a long test passphrase',
  });
  ({ call, refused } = routerFor(temp, practices));
});
afterEach(() => temp.cleanup());

describe('coach profile', () => {
  it('starts with the name given at setup and keeps credentials, email and signature', async () => {
    expect(await call('coach', 'profile', undefined)).toEqual({
      name: 'Ana Rivera',
      credentials: [],
      email: '',
      signature: null,
    });
    const saved = await call('coach', 'saveProfile', {
      name: 'Ana Rivera Soto',
      credentials: [
        { body: 'ICF', credential: 'PCC', memberNumber: '004211' },
        { body: 'EMCC', credential: 'Senior Practitioner', memberNumber: '' },
      ],
      email: 'ana@example.org',
      signature: PNG,
    });
    expect(saved.name).toBe('Ana Rivera Soto');
    // The name is the practice's one coach name: the practice profile follows.
    expect(practices.profile().coachName).toBe('Ana Rivera Soto');

    // Survives a restart (lock, new manager, unlock).
    practices.lock();
    const again = temp.newManager();
    again.unlock({ passphrase: 'a long test passphrase' });
    const { readCoachProfile } = await import('../../electron/core/coach/profile');
    expect(readCoachProfile(again.requireDb())).toEqual(saved);
  });

  it('refuses a bad email, an empty credential, a non-PNG signature, and changes nothing', async () => {
    const before = await call('coach', 'profile', undefined);
    const base = { name: 'Ana', credentials: [], email: '', signature: null };
    expect((await refused('coach', 'saveProfile', { ...base, email: 'ana@' })).field).toBe('email');
    expect(
      (
        await refused('coach', 'saveProfile', {
          ...base,
          credentials: [{ body: 'ICF', credential: ' ', memberNumber: '' }],
        })
      ).message,
    ).toMatch(/credential/i);
    expect(
      (await refused('coach', 'saveProfile', { ...base, signature: 'data:image/jpeg;base64,AAAA' })).message,
    ).toMatch(/PNG/);
    expect(await call('coach', 'profile', undefined)).toEqual(before);
  });
});

describe('practice defaults', () => {
  it('start at the built-in defaults and keep what the coach sets', async () => {
    expect(await call('coach', 'defaults', undefined)).toEqual(DEFAULT_PRACTICE_DEFAULTS);
    const next = {
      currency: 'MXN',
      sessionMinutes: 50,
      feeArrangement: 'package',
      noteTemplateId: 'ccc-staircase',
    } as const;
    await call('coach', 'saveDefaults', next);
    expect(await call('coach', 'defaults', undefined)).toEqual(next);
  });

  it('refuse an unknown note template, a zero-minute session and a bad currency', async () => {
    const ok = { ...DEFAULT_PRACTICE_DEFAULTS };
    expect((await refused('coach', 'saveDefaults', { ...ok, noteTemplateId: 'nope' })).field).toBe(
      'noteTemplateId',
    );
    expect((await refused('coach', 'saveDefaults', { ...ok, sessionMinutes: 0 })).field).toBe(
      'sessionMinutes',
    );
    expect((await refused('coach', 'saveDefaults', { ...ok, currency: 'dollars' })).field).toBe('currency');
    expect(await call('coach', 'defaults', undefined)).toEqual(DEFAULT_PRACTICE_DEFAULTS);
  });

  it('are unavailable while the practice is locked', async () => {
    practices.lock();
    expect((await refused('coach', 'defaults', undefined)).code).toBe('locked');
  });
});
