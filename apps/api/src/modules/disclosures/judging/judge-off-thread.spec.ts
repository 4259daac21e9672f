import { DisclosureInputError, judgeDisclosure } from '@ipgn/disclosure-scoring';
import { ApiException } from '../../../common/errors/api-exception';
import { JUDGE_MAX_QUEUED, judgeOffThread } from './judge-off-thread';

// Our own sentences about an invented business, repeated with a round number so they stay distinct.
const SENTENCE =
  '当社の業務用製氷機事業では、製氷皿の表面処理の製法を秘匿し、他社が同じ品質を再現できないようにしています（{n}）。\n';
const long = (chars: number): string => {
  let out = '';
  for (let n = 1; out.length < chars; n++) out += SENTENCE.replace('{n}', String(n));
  return out.slice(0, chars);
};

describe('judging a disclosure off the main thread', () => {
  jest.setTimeout(60_000);

  it('gives the same judgement as the library while the event loop keeps running', async () => {
    const text = long(200_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = Date.now();
    const result = await judgeOffThread(text, { companyNames: ['アクメ株式会社'], documentType: 'other' });
    const elapsed = Date.now() - started;
    clearInterval(timer);
    expect(result.overall).toBe(
      judgeDisclosure(text, { companyNames: ['アクメ株式会社'], documentType: 'other' }).overall,
    );
    expect(result.sentences.length).toBeGreaterThan(1000);
    // The main thread was free: the 10 ms timer fired for most of the judgement's duration.
    expect(ticks).toBeGreaterThan(Math.floor(elapsed / 10 / 3));
  });

  it('refuses a text at once with 503 JUDGE_BUSY and Retry-After when the queue is full, and judges the rest', async () => {
    const text = long(2_000);
    const jobs = Array.from({ length: JUDGE_MAX_QUEUED + 6 }, () =>
      judgeOffThread(text, {}).then(
        () => 'judged',
        (error: unknown) => error,
      ),
    );
    const outcomes = await Promise.all(jobs);
    const refused = outcomes.filter((o): o is ApiException => o instanceof ApiException);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.code).toBe('JUDGE_BUSY');
    expect(refused[0]?.getStatus()).toBe(503);
    expect(refused[0]?.retryAfterSeconds).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o === 'judged').length).toBeGreaterThanOrEqual(JUDGE_MAX_QUEUED);
    // Nothing is stuck: the next text is judged.
    await expect(judgeOffThread(text, {})).resolves.toMatchObject({ scorerVersion: 'v2' });
  });

  it('keeps the library’s input errors (empty text) for the API to answer 400', async () => {
    await expect(judgeOffThread('   \n ', {})).rejects.toBeInstanceOf(DisclosureInputError);
    await expect(judgeOffThread('   \n ', {})).rejects.toMatchObject({ code: 'EMPTY_TEXT' });
  });

  it('stops a judgement past its time cap with 503 JUDGE_TIMEOUT, and the next one still works', async () => {
    const slow = judgeOffThread(long(200_000), {}, 5);
    await expect(slow).rejects.toBeInstanceOf(ApiException);
    await expect(slow).rejects.toMatchObject({ code: 'JUDGE_TIMEOUT', status: 503 });
    const next = await judgeOffThread(SENTENCE.replace('{n}', '1'), {});
    expect(next.overall).toBeGreaterThan(0);
  });
});
