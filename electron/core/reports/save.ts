import { writeFileAtomic } from '../fs-atomic';
import type { Dialogs, FileFilter } from '../ports';

/** Characters no file system accepts in a name, replaced in suggested file names. */
export function safeFileName(name: string): string {
  return Array.from(name, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 180);
}

/**
 * Asks where to save, renders the whole file in memory, then writes it atomically: a failed
 * or cancelled export leaves nothing behind. Returns the path written, or null if cancelled.
 */
export async function exportFile(
  dialogs: Dialogs,
  options: { title: string; defaultName: string; filters: FileFilter[] },
  render: () => Promise<Buffer | string>,
  /** Companion files written after the main one (e.g. the JSON beside a client record PDF). */
  alongside?: (path: string) => void,
): Promise<string | null> {
  const path = await dialogs.chooseSavePath({ ...options, defaultName: safeFileName(options.defaultName) });
  if (path === null) return null;
  writeFileAtomic(path, await render());
  alongside?.(path);
  return path;
}
