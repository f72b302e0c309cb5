import { z } from 'zod';

/** Field schemas shared by every area, with messages written for the coach. */

export const requiredText = (what: string, max: number) =>
  z.string().trim().min(1, `Enter ${what}.`).max(max, `Keep ${what} under ${max} characters.`);

/** Optional text is '' when empty, so forms round-trip without null checks. */
export const optionalText = (what: string, max: number) =>
  z.string().trim().max(max, `Keep ${what} under ${max} characters.`);

export const id = z.uuid('That record id is not valid.');

/** A calendar day as the coach means it, no time zone: YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'That date does not exist.');

export const email = z
  .string()
  .trim()
  .max(254, 'That email address is too long.')
  .refine(
    (value) => value === '' || z.email().safeParse(value).success,
    'Enter an email address like name@example.com.',
  );

export const phone = z
  .string()
  .trim()
  .max(40, 'That phone number is too long.')
  .refine(
    (value) => value === '' || /^\+?[0-9 ().\-/]{3,}$/.test(value),
    'Use digits, spaces, + ( ) - only.',
  );

export const languageTag = z
  .string()
  .trim()
  .max(35)
  .refine(
    (value) => value === '' || /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value),
    'Use a language code like en, es or pt-BR.',
  );

export const timeZone = z
  .string()
  .trim()
  .max(64)
  .refine((value) => {
    if (value === '') return true;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }, 'Use a time zone like Europe/Madrid or America/Mexico_City.');

/** An image drawn on screen or chosen from a file, as a PNG data URL, at most 512 KB. */
export const pngDataUrl = z
  .string()
  .max(700_000, 'That image is too large (512 KB at most).')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'The image must be a PNG.');

/** ISO 4217 currency code. */
export const currency = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code like USD, EUR or MXN.');

export const tag = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(40, 'Keep each tag under 40 characters.')
  .refine((value) => !/[,\n]/.test(value), 'Tags cannot contain commas.');
