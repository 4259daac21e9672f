import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism, setPriority } from 'node:os';
import { join } from 'node:path';
import { DocumentTextError } from './errors';
import type { ExtractOptions, ExtractedText } from './extract-text';
import { resolveLimits, type ExtractionLimits } from './limits';
import type { WorkerJob, WorkerReply } from './worker-protocol';

export interface ExtractionPoolOptions {
  /** Extractions running at once (default: cores − 1, at least 1), so one core stays with the event loop. */
  readonly concurrency?: number;
  /** Extractions waiting for a slot; one more is refused with BUSY at once (default 4 × concurrency). */
  readonly maxQueue?: number;
  /** Compiled child entry; by default `document-text-worker.js` beside the bundle that contains this module. */
  readonly childFile?: string;
}

/**
 * Runs extractText outside the API process, one short-lived child process per file (niced, so the API keeps
 * the CPU): the child gets the time cap (SIGKILL when it passes), a V8 heap cap (`--max-old-space-size`; over it
 * only the child dies) and every other cap of ExtractionLimits checked while it reads. At most `concurrency`
 * run at once and `maxQueue` wait; beyond that `extract` fails at once with BUSY, so a flood of uploads cannot
 * pile up memory or CPU.
 */
export class DocumentExtractionPool {
  private readonly concurrency: number;
  private readonly maxQueue: number;
  private running = 0;
  private readonly queue: Array<() => void> = [];
  private readonly live = new Set<ChildProcess>();
  private closed = false;

  constructor(
    private readonly defaults: Partial<ExtractionLimits> = {},
    private readonly options: ExtractionPoolOptions = {},
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? availableParallelism() - 1);
    this.maxQueue = Math.max(0, options.maxQueue ?? this.concurrency * 4);
  }

  /** Running and waiting extractions. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }

  async extract(data: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedText> {
    const { expectKind, ...limits } = options;
    const resolved = resolveLimits({ ...this.defaults, ...limits });
    // Cheap refusals stay on the caller's thread: no process for an empty or oversized upload.
    if (data.length === 0) throw new DocumentTextError('EMPTY');
    if (data.length > resolved.maxBytes) throw DocumentTextError.limit('bytes', resolved.maxBytes);
    if (this.closed) throw new DocumentTextError('BUSY', 'closed');
    await this.acquire();
    try {
      return await this.runChild({ data, limits: resolved, expectKind });
    } finally {
      this.release();
    }
  }

  /** Kills running children; later calls fail with BUSY. */
  close(): void {
    this.closed = true;
    for (const child of this.live) child.kill('SIGKILL');
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.maxQueue) return Promise.reject(new DocumentTextError('BUSY'));
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.running--;
  }

  private runChild(job: WorkerJob): Promise<ExtractedText> {
    const { limits } = job;
    return new Promise<ExtractedText>((resolve, reject) => {
      const child = this.spawn(limits.maxMemoryMb);
      this.live.add(child);
      let settled = false;
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.live.delete(child);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        fn();
      };
      const timer = setTimeout(
        () => finish(() => reject(DocumentTextError.limit('time', limits.timeoutMs))),
        limits.timeoutMs,
      );
      child.once('message', (message) => {
        const reply = message as WorkerReply;
        finish(() => {
          if (reply.ok) resolve(reply.result);
          else {
            const limit =
              reply.limit && reply.limitValue !== undefined
                ? { name: reply.limit, value: reply.limitValue }
                : undefined;
            reject(new DocumentTextError(reply.code, reply.detail, limit));
          }
        });
      });
      child.once('error', (e) => finish(() => reject(e)));
      child.once('exit', (code, signal) =>
        finish(() => {
          // V8 aborts (SIGABRT / 134) when the heap cap is reached.
          if (signal === 'SIGABRT' || code === 134)
            reject(DocumentTextError.limit('memory', limits.maxMemoryMb, `heap > ${limits.maxMemoryMb} MB`));
          else reject(new Error(`extraction process exited (code ${code}, signal ${signal})`));
        }),
      );
      child.send(job);
    });
  }

  private spawn(maxMemoryMb: number): ChildProcess {
    const heap = [`--max-old-space-size=${maxMemoryMb}`, '--max-semi-space-size=16'];
    const opts = {
      serialization: 'advanced' as const,
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'] as ('ignore' | 'inherit' | 'ipc')[],
    };
    let child: ChildProcess;
    if (this.options.childFile) child = fork(this.options.childFile, [], { ...opts, execArgv: heap });
    else if (__filename.endsWith('.ts')) {
      // Running from TypeScript sources (tests, tsx): compile our files on the fly with tsx's CommonJS hook only,
      // so that pdfjs (plain ESM) loads through Node's own loader, untransformed.
      child = fork(join(__dirname, 'extract-child.ts'), [], { ...opts, execArgv: ['-r', 'tsx/cjs', ...heap] });
    } else child = fork(join(__dirname, 'document-text-worker.js'), [], { ...opts, execArgv: heap });
    try {
      if (child.pid) setPriority(child.pid, 10);
    } catch {
      // Lowering priority is best effort (not permitted on some systems).
    }
    return child;
  }
}
