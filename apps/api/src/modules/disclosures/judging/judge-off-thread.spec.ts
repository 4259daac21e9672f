import { DisclosureInputError, judgeDisclosure } from '@ipgn/disclosure-scoring';
import { ApiException } from '../../../common/errors/api-exception';
import { judgeOffThread } from './judge-off-thread';

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
