import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';

/**
 * The key file beside each practice database. It holds the random 256-bit data key
 * only in wrapped form (AES-256-GCM under a key derived from a secret), one "slot"
 * per secret. Changing the passphrase rewrites a slot; the database is never
 * re-encrypted. The practice name is kept here in clear so the unlock screen can
 * say which practice it is opening; nothing about clients ever is.
 */

export const DATA_KEY_BYTES = 32;

/**
 * scrypt cost, recorded in every slot so it can be raised later without breaking
 * old files. N=2^17 takes roughly 200-400 ms here: slow for guessing, quick for a coach.
 */
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const slotSchema = z.object({
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 10)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: b64,
  }),
  iv: b64,
  tag: b64,
  wrappedKey: b64,
});

const keyFileSchema = z.object({
  format: z.literal('coachbook-key'),
  version: z.literal(1),
  practiceId: z.uuid(),
  practiceName: z.string().min(1).max(200),
  cipher: z.object({ name: z.literal('sqlcipher'), legacy: z.literal(4) }),
  slots: z.object({ passphrase: slotSchema }).catchall(slotSchema),
});

export type KeySlot = z.infer<typeof slotSchema>;
export type KeyFile = z.infer<typeof keyFileSchema>;
export type SlotName = 'passphrase' | 'recovery';
export type ScryptParams = { N: number; r: number; p: number };

function deriveKek(secret: string, salt: Buffer, { N, r, p }: ScryptParams): Buffer {
  // maxmem must cover 128*N*r bytes; Node's 32 MiB default is too small for N=2^17.
  return scryptSync(secret.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 2 ** 20 });
}

/** The slot name and practice id are authenticated, so slots cannot be swapped between files. */
function aad(practiceId: string, slot: string): Buffer {
  return Buffer.from(`coachbook:${practiceId}:${slot}`, 'utf8');
}

export function wrapDataKey(
  dataKey: Buffer,
  secret: string,
  practiceId: string,
  slot: SlotName,
  params: ScryptParams = DEFAULT_SCRYPT,
): KeySlot {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKek(secret, salt, params), iv);
  cipher.setAAD(aad(practiceId, slot));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrappedKey: wrapped.toString('base64'),
  };
}

/** Returns the data key, or throws `wrong_passphrase` when the secret does not open the slot. */
export function unwrapDataKey(keyFile: KeyFile, secret: string, slot: SlotName): Buffer {
  const entry = keyFile.slots[slot];
  if (!entry) throw new AppError('wrong_passphrase', msg('errors:passphrase.noKeyOfKind'));
  const { salt, ...params } = entry.kdf;
  const kek = deriveKek(secret, Buffer.from(salt, 'base64'), params);
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(entry.iv, 'base64'));
  decipher.setAAD(aad(keyFile.practiceId, slot));
  decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
  try {
    const key = Buffer.concat([decipher.update(Buffer.from(entry.wrappedKey, 'base64')), decipher.final()]);
    if (key.length !== DATA_KEY_BYTES) throw new Error('bad key length');
    return key;
  } catch {
    throw new AppError(
      'wrong_passphrase',
      slot === 'recovery' ? msg('errors:recoveryKey.wrong') : msg('errors:passphrase.wrong'),
      slot === 'recovery' ? 'recoveryKey' : 'passphrase',
    );
  }
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function createKeyFile(opts: {
  practiceId: string;
  practiceName: string;
  dataKey: Buffer;
  passphrase: string;
  scrypt?: ScryptParams;
}): KeyFile {
  return {
    format: 'coachbook-key',
    version: 1,
    practiceId: opts.practiceId,
    practiceName: opts.practiceName,
    cipher: { name: 'sqlcipher', legacy: 4 },
    slots: {
      passphrase: wrapDataKey(opts.dataKey, opts.passphrase, opts.practiceId, 'passphrase', opts.scrypt),
    },
  };
}

export function serializeKeyFile(keyFile: KeyFile): string {
  return `${JSON.stringify(keyFile, null, 2)}\n`;
}

/** Parses key-file text; anything that is not a well-formed key file is `key_file_damaged`. */
export function parseKeyFile(text: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damaged();
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) throw damaged();
  return parsed.data;
}

function damaged(): AppError {
  return new AppError('key_file_damaged', msg('errors:passphrase.keyFileDamaged'));
}
