import { demoDraftInput, draftCompleteness, generateDraft, type Draft } from '@ipgn/drafting';
import { ApiException } from '../../common/errors/api-exception';
import { judgeOffThread } from '../disclosures/judging/judge-off-thread';
import { scoreVersion } from './draft-text';

jest.mock('../disclosures/judging/judge-off-thread', () => ({ judgeOffThread: jest.fn() }));
const judge = judgeOffThread as jest.MockedFunction<typeof judgeOffThread>;

/** A generated draft with every slot filled (the one state in which it is scored). */
function completeDraft(): Draft {
  const draft = generateDraft('integrated-report', 'ja', demoDraftInput());
  const filled: Draft = {
    ...draft,
    sections: draft.sections.map((s) => ({
      ...s,
      paragraphs: s.paragraphs.map((p) => ({
        ...p,
        runs: p.runs.map((r) => (r.kind === 'slot' ? { kind: 'text' as const, text: '記入済み' } : r)),
      })),
    })),
  };
  expect(draftCompleteness(filled).slots).toBe(0);
  return filled;
}

describe('scoreVersion (a draft version is judged off the event loop)', () => {
  afterEach(() => judge.mockReset());

  it('judges the rendered text in the judging worker, with the document type of the draft', async () => {
    const fake = { overall: 42 } as Awaited<ReturnType<typeof judgeOffThread>>;
    judge.mockResolvedValue(fake);
    const result = await scoreVersion(completeDraft());
    expect(result.score).toBe(fake);
    expect(judge).toHaveBeenCalledWith(result.text, { language: 'ja', documentType: 'integrated_report' });
  });

  it.each(['JUDGE_BUSY', 'JUDGE_TIMEOUT'] as const)(
    'keeps the save without a score when the worker answers %s',
    async (code) => {
      judge.mockRejectedValue(new ApiException(503, code));
      const result = await scoreVersion(completeDraft());
      expect(result.score).toBeNull();
      expect(result.completeness.slots).toBe(0);
    },
  );

  it('does not judge a draft with a slot left, and passes other failures on', async () => {
    const full = completeDraft();
    const [first, ...rest] = full.sections;
    if (!first) throw new Error('a generated draft has sections');
    const gap = { kind: 'slot' as const, slotId: 'ip-investment', label: { ja: '知財投資額', en: 'IP investment' } };
    const withGap: Draft = {
      ...full,
      sections: [{ ...first, paragraphs: [{ runs: [gap] }, ...first.paragraphs] }, ...rest],
    };
    expect((await scoreVersion(withGap)).score).toBeNull();
    expect(judge).not.toHaveBeenCalled();
    judge.mockRejectedValue(new Error('worker crashed'));
    await expect(scoreVersion(completeDraft())).rejects.toThrow('worker crashed');
  });
});
