import { DisclosureInputError, type DisclosureScore, type JudgeOptions } from '@ipgn/disclosure-scoring';
import { ApiException } from '../../../common/errors/api-exception';
import { WorkerPool } from '../../../common/worker-pool/worker-pool';
import type { JudgeJob, JudgeReply } from './judge-worker';

/** A 200,000-character text (the API's limit) is judged in well under a second; past this something is wrong. */
export const JUDGE_TIME_LIMIT_MS = 30_000;
/** Texts that may wait for a judging worker before the next one is refused (503 JUDGE_BUSY). */
export const JUDGE_MAX_QUEUED = 64;

const pool = new WorkerPool<JudgeJob, JudgeReply, DisclosureScore>({
  entry: { dir: __dirname, bundle: 'disclosure-judge-worker.js', source: 'judge-worker.ts', memoryMb: 512 },
  maxWorkers: 2,
  name: 'disclosure judging worker',
  settle: (reply) => {
    if (reply.ok) return reply.result;
    if ('inputError' in reply) throw new DisclosureInputError(reply.inputError.code, reply.inputError.message);
    throw new Error(reply.message);
  },
  timeout: (ms) => new ApiException(503, 'JUDGE_TIMEOUT', { seconds: Math.round(ms / 1000) }),
  // Two workers judge a 10,000-character text in tens of milliseconds: 64 waiting is seconds of work, not a backlog.
  maxQueued: JUDGE_MAX_QUEUED,
  busy: () => ApiException.retryLater(503, 'JUDGE_BUSY', 5),
});

/**
 * Judges a disclosure in a worker thread (issue 18's long texts and hostile ones alike: the API's event loop keeps
 * serving while a 200,000-character text is read); the same `DisclosureInputError`s as `judgeDisclosure`.
 */
export function judgeOffThread(
  text: string,
  options: JudgeOptions,
  timeLimitMs: number = JUDGE_TIME_LIMIT_MS,
): Promise<DisclosureScore> {
  return pool.run({ text, options }, timeLimitMs);
}
