import { systemClock } from '../../../electron/core/clock';
import { openPracticeDb } from '../../../electron/core/db/connection';
import { migrations } from '../../../electron/core/db/migrations';
import { createSession } from '../../../electron/core/sessions/sessions';
import { sessionFields } from '../../../electron/shared/sessions';
import { type ChildMessage, fieldsForSeq, type ParentMessage, type StartMessage } from './protocol';

/**
 * The crash test's victim: bundled (esbuild) into one CommonJS file and forked by the test.
 * It opens the practice with the real connection code and logs sessions with the real
 * createSession, one transaction each, reporting each id only after the call returned,
 * until the parent SIGKILLs it. It never stops by itself.
 */

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) {
      reject(new Error('writer.ts must be started with an IPC channel (child_process.fork)'));
      return;
    }
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
  });
}

async function run(start: StartMessage): Promise<void> {
  const key = Buffer.from(start.keyHex, 'hex');
  const db = openPracticeDb(start.dbPath, key);
  key.fill(0);
  await send({
    type: 'ready',
    migrationSql: migrations.map((m) => ({
      name: m.name,
      chars: typeof m.sql === 'string' ? m.sql.length : -1,
      isSql: typeof m.sql === 'string' && /\bCREATE\b/i.test(m.sql),
    })),
  });
  for (let seq = start.firstSeq; ; seq++) {
    const session = createSession(db, systemClock, sessionFields.parse(fieldsForSeq(seq, start.engagements)));
    // Only now is the row committed (synchronous=FULL), so only now may the parent count on it.
    await send({ type: 'committed', seq, id: session.id });
  }
}

function fail(error: unknown): never {
  process.stderr.write(
    `writer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
}

// Orphaned (the test runner died): stop writing rather than loop forever.
process.on('disconnect', () => process.exit(2));
process.once('message', (message: ParentMessage) => {
  if (message?.type !== 'start') fail(new Error('expected a start message'));
  run(message).catch(fail);
});
