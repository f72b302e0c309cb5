import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalLog, describeError, redact } from '../../electron/core/local-log';
import { AppError } from '../../electron/shared/errors';

describe('redact', () => {
  it.each([
    ["no client named 'Jane Doe'", 'no client named <redacted>'],
    ['no client named "Jane Doe"', 'no client named <redacted>'],
    ['no client named `Jane Doe`', 'no client named <redacted>'],
    ['\'a\' and "b" and `c`', '<redacted> and <redacted> and <redacted>'],
    ["empty '' quotes", 'empty <redacted> quotes'],
    ['UNIQUE constraint failed: clients.email', 'UNIQUE constraint failed: clients.email'],
    ['', ''],
  ])('redact(%j) is %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('removes quoted content that spans lines', () => {
    const out = redact('note "line one\nline two" saved');
    expect(out).toBe('note <redacted> saved');
  });

  it('removes every quoted value, keeping the words around them', () => {
    const out = redact(
      `insert failed for 'Jane Doe' <jane@example.com> with note "panic attacks" (id \`42\`)`,
    );
    expect(out).not.toContain('Jane Doe');
    expect(out).not.toContain('panic attacks');
    expect(out).not.toContain('42');
    expect(out).toContain('insert failed for');
    expect(out).toContain('with note');
  });
});

describe('describeError', () => {
  it('starts with the error name and code, and redacts quoted values in the message', () => {
    const error = Object.assign(new Error("UNIQUE constraint failed for 'Jane Doe'"), {
      name: 'SqliteError',
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    });
    const text = describeError(error);
    expect(
      text.startsWith('SqliteError [SQLITE_CONSTRAINT_UNIQUE]: UNIQUE constraint failed for <redacted>\n'),
    ).toBe(true);
    expect(text).not.toContain('Jane');
  });

  it('includes the AppError name and code', () => {
    const text = describeError(
      new AppError('practice_damaged', 'The practice file "Harbour.db" is damaged.'),
    );
    expect(text).toMatch(/^AppError \[practice_damaged\]: The practice file <redacted> is damaged\.\n/);
    expect(text).not.toContain('Harbour');
  });

  it('leaves out a code that is not a string', () => {
    const error = Object.assign(new RangeError('bad'), { code: 42 });
    expect(describeError(error)).toMatch(/^RangeError: bad\n/);
  });

  it('includes a few stack frames so the bug can be found', () => {
    const text = describeError(new Error('boom'));
    const frames = text.split('\n').slice(1);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.length).toBeLessThanOrEqual(5);
    expect(frames[0]).toMatch(/^\s+at /);
  });

  it.each([
    ['a string', 'Jane Doe', 'string'],
    ['an object', { client: 'Jane Doe' }, 'object'],
    ['null', null, 'object'],
    ['undefined', undefined, 'undefined'],
    ['a number', 7, 'number'],
  ])('describes %s that is not an Error by its type only', (_label, thrown, type) => {
    const text = describeError(thrown);
    expect(text).toBe(`non-error thrown (${type})`);
    expect(text).not.toContain('Jane');
  });

  // V8 repeats every line of the message at the top of the stack (ZodError messages are
  // multi-line), so only frame lines may be appended.
  it('does not leak quoted values from the second line of a multi-line message', () => {
    const text = describeError(new Error('could not save\nclient \'Jane Doe\' note "panic attacks"'));
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain('panic attacks');
  });
});

describe('createLocalLog', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  it('appends one redacted, timestamped line per error to a private file', () => {
    folder = mkdtempSync(join(tmpdir(), 'coachbook-log-'));
    const logFolder = join(folder, 'logs');
    const log = createLocalLog(logFolder, { now: () => new Date('2026-03-31T09:30:00.000Z') });
    log('clients.create', new Error("duplicate 'Jane Doe'"));
    log('practice.unlock', 'Jane Doe');
    const file = join(logFolder, 'coachbook.log');
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('2026-03-31T09:30:00.000Z clients.create Error: duplicate <redacted>\n')).toBe(
      true,
    );
    expect(text).toContain('2026-03-31T09:30:00.000Z practice.unlock non-error thrown (string)\n');
    expect(text).not.toContain('Jane');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('never throws, even when the folder cannot be created', () => {
    folder = mkdtempSync(join(tmpdir(), 'coachbook-log-'));
    const blocker = join(folder, 'not-a-folder');
    writeFileSync(blocker, '');
    const log = createLocalLog(join(blocker, 'logs'), { now: () => new Date() });
    expect(() => log('practice.status', new Error('boom'))).not.toThrow();
  });
});

describe('redact keeps apostrophes inside quoted values', () => {
  it("hides all of 'O'Brien'", () => {
    expect(redact("client 'O'Brien' missing")).toBe('client <redacted> missing');
  });
});
