// Child-process entry of DocumentExtractionPool: receives one job over IPC, extracts it, replies once, exits.
// A separate process (not a worker thread) so that even a fatal V8 out-of-memory kills only this child.
import { DocumentTextError } from './errors';
import { extractText } from './extract-text';
import type { WorkerJob, WorkerReply } from './worker-protocol';

async function run(job: WorkerJob): Promise<WorkerReply> {
  try {
    const r = await extractText(new Uint8Array(job.data), { ...job.limits, expectKind: job.expectKind });
    return {
      ok: true,
      result: { text: r.text, kind: r.kind, bytes: r.bytes, pages: r.pages, warnings: [...r.warnings] },
    };
  } catch (e) {
    if (e instanceof DocumentTextError)
      return { ok: false, code: e.code, detail: e.detail, limit: e.limit, limitValue: e.limitValue };
    return { ok: false, code: 'CORRUPT', detail: e instanceof Error ? e.message : String(e) };
  }
}

process.once('message', (job: WorkerJob) => {
  void run(job).then((reply) => process.send?.(reply, () => process.exit(0)));
});
