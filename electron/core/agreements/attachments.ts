import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import type { Clock } from '../clock';
import type { Db } from '../db/connection';
import { writeFileAtomic } from '../fs-atomic';
import { getAgreement } from './agreements';

/** Scanned signed copies live inside the encrypted practice file, never loose on disk. */

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

const SIGNATURES: { mediaType: string; magic: number[] }[] = [
  { mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  { mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** The file's real type from its first bytes; the name's extension is not trusted. */
export function sniffMediaType(bytes: Buffer): string | null {
  return SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b))?.mediaType ?? null;
}

export function addAttachment(db: Db, clock: Clock, agreementId: string, filePath: string) {
  getAgreement(db, agreementId);
  const size = statSync(filePath).size;
  if (size > MAX_ATTACHMENT_BYTES) {
    throw new AppError('validation', msg('errors:attachments.tooLarge'), 'attachment');
  }
  const bytes = readFileSync(filePath);
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) throw new AppError('validation', msg('errors:attachments.kind'), 'attachment');
  const id = randomUUID();
  db.prepare(
    `INSERT INTO agreement_attachment (id, agreement_id, file_name, media_type, size, bytes, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    agreementId,
    basename(filePath).slice(0, 255),
    mediaType,
    bytes.length,
    bytes,
    clock.now().toISOString(),
  );
  return getAgreement(db, agreementId);
}

export function attachmentFileName(db: Db, id: string): string {
  const name = db.prepare('SELECT file_name FROM agreement_attachment WHERE id = ?').pluck().get(id) as
    | string
    | undefined;
  if (name === undefined) throw new AppError('not_found', msg('errors:attachments.notFound'));
  return name;
}

/** Writes a copy where the coach chose (their explicit export is the only plaintext copy). */
export function saveAttachmentCopy(db: Db, id: string, destination: string): void {
  const bytes = db.prepare('SELECT bytes FROM agreement_attachment WHERE id = ?').pluck().get(id) as
    | Buffer
    | undefined;
  if (!bytes) throw new AppError('not_found', msg('errors:attachments.notFound'));
  writeFileAtomic(destination, bytes);
}

export function removeAttachment(db: Db, id: string): void {
  const result = db.prepare('DELETE FROM agreement_attachment WHERE id = ?').run(id);
  if (result.changes === 0) throw new AppError('not_found', msg('errors:attachments.notFound'));
}
