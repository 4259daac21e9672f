import { DEMO_ORGANIZATION, demoDraftInput, draftCompleteness, generateDraft, renderDraftText } from '../index';
import type { DraftInput } from '../index';

const SME_ORG = {
  ...DEMO_ORGANIZATION,
  legalNameJa: 'デモ工房株式会社',
  legalNameEn: 'Demo Kobo Ltd.',
  listingStatus: 'unlisted',
  companySize: 'sme',
  industry: '3550',
} as const;

describe('SME one-pager', () => {
  it('summarises the demo company for its bank from answers and facts', () => {
    const text = renderDraftText(generateDraft('sme-one-pager', 'ja', demoDraftInput()));
    expect(text).toContain('デモ電機株式会社は電気機器の企業で');
    expect(text).toContain('売上高は5,000億円、従業員数は5,000名です');
    expect(text).toContain('保有する特許（出願中を含む）は100件以上です');
    expect(text).toContain('本資料に関するお問い合わせは、経営企画部 知財グループまでお寄せください。');
  });

  it('uses the SME check (bank 2026.12-1) of an SME company and asks only what the owner can give', () => {
    const answers = {
      'sme-strengths.why-customers': '短納期と、30年続く金型メーカーとの共同開発の実績です。',
      'sme-strengths.kinds': ['process', 'patents'],
      'sme-brand.trademark': 'all-main',
      'sme-deals.joint-work': 'yes',
      'sme-deals.joint-ownership': 'before',
      'sme-help.bank-talk': 'sheet',
    };
    const input: DraftInput = { organization: SME_ORG, answers, asOf: '2026-06-30' };
    const draft = generateDraft('sme-one-pager', 'ja', input);
    const text = renderDraftText(draft);
    expect(text).toContain(
      '当社は、お客様に選ばれる理由を「短納期と、30年続く金型メーカーとの共同開発の実績です」と考えています。',
    );
    expect(text).toContain('支えているのは、「独自の作り方や段取り」、「特許などの登録した権利」です。');
    expect(text).toContain('社名と主な商品の名前は、すべて商標登録しています。');
    expect(text).toContain('成果が誰のものになるかを、始める前に書面で決めています。');
    expect(text).toContain('当社の目に見えない強みを資料にまとめて伝えています。');
    // No listed-company input is read or asked for: every slot is an SME fact or an SME question.
    for (const m of draftCompleteness(draft).missing)
      expect(m.factKey?.startsWith('sme.') || m.questionId?.startsWith('sme-')).toBe(true);
    expect(draftCompleteness(draft).missing.map((m) => m.factKey)).toEqual(
      expect.arrayContaining([
        'sme.products',
        'sme.revenueManYen',
        'sme.employees',
        'sme.customers',
        'sme.nextSteps',
        'sme.contact',
      ]),
    );
  });

  it('writes the facts the owner gave in the SME facts form, in 万円 and in the owner’s words', () => {
    const facts = {
      sme: {
        products: { ja: '金属部品の精密加工' },
        revenueManYen: 48_000,
        employees: 48,
        customers: { ja: '県内の機械メーカー' },
        contact: { ja: '総務 鈴木' },
      },
    };
    const text = renderDraftText(
      generateDraft('sme-one-pager', 'ja', {
        organization: SME_ORG,
        answers: { 'sme-help.bank-talk': 'no' },
        facts,
        asOf: '2026-06-30',
      }),
    );
    expect(text).toContain('主に金属部品の精密加工を提供しています。');
    expect(text).toContain('売上高は4.8億円、従業員数は48名です。主なお客様は県内の機械メーカーです。');
    expect(text).toContain('総務 鈴木までお寄せください。');
  });

  it('takes the number of employees given at sign-up when the facts form has none', () => {
    const organization = { ...SME_ORG, employeeCount: 48 };
    const text = renderDraftText(
      generateDraft('sme-one-pager', 'ja', {
        organization,
        answers: { 'sme-help.bank-talk': 'no' },
        asOf: '2026-06-30',
      }),
    );
    expect(text).toContain('売上高は【要記入：売上高（万円）】、従業員数は48名です。');
  });

  it('is mostly slots from an empty assessment', () => {
    const c = draftCompleteness(
      generateDraft('sme-one-pager', 'ja', { organization: SME_ORG, answers: {}, asOf: '2026-06-30' }),
    );
    expect(c.paragraphsWithSlots / c.paragraphs).toBeGreaterThanOrEqual(0.7);
    expect(c.mostlySlots).toBe(true);
  });
});
