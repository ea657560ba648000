/**
 * The SQLite writer's thread (started by sqlite-writer-thread.ts): opens the database with a
 * `LocalSqliteWriter` and answers the store's calls with it. Appends that arrive together join one
 * group commit as they would on the main thread; the answers settled together go back as one list.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  encodeError,
  type WriterAnswer,
  type WriterCall,
  type WriterData,
  type WriterMessage,
} from './sqlite-writer-protocol.js';
import { LocalSqliteWriter, type SqliteWriter } from './sqlite-writer.js';

if (parentPort === null) throw new Error('sqlite-writer-worker.ts runs as a worker thread');
const port = parentPort;
const post = (message: WriterMessage): void => {
  port.postMessage(message);
};

let outgoing: WriterAnswer[] = [];

/** Queues an answer; those settled in the same turn go back as one message. */
function answer(reply: WriterAnswer, writer: SqliteWriter): void {
  outgoing.push(reply);
  if (outgoing.length > 1) return;
  queueMicrotask(() => {
    const answers = outgoing;
    outgoing = [];
    post({ type: 'answers', answers, commits: writer.commits });
  });
}

function perform(writer: SqliteWriter, call: WriterCall): Promise<unknown> {
  switch (call.op) {
    case 'append':
      return writer.append(call.tenantId, call.expectedSeq, call.events).then((stored) => stored.length);
    case 'lastSeq':
      return writer.lastSeq(call.tenantId);
    case 'saveSnapshot':
      return writer.saveSnapshot(call.snapshot);
    case 'run':
      return writer.run(call.sql, call.params);
    case 'rows':
      return writer.rows(call.sql, call.params);
    case 'catchUpSearch':
      return writer.catchUpSearch();
    case 'close':
      return writer.close();
  }
}

async function serve(): Promise<void> {
  let writer: LocalSqliteWriter;
  try {
    writer = await LocalSqliteWriter.open(workerData as WriterData);
  } catch (error) {
    post({ type: 'failed', error: encodeError(error) });
    return;
  }
  port.on('message', (calls: readonly WriterCall[]) => {
    for (const call of calls) {
      perform(writer, call).then(
        (value) => {
          answer({ id: call.id, ok: true, value }, writer);
          // After the answer's own microtask has posted it.
          if (call.op === 'close')
            queueMicrotask(() => {
              port.close();
            });
        },
        (error: unknown) => {
          answer({ id: call.id, ok: false, error: encodeError(error) }, writer);
        },
      );
    }
  });
  post({ type: 'ready' });
}

void serve();
