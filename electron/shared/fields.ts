import { z } from 'zod';
import { type FieldName, fieldWords, msg } from './messages';

/**
 * Field schemas shared by every area, with messages written for the coach. Messages are
 * references into the `errors` namespace (see messages.ts), put into words where they are shown.
 */

const tooLong = (what: FieldName, max: number) => msg('errors:text.tooLong', { what: fieldWords(what), max });

/** `what` names the field in its messages: 'clientName' → "Enter the client's name." */
export const requiredText = (what: FieldName, max: number) =>
  z
    .string()
    .trim()
    .min(1, msg('errors:text.required', { what: fieldWords(what) }))
    .max(max, tooLong(what, max));

/** Optional text is '' when empty, so forms round-trip without null checks. */
export const optionalText = (what: FieldName, max: number) => z.string().trim().max(max, tooLong(what, max));

export const id = z.uuid(msg('errors:record.invalidId'));

/** A calendar day as the coach means it, no time zone: YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg('errors:date.format'))
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, msg('errors:date.missing'));

export const email = z
  .string()
  .trim()
  .max(254, msg('errors:contact.emailTooLong'))
  .refine((value) => value === '' || z.email().safeParse(value).success, msg('errors:contact.emailFormat'));

export const phone = z
  .string()
  .trim()
  .max(40, msg('errors:contact.phoneTooLong'))
  .refine((value) => value === '' || /^\+?[0-9 ().\-/]{3,}$/.test(value), msg('errors:contact.phoneFormat'));

export const languageTag = z
  .string()
  .trim()
  .max(35)
  .refine(
    (value) => value === '' || /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value),
    msg('errors:codes.language'),
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
  }, msg('errors:codes.timeZone'));

/** An image drawn on screen or chosen from a file, as a PNG data URL, at most 512 KB. */
export const pngDataUrl = z
  .string()
  .max(700_000, msg('errors:image.tooLarge'))
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, msg('errors:image.notPng'));

/** ISO 4217 currency code. */
export const currency = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, msg('errors:codes.currency'));

export const tag = z
  .string()
  .trim()
  .min(1, msg('errors:tags.empty'))
  .max(40, msg('errors:tags.tooLong', { max: 40 }))
  .refine((value) => !/[,\n]/.test(value), msg('errors:tags.comma'));
