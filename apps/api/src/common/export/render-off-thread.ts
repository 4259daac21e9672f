import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiException } from '../errors/api-exception';
import { RENDER_TIME_LIMIT_MS } from './export-limits';
import type { RenderJob } from './render-job';
import type { RenderReply } from './render-worker';

/** At most this many documents render at once (the machine may have two cores); the rest wait their turn. */
const MAX_WORKERS = 2;
const WORKER_MEMORY_MB = 512;

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending {
  job: RenderJob;
  timeLimitMs: number;
  resolve: (body: Buffer) => void;
  reject: (error: unknown) => void;
}

/**
 * The worker's code: the bundled file beside main.js in production (a webpack entry of its own); from the
 * TypeScript source through tsx in development and tests.
 */
function spawn(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_MEMORY_MB };
  const bundled = join(__dirname, 'export-render-worker.js');
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  const source = join(__dirname, 'render-worker.ts');
  // tsx finds the libraries (@ipgn/contracts' time format) through the workspace's path mapping.
  const env = { ...process.env, TSX_TSCONFIG_PATH: join(__dirname, '../../../../../tsconfig.base.json') };
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true, resourceLimits, env });
}

/** A small pool of render workers: PDF, DOCX and XLSX are produced off the main thread, each within a time cap. */
class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];

  run(job: RenderJob, timeLimitMs: number): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ job, timeLimitMs, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    const pending = this.queue[0];
    if (!pending) return;
    let slot = this.slots.find((s) => !s.busy);
    if (!slot && this.slots.length < MAX_WORKERS) {
      slot = { worker: spawn(), busy: false };
      this.slots.push(slot);
    }
    if (!slot) return;
    this.queue.shift();
    this.dispatch(slot, pending);
  }

  private dispatch(slot: Slot, pending: Pending): void {
    slot.busy = true;
    slot.worker.ref();
    const { worker } = slot;
    const finish = (settle: () => void, keep: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep) {
        slot.busy = false;
        worker.unref();
      } else {
        this.slots.splice(this.slots.indexOf(slot), 1);
        void worker.terminate();
      }
      settle();
      this.next();
    };
    const onMessage = (reply: RenderReply) =>
      finish(
        () =>
          reply.ok
            ? pending.resolve(Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength))
            : pending.reject(new Error(reply.message)),
        true,
      );
    const onError = (error: Error) => finish(() => pending.reject(error), false);
    const onExit = (code: number) =>
      finish(() => pending.reject(new Error(`render worker exited with code ${code}`)), false);
    const timer = setTimeout(
      () =>
        finish(
          () =>
            pending.reject(
              new ApiException(503, 'EXPORT_TIMEOUT', { seconds: Math.round(pending.timeLimitMs / 1000) }),
            ),
          false,
        ),
      pending.timeLimitMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(pending.job);
  }
}

const pool = new RenderPool();

/** Renders a PDF, DOCX or XLSX in a worker thread; stops it and answers 503 EXPORT_TIMEOUT past the time cap. */
export function renderOffThread(job: RenderJob, timeLimitMs: number = RENDER_TIME_LIMIT_MS): Promise<Buffer> {
  return pool.run(job, timeLimitMs);
}
