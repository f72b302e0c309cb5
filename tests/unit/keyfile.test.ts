import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createKeyFile,
  DATA_KEY_BYTES,
  DEFAULT_SCRYPT,
  type KeyFile,
  newDataKey,
  parseKeyFile,
  type ScryptParams,
  serializeKeyFile,
  unwrapDataKey,
  wrapDataKey,
} from '../../electron/core/keyring/keyfile';
import { AppError, type ErrorCode } from '../../electron/shared/errors';
import { english } from '../helpers/english';

const FAST: ScryptParams = { N: 2 ** 12, r: 8, p: 1 };
const PASSPHRASE = 'correct horse battery staple';

function makeKeyFile(passphrase = PASSPHRASE, scrypt: ScryptParams = FAST) {
  const dataKey = newDataKey();
  const keyFile = createKeyFile({
    practiceId: randomUUID(),
    practiceName: 'Harbour Lane Coaching',
    dataKey: Buffer.from(dataKey),
    passphrase,
    scrypt,
  });
  return { dataKey, keyFile };
}

/** Runs fn and returns the AppError it throws; fails the test if it throws anything else or nothing. */
function appErrorOf(fn: () => unknown): AppError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected an AppError to be thrown').toBeInstanceOf(AppError);
  return thrown as AppError;
}

function codeOf(fn: () => unknown): ErrorCode {
  return appErrorOf(fn).code;
}

/** Flips one bit of a base64 field's decoded bytes and re-encodes it (still valid base64). */
function flipBit(b64: string, byteIndex: number, bit = 0): string {
  const bytes = Buffer.from(b64, 'base64');
  expect(byteIndex).toBeLessThan(bytes.length);
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ (1 << bit);
  return bytes.toString('base64');
}

/** Serializes, edits the JSON text through `edit`, and parses again (as reading a changed file would). */
function roundTripText(keyFile: KeyFile, edit: (text: string) => string): string {
  return edit(serializeKeyFile(keyFile));
}

describe('wrapping the data key', () => {
  it('unwraps to the same 32-byte data key with the right passphrase', () => {
    const { dataKey, keyFile } = makeKeyFile();
    expect(dataKey).toHaveLength(DATA_KEY_BYTES);
    const unwrapped = unwrapDataKey(keyFile, PASSPHRASE, 'passphrase');
    expect(unwrapped.equals(dataKey)).toBe(true);
  });

  it('survives serialize → parse unchanged, and the parsed file still unlocks', () => {
    const { dataKey, keyFile } = makeKeyFile();
    const text = serializeKeyFile(keyFile);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = parseKeyFile(text);
    expect(parsed).toEqual(keyFile);
    expect(unwrapDataKey(parsed, PASSPHRASE, 'passphrase').equals(dataKey)).toBe(true);
  });

  it('never stores the data key or the passphrase in the file', () => {
    const { dataKey, keyFile } = makeKeyFile();
    const text = serializeKeyFile(keyFile);
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(dataKey.toString('base64'));
    expect(text).not.toContain(dataKey.toString('hex'));
    expect(Buffer.from(keyFile.slots.passphrase.wrappedKey, 'base64').equals(dataKey)).toBe(false);
  });

  it('uses a fresh salt and iv each time the same key is wrapped', () => {
    const dataKey = newDataKey();
    const id = randomUUID();
    const a = wrapDataKey(dataKey, PASSPHRASE, id, 'passphrase', FAST);
    const b = wrapDataKey(dataKey, PASSPHRASE, id, 'passphrase', FAST);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.wrappedKey).not.toBe(b.wrappedKey);
    expect(Buffer.from(a.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(a.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(a.tag, 'base64')).toHaveLength(16);
    expect(Buffer.from(a.wrappedKey, 'base64')).toHaveLength(DATA_KEY_BYTES);
  });

  it('gives distinct data keys each time', () => {
    const a = newDataKey();
    const b = newDataKey();
    expect(a).toHaveLength(DATA_KEY_BYTES);
    expect(a.equals(b)).toBe(false);
  });
});

describe('a wrong secret', () => {
  it('is wrong_passphrase on the passphrase field', () => {
    const { keyFile } = makeKeyFile();
    for (const attempt of [
      'correct horse battery stapl',
      'Correct horse battery staple',
      '',
      `${PASSPHRASE} `,
    ]) {
      const error = appErrorOf(() => unwrapDataKey(keyFile, attempt, 'passphrase'));
      expect(error.code).toBe('wrong_passphrase');
      expect(error.field).toBe('passphrase');
      expect({ ...error.toShape(), message: english(error.message) }).toEqual({
        code: 'wrong_passphrase',
        message: 'That passphrase is not right.',
        field: 'passphrase',
      });
    }
  });

  it('is wrong_passphrase when the file has no slot of the kind asked for', () => {
    const { keyFile } = makeKeyFile();
    expect(codeOf(() => unwrapDataKey(keyFile, PASSPHRASE, 'recovery'))).toBe('wrong_passphrase');
  });
});

describe('slots are bound to their practice and slot name (AAD)', () => {
  it('a slot copied into a key file for another practice does not open', () => {
    const { keyFile } = makeKeyFile();
    const moved: KeyFile = { ...keyFile, practiceId: randomUUID() };
    expect(moved.slots.passphrase).toBe(keyFile.slots.passphrase);
    const error = appErrorOf(() => unwrapDataKey(moved, PASSPHRASE, 'passphrase'));
    expect(error.code).toBe('wrong_passphrase');
    // The same slot in its own file still opens: only the practice id changed.
    expect(unwrapDataKey(keyFile, PASSPHRASE, 'passphrase')).toHaveLength(DATA_KEY_BYTES);
  });

  it('a slot wrapped for another practice id does not open here, even with the right passphrase', () => {
    const { dataKey, keyFile } = makeKeyFile();
    const foreign = wrapDataKey(dataKey, PASSPHRASE, randomUUID(), 'passphrase', FAST);
    const swapped: KeyFile = { ...keyFile, slots: { passphrase: foreign } };
    expect(codeOf(() => unwrapDataKey(swapped, PASSPHRASE, 'passphrase'))).toBe('wrong_passphrase');
  });

  it('a passphrase slot renamed to recovery does not open', () => {
    const { keyFile } = makeKeyFile();
    const renamed: KeyFile = {
      ...keyFile,
      slots: { passphrase: keyFile.slots.passphrase, recovery: keyFile.slots.passphrase },
    };
    const error = appErrorOf(() => unwrapDataKey(renamed, PASSPHRASE, 'recovery'));
    expect(error.code).toBe('wrong_passphrase');
    expect(error.field).toBe('recoveryKey');
  });
});

describe('parseKeyFile', () => {
  it('rejects text that is not JSON as key_file_damaged', () => {
    for (const text of ['', 'not json', '\u0000\u0001\u0002', '{"format":', 'coachbook-key']) {
      const error = appErrorOf(() => parseKeyFile(text));
      expect(error.code).toBe('key_file_damaged');
      expect(error.field).toBeUndefined();
    }
  });

  it('rejects JSON that is not a key file as key_file_damaged', () => {
    const { keyFile } = makeKeyFile();
    const variants: unknown[] = [
      null,
      [],
      42,
      'coachbook-key',
      {},
      { ...keyFile, format: 'coachbook-keys' },
      { ...keyFile, version: 2 },
      { ...keyFile, practiceId: 'not-a-uuid' },
      { ...keyFile, practiceName: '' },
      { ...keyFile, cipher: { name: 'aes', legacy: 4 } },
      { ...keyFile, slots: {} },
      { ...keyFile, slots: { recovery: keyFile.slots.passphrase } },
      { ...keyFile, slots: { passphrase: { ...keyFile.slots.passphrase, iv: 'not base64!' } } },
      {
        ...keyFile,
        slots: {
          passphrase: {
            ...keyFile.slots.passphrase,
            kdf: { ...keyFile.slots.passphrase.kdf, name: 'pbkdf2' },
          },
        },
      },
      {
        ...keyFile,
        slots: {
          passphrase: { ...keyFile.slots.passphrase, kdf: { ...keyFile.slots.passphrase.kdf, N: 2 ** 30 } },
        },
      },
    ];
    for (const value of variants) {
      expect(
        codeOf(() => parseKeyFile(JSON.stringify(value))),
        JSON.stringify(value),
      ).toBe('key_file_damaged');
    }
    // The unchanged file parses: the rejections above are about the edits.
    expect(parseKeyFile(JSON.stringify(keyFile))).toEqual(keyFile);
  });

  it('rejects every truncation of the file as key_file_damaged', () => {
    const { keyFile } = makeKeyFile();
    const text = serializeKeyFile(keyFile);
    // Dropping only the final newline leaves complete JSON, so stop before that.
    for (let length = 0; length < text.length - 1; length++) {
      expect(
        codeOf(() => parseKeyFile(text.slice(0, length))),
        `truncated to ${length}`,
      ).toBe('key_file_damaged');
    }
  });

  it('rejects a base64 field edited into a non-base64 character as key_file_damaged', () => {
    const { keyFile } = makeKeyFile();
    const slot = keyFile.slots.passphrase;
    for (const field of ['iv', 'tag', 'wrappedKey'] as const) {
      const original = slot[field];
      const edited = roundTripText(keyFile, (text) =>
        text.replace(`"${original}"`, `"${original.slice(0, 3)}!${original.slice(4)}"`),
      );
      expect(edited).not.toBe(serializeKeyFile(keyFile));
      expect(
        codeOf(() => parseKeyFile(edited)),
        field,
      ).toBe('key_file_damaged');
    }
  });

  it('accepts bit-flipped (still valid) base64, and unlocking it is then wrong_passphrase', () => {
    const { dataKey, keyFile } = makeKeyFile();
    const slot = keyFile.slots.passphrase;
    const cases: Array<[string, KeyFile]> = [];
    for (const index of [0, 15, 31]) {
      cases.push([
        `wrappedKey[${index}]`,
        { ...keyFile, slots: { passphrase: { ...slot, wrappedKey: flipBit(slot.wrappedKey, index, 3) } } },
      ]);
    }
    for (const index of [0, 15]) {
      cases.push([
        `tag[${index}]`,
        { ...keyFile, slots: { passphrase: { ...slot, tag: flipBit(slot.tag, index) } } },
      ]);
      cases.push([
        `salt[${index}]`,
        {
          ...keyFile,
          slots: { passphrase: { ...slot, kdf: { ...slot.kdf, salt: flipBit(slot.kdf.salt, index) } } },
        },
      ]);
    }
    cases.push(['iv[11]', { ...keyFile, slots: { passphrase: { ...slot, iv: flipBit(slot.iv, 11, 7) } } }]);

    for (const [label, damaged] of cases) {
      const parsed = parseKeyFile(serializeKeyFile(damaged));
      const error = appErrorOf(() => unwrapDataKey(parsed, PASSPHRASE, 'passphrase'));
      expect(error.code, label).toBe('wrong_passphrase');
    }
    // Sanity: the untouched slot still opens.
    expect(unwrapDataKey(keyFile, PASSPHRASE, 'passphrase').equals(dataKey)).toBe(true);
  });
});

describe('passphrase normalisation', () => {
  const nfc = 'caf\u00e9 au lait';
  const nfd = 'cafe\u0301 au lait';

  it('treats the composed and decomposed forms of the same passphrase as one', () => {
    expect(nfc).not.toBe(nfd);
    expect(nfc.normalize('NFC')).toBe(nfd.normalize('NFC'));

    const fromNfc = makeKeyFile(nfc);
    expect(unwrapDataKey(fromNfc.keyFile, nfc, 'passphrase').equals(fromNfc.dataKey)).toBe(true);
    expect(unwrapDataKey(fromNfc.keyFile, nfd, 'passphrase').equals(fromNfc.dataKey)).toBe(true);

    const fromNfd = makeKeyFile(nfd);
    expect(unwrapDataKey(fromNfd.keyFile, nfc, 'passphrase').equals(fromNfd.dataKey)).toBe(true);
    expect(unwrapDataKey(fromNfd.keyFile, nfd, 'passphrase').equals(fromNfd.dataKey)).toBe(true);
  });

  it('still tells apart passphrases that differ only by the accent', () => {
    const { keyFile } = makeKeyFile(nfc);
    expect(codeOf(() => unwrapDataKey(keyFile, 'cafe au lait', 'passphrase'))).toBe('wrong_passphrase');
  });
});

describe('recorded KDF parameters', () => {
  it('records exactly the scrypt parameters used', () => {
    for (const params of [FAST, { N: 2 ** 11, r: 4, p: 2 }, { N: 2 ** 10, r: 1, p: 1 }]) {
      const { dataKey, keyFile } = makeKeyFile(PASSPHRASE, params);
      const { salt, ...recorded } = keyFile.slots.passphrase.kdf;
      expect(recorded).toEqual({ name: 'scrypt', ...params });
      expect(Buffer.from(salt, 'base64')).toHaveLength(16);
      // The recorded parameters are the ones unwrapping uses.
      expect(unwrapDataKey(parseKeyFile(serializeKeyFile(keyFile)), PASSPHRASE, 'passphrase')).toEqual(
        dataKey,
      );
    }
  });

  it('unwraps with the recorded parameters, so altering them breaks the unlock', () => {
    const { keyFile } = makeKeyFile();
    const slot = keyFile.slots.passphrase;
    const altered: KeyFile = {
      ...keyFile,
      slots: { passphrase: { ...slot, kdf: { ...slot.kdf, N: 2 ** 13 } } },
    };
    expect(codeOf(() => unwrapDataKey(altered, PASSPHRASE, 'passphrase'))).toBe('wrong_passphrase');
  });

  it('defaults to the app cost (scrypt N=2^17) when none is given', () => {
    const dataKey = newDataKey();
    const keyFile = createKeyFile({
      practiceId: randomUUID(),
      practiceName: 'Default Cost',
      dataKey,
      passphrase: PASSPHRASE,
    });
    const { salt: _salt, ...recorded } = keyFile.slots.passphrase.kdf;
    expect(DEFAULT_SCRYPT).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(recorded).toEqual({ name: 'scrypt', ...DEFAULT_SCRYPT });
    expect(unwrapDataKey(keyFile, PASSPHRASE, 'passphrase').equals(dataKey)).toBe(true);
  });
});
