import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Where a worker's code lives: its own bundle beside main.js in production (a webpack entry), or the TypeScript
 * source run through tsx in development and tests.
 */
export interface WorkerEntry {
  /** Directory of the calling module (`__dirname`): the bundle and the source are looked for there. */
  readonly dir: string;
  /** File name of the webpack entry's bundle, e.g. `export-render-worker.js`. */
  readonly bundle: string;
  /** The worker's TypeScript source, relative to `dir`. */
  readonly source: string;
  readonly memoryMb: number;
}

export function spawnWorker(entry: WorkerEntry): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: entry.memoryMb };
  const bundled = join(entry.dir, entry.bundle);
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  const source = join(entry.dir, entry.source);
  // tsx finds the workspace libraries through the base tsconfig's path mapping.
  const env = { ...process.env, TSX_TSCONFIG_PATH: join(__dirname, '../../../../../tsconfig.base.json') };
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true, resourceLimits, env });
}

export interface WorkerPoolOptions<Reply, Result> {
  readonly entry: WorkerEntry;
  /** At most this many workers run at once (the machine may have two cores); the rest of the jobs wait their turn. */
  readonly maxWorkers: number;
  /** Turns the worker's answer into the job's result, or throws the job's error. */
  readonly settle: (reply: Reply) => Result;
  /** The error a job gets when it runs past its time cap (its worker is stopped). */
  readonly timeout: (timeLimitMs: number) => Error;
  /** What the worker is called in errors ("render worker"). */
  readonly name: string;
  /**
   * At most this many jobs wait for a worker; one more is refused at once with `busy()` (a 503 with Retry-After)
   * instead of holding its request, and its text, in memory behind a queue that never ends.
   */
  readonly maxQueued: number;
  readonly busy: () => Error;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Pending<Job, Result> {
  job: Job;
  timeLimitMs: number;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * A small pool of worker threads for CPU-heavy work (rendering exports, judging long disclosures): each job runs off the
 * main thread within a time cap, so no request stalls the API's event loop. A worker that fails or runs over is
 * stopped and replaced on demand; idle workers do not keep the process alive.
 */
export class WorkerPool<Job, Reply, Result> {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending<Job, Result>[] = [];

  constructor(private readonly options: WorkerPoolOptions<Reply, Result>) {}

  /** Jobs waiting for a worker (for tests and health). */
  get waiting(): number {
    return this.queue.length;
  }

  run(job: Job, timeLimitMs: number): Promise<Result> {
    if (this.queue.length >= this.options.maxQueued) return Promise.reject(this.options.busy());
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ job, timeLimitMs, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    const pending = this.queue[0];
    if (!pending) return;
    let slot = this.slots.find((s) => !s.busy);
    if (!slot && this.slots.length < this.options.maxWorkers) {
      slot = { worker: spawnWorker(this.options.entry), busy: false };
      this.slots.push(slot);
    }
    if (!slot) return;
    this.queue.shift();
    this.dispatch(slot, pending);
  }

  private dispatch(slot: Slot, pending: Pending<Job, Result>): void {
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
    const onMessage = (reply: Reply) =>
      finish(() => {
        try {
          pending.resolve(this.options.settle(reply));
        } catch (error) {
          pending.reject(error);
        }
      }, true);
    const onError = (error: Error) => finish(() => pending.reject(error), false);
    const onExit = (code: number) =>
      finish(() => pending.reject(new Error(`${this.options.name} exited with code ${code}`)), false);
    const timer = setTimeout(
      () => finish(() => pending.reject(this.options.timeout(pending.timeLimitMs)), false),
      pending.timeLimitMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(pending.job);
  }
}
