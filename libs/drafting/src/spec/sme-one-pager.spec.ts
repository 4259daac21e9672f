import { sampleAnswers } from '@ipgn/assessment';
import { DEMO_ORGANIZATION, demoDraftInput, draftCompleteness, generateDraft, renderDraftText } from '../index';
import type { DraftInput } from '../index';

const SME_ORG = { ...DEMO_ORGANIZATION, legalNameJa: 'デモ工房株式会社', legalNameEn: 'Demo Kobo Ltd.', listingStatus: 'unlisted', companySize: 'sme', industry: '3550' } as const;

describe('SME one-pager', () => {
  it('summarises the demo company for its bank from answers and facts', () => {
    const text = renderDraftText(generateDraft('sme-one-pager', 'ja', demoDraftInput()));
    expect(text).toContain('デモ電機株式会社は電気機器の企業で');
    expect(text).toContain('売上高は5,000億円、従業員数は5,000名です');
    expect(text).toContain('保有する特許（出願中を含む）は100件以上です');
    expect(text).toContain('本資料に関するお問い合わせは、経営企画部 知財グループまでお寄せください。');
  });

  // The one-pager still reads the 2026.11-1 SME questions (m10, with the m0 figures); wiring it to the rewritten SME
  // track of bank 2026.12-1 is open (issue 13), so this checks a round answered on the earlier bank.
  it('uses the SME answers of an SME company (bank 2026.11-1) and asks only SME-track questions', () => {
    const answers = {
      ...sampleAnswers('listed', 4, { listingStatus: 'unlisted', companySize: 'sme' }),
      'm10.why-customers-choose': '短納期と、30年続く金型メーカーとの共同開発の実績です。',
      'm10.trademark-registration': 'all-main',
      'm10.invention-ownership': 'written',
    };
    const input: DraftInput = { organization: SME_ORG, answers, asOf: '2026-06-30' };
    const draft = generateDraft('sme-one-pager', 'ja', input);
    const text = renderDraftText(draft);
    expect(text).toContain('当社は、お客様に選ばれる理由を「短納期と、30年続く金型メーカーとの共同開発の実績です」と考えています。');
    expect(text).toContain('社名と主な商品・サービス名は、すべて商標登録しています。');
    expect(text).toContain('書面の取り決めで当社に帰属させています');
    expect(text).toContain('研究開発費は250億円でした');
    // Listed-only questions (IP cost, KPI type…) are never asked of an SME.
    for (const m of draftCompleteness(draft).missing) {
      if (m.questionId) expect(['m5.ip-cost', 'm5.brand-data-investment', 'm6.board-committee']).not.toContain(m.questionId);
    }
  });

  it('is mostly slots from an empty assessment', () => {
    const c = draftCompleteness(generateDraft('sme-one-pager', 'ja', { organization: SME_ORG, answers: {}, asOf: '2026-06-30' }));
    expect(c.paragraphsWithSlots / c.paragraphs).toBeGreaterThanOrEqual(0.7);
    expect(c.mostlySlots).toBe(true);
  });
});
