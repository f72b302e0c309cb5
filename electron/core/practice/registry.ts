import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PracticeSummary } from '../../shared/practice';
import { writeFileAtomic } from '../fs-atomic';

/**
 * The list of practice files this computer knows (paths and practice names only),
 * kept in the user data folder so the app can reopen the last one used.
 */
const registrySchema = z.object({
  version: z.literal(1),
  lastUsed: z.string().nullable(),
  practices: z.array(
    z.object({
      path: z.string(),
      name: z.string(),
      lastOpenedAt: z.string().nullable(),
      demo: z.boolean().optional(),
    }),
  ),
});

export type Registry = z.infer<typeof registrySchema>;

const empty = (): Registry => ({ version: 1, lastUsed: null, practices: [] });

export class PracticeRegistry {
  constructor(private readonly file: string) {}

  read(): Registry {
    if (!existsSync(this.file)) return empty();
    try {
      const parsed = registrySchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      // A damaged list only costs the shortcuts; the practice files themselves are untouched.
      return parsed.success ? parsed.data : empty();
    } catch {
      return empty();
    }
  }

  /** Adds or updates a practice and makes it the one opened next time. */
  remember(summary: PracticeSummary): Registry {
    const registry = this.read();
    const others = registry.practices.filter((p) => p.path !== summary.path);
    // Once a demo, always a demo: later visits need not repeat it.
    const demo = summary.demo ?? registry.practices.find((p) => p.path === summary.path)?.demo;
    const entry: PracticeSummary = demo ? { ...summary, demo } : summary;
    const next: Registry = { version: 1, lastUsed: summary.path, practices: [...others, entry] };
    next.practices.sort((a, b) => a.name.localeCompare(b.name));
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }

  /** Drops a practice from the list (its files are the caller's business). */
  forget(path: string): Registry {
    const registry = this.read();
    const practices = registry.practices.filter((p) => p.path !== path);
    const lastUsed = registry.lastUsed === path ? (practices[0]?.path ?? null) : registry.lastUsed;
    const next: Registry = { version: 1, lastUsed, practices };
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }
}
