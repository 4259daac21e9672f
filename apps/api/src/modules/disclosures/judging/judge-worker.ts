import { parentPort } from 'node:worker_threads';
import {
  DisclosureInputError,
  judgeDisclosure,
  type DisclosureScore,
  type JudgeOptions,
} from '@ipgn/disclosure-scoring';

/** What the judging worker is asked: the text and the options, plain data. */
export interface JudgeJob {
  readonly text: string;
  readonly options: JudgeOptions;
}

export type JudgeReply =
  | { readonly ok: true; readonly result: DisclosureScore }
  | {
      readonly ok: false;
      readonly inputError: { readonly code: DisclosureInputError['code']; readonly message: string };
    }
  | { readonly ok: false; readonly message: string };

/** Worker-thread entry: judges one disclosure per message, so a 200,000-character text never blocks the event loop. */
parentPort?.on('message', (job: JudgeJob) => {
  try {
    parentPort?.postMessage({ ok: true, result: judgeDisclosure(job.text, job.options) } satisfies JudgeReply);
  } catch (error) {
    parentPort?.postMessage(
      (error instanceof DisclosureInputError
        ? { ok: false, inputError: { code: error.code, message: error.message } }
        : { ok: false, message: error instanceof Error ? error.message : String(error) }) satisfies JudgeReply,
    );
  }
});
