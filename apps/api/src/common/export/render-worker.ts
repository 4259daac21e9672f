import { parentPort } from 'node:worker_threads';
import { runRenderJob, type RenderJob } from './render-job';

/** Worker-thread entry: renders one job per message, so a large document never blocks the API's event loop. */
export type RenderReply =
  { readonly ok: true; readonly body: Uint8Array } | { readonly ok: false; readonly message: string };

parentPort?.on('message', (job: RenderJob) => {
  runRenderJob(job).then(
    (body) => parentPort?.postMessage({ ok: true, body: new Uint8Array(body) } satisfies RenderReply),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies RenderReply),
  );
});
