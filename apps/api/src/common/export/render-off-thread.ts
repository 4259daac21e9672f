import { ApiException } from '../errors/api-exception';
import { WorkerPool } from '../worker-pool/worker-pool';
import { RENDER_TIME_LIMIT_MS } from './export-limits';
import type { RenderJob } from './render-job';
import type { RenderReply } from './render-worker';

/** PDF, DOCX and XLSX are produced by at most two render workers, each job within a time cap. */
const pool = new WorkerPool<RenderJob, RenderReply, Buffer>({
  entry: { dir: __dirname, bundle: 'export-render-worker.js', source: 'render-worker.ts', memoryMb: 512 },
  maxWorkers: 2,
  name: 'render worker',
  settle: (reply) => {
    if (!reply.ok) throw new Error(reply.message);
    return Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength);
  },
  timeout: (ms) => new ApiException(503, 'EXPORT_TIMEOUT', { seconds: Math.round(ms / 1000) }),
  // A document takes up to seconds to render: 16 waiting is a minute of work at most.
  maxQueued: 16,
  busy: () => ApiException.retryLater(503, 'EXPORT_BUSY', 10),
});

/** Renders a PDF, DOCX or XLSX in a worker thread; stops it and answers 503 EXPORT_TIMEOUT past the time cap. */
export function renderOffThread(job: RenderJob, timeLimitMs: number = RENDER_TIME_LIMIT_MS): Promise<Buffer> {
  return pool.run(job, timeLimitMs);
}
