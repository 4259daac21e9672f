import { DRAFT_LANGUAGES, draftCompleteness, generateDrafts, renderDraftText } from '../index';
import type { Draft, DraftInput } from '../index';
import { jaSentenceEndsWell } from '../lib/build/free-text';
import { renderParagraph } from '../lib/render/render-draft';
import { MATRIX_COMPANIES, matrixInput } from '../testing/company-matrix';
import { resolves } from './spec-helpers';

const SLOT_MARKER = /【要記入：[^】]*】|\[To be completed: [^\]]*\]/g;
const withoutSlots = (t: string): string => t.replace(SLOT_MARKER, '');

const cases = MATRIX_COMPANIES.map((company) => ({ company, input: matrixInput(company), drafts: generateDrafts(matrixInput(company)) }));

function sentences(draft: Draft) {
  return draft.sections.flatMap((s) => s.paragraphs.flatMap((p) => (p.trace ?? []).map((t) => ({ section: s.id, ...t }))));
}

describe.each(cases)('$company: every sentence rests on an input', ({ input, drafts }) => {
  it('traces every generated paragraph sentence by sentence, covering all of its text', () => {
    for (const d of drafts) {
      for (const s of d.sections) {
        for (const p of s.paragraphs) {
          expect(p.trace).toBeDefined();
          expect((p.trace ?? []).map((t) => t.text).join('')).toBe(renderParagraph(p, d.language));
        }
      }
    }
  });

  it('names, for each claim, inputs that were actually entered', () => {
    for (const d of drafts) {
      for (const t of sentences(d)) {
        const claim = withoutSlots(t.text).trim().length > 0;
        const where = { type: d.type, lang: d.language, text: t.text };
        if (!claim) continue;
        expect({ ...where, hasSources: t.sources.length > 0 }).toEqual({ ...where, hasSources: true });
        for (const ref of t.sources) expect({ ...where, ref, entered: resolves(ref, input) }).toEqual({ ...where, ref, entered: true });
        // A derived figure (intangible share, PBR, R&D intensity) also names the answers it was derived from.
        if (t.sources.some((r) => r.startsWith('result:'))) expect(t.sources.some((r) => r.startsWith('answer:'))).toBe(true);
      }
    }
  });

  it('uses no sentence frame more than twice in one draft', () => {
    for (const d of drafts) {
      const counts = new Map<string, number>();
      for (const t of sentences(d)) if (t.frame) counts.set(t.frame, (counts.get(t.frame) ?? 0) + 1);
      const over = [...counts].filter(([, n]) => n > 2);
      expect({ type: d.type, lang: d.language, over }).toEqual({ type: d.type, lang: d.language, over: [] });
    }
  });

  it('ends every Japanese sentence in a predicate, never a noun phrase', () => {
    for (const d of drafts.filter((x) => x.language === 'ja')) {
      for (const t of sentences(d)) {
        const text = withoutSlots(t.text).trim();
        if (text.length === 0) continue;
        expect({ text, ends: jaSentenceEndsWell(t.text.replace(SLOT_MARKER, '＿')) }).toEqual({ text, ends: true });
      }
    }
  });

  it('leaves no heading empty', () => {
    for (const d of drafts) for (const s of d.sections) expect({ type: d.type, lang: d.language, section: s.id, paragraphs: s.paragraphs.length > 0 }).toMatchObject({ paragraphs: true });
  });

  it('writes amounts in 億円/万円 (ja) or ¥ billion/million (en) and one label per fiscal period', () => {
    for (const d of drafts) {
      const text = withoutSlots(renderDraftText(d));
      if (d.language === 'ja') {
        expect(text).not.toMatch(/百万円|年度/);
      } else {
        expect(text).not.toMatch(/JPY|\bFY\d{4}|million yen/);
        // Japanese free text never appears unmarked in an English draft: it is a translation slot.
        expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });
});

function draftOf(input: DraftInput, type: Draft['type'], lang: Draft['language'] = 'ja'): Draft {
  const d = generateDrafts(input, { types: [type], languages: [lang] })[0];
  if (!d) throw new Error(type);
  return d;
}

describe('claims at exactly the strength of the input', () => {
  const mid = matrixInput('mid-listed-gaps');

  it('level 3 of the feedback ladder says "there are examples", not routine practice', () => {
    const text = renderDraftText(draftOf(mid, 'integrated-report'));
    expect(text).toContain('開示や戦略を見直した例があります');
    expect(text).not.toContain('定期的に開示と戦略に反映');
  });

  it('level 3 freedom-to-operate is a procedure before launch, not checks from early development', () => {
    const text = renderDraftText(draftOf(mid, 'securities-report'));
    expect(text).toContain('すべての新商品について、発売前に他社の特許・商標を確認する手順を設けています');
    expect(text).not.toContain('開発の初期段階');
  });

  it('calls a competitor comparison an IP landscape only when it was entered as one', () => {
    expect(renderDraftText(draftOf(mid, 'integrated-report'))).not.toContain('IPランドスケープ');
    const rich = matrixInput('rich-listed');
    const facts = { ...rich.facts, benchmarks: (rich.facts?.benchmarks ?? []).map((b) => ({ ...b, ipLandscape: true })) };
    expect(renderDraftText(draftOf({ ...rich, facts }, 'integrated-report'))).toContain('IPランドスケープ（知財情報と事業情報を合わせた分析）では');
  });

  it('writes no body, frequency or reporting line that was not entered', () => {
    const text = renderDraftText(draftOf(mid, 'securities-report'));
    expect(text).not.toMatch(/評価し、重要なものを取締役会に報告|委員会.*開催/);
    expect(text).toContain('知財・無形資産への投資を専門に扱う会議体は設けていません');
    const rich = renderDraftText(draftOf(matrixInput('rich-listed'), 'securities-report'));
    expect(rich).toContain('知財・無形資産戦略委員会の審議内容は取締役会に報告しています');
  });

  it('states the honest current state and the dated plan where oversight is missing', () => {
    const cg = draftOf(mid, 'cg-report');
    const text = renderDraftText(cg);
    expect(text).toContain('現時点では、取締役会が知財・無形資産への投資と資源配分を監督する仕組みは整っていません。');
    expect(text).toContain('2027年6月までに、取締役会が知財・無形資産投資の進捗を年2回確認する仕組みを導入します。');
    const none = renderDraftText(draftOf(matrixInput('newly-listed'), 'cg-report'));
    expect(none).toContain('知財・無形資産戦略の責任者は、現時点では定めていません。');
    expect(none).not.toMatch(/までに、/); // no plan entered, none invented
  });
});

describe('answers used, bugs of issue 11', () => {
  it('explains PBR < 1 (TSE 2023 request, the entered plan) instead of asking for the figures again', () => {
    const d = draftOf(matrixInput('pbr-below-1'), 'cg-report');
    const text = renderDraftText(d);
    expect(text).toContain('2026年3月期末のPBRは0.69倍で、株式市場の評価は純資産を下回っています。');
    expect(text).toContain('資本コストや株価を意識した経営');
    expect(text).toContain('2027年5月までに、資本コストを踏まえた無形資産投資の方針を、中期経営計画の見直しに合わせて公表します。');
    expect(text.split('2027年5月までに').length - 1).toBe(1);
    expect(draftCompleteness(d).missing.map((m) => m.questionId)).not.toContain('m0.market-cap');
  });

  it('asks for no mid-term plan when the plan was entered without an amount', () => {
    for (const d of generateDrafts(matrixInput('mid-listed-gaps'))) expect(draftCompleteness(d).missing.map((m) => m.factKey)).not.toContain('midTermPlan');
  });

  it('uses the SME owner’s own answers instead of asking for them again, quoted and closed', () => {
    const d = draftOf(matrixInput('sme-two-people'), 'sme-one-pager');
    const text = renderDraftText(d);
    expect(text).toContain('社長は、お客様に選ばれる理由を「短納期でも寸法精度が出せるから」と考えています。');
    expect(text).toContain('社長は「熟練の研削技術、過去20年分の設計データ、地元メーカーからの信頼」を挙げています。');
    expect(text).toContain('強みが収益につながる道筋を、社長は「設計データを使い回して短納期で精度の高い金型を作り、値引きなしで継続受注につなげている」と説明しています。');
    expect(text).toContain('知財・無形資産は、社長が自ら管理しています。');
    expect(text).toContain('売上高は1.2億円');
    expect(text).toContain('研究開発費は1,200万円でした');
    expect(text).not.toContain('兼務');
    const missing = draftCompleteness(d).missing.map((m) => m.slotId);
    expect(missing).not.toEqual(expect.arrayContaining(['common.chains']));
    expect(missing).not.toContain('common.assets');
    expect(missing).not.toContain('sme-one-pager.why');
  });

  it('marks Japanese free text in an English draft for translation', () => {
    const d = draftOf(matrixInput('sme-two-people'), 'sme-one-pager', 'en');
    const slots = draftCompleteness(d).missing.map((m) => m.slotId);
    expect(slots).toEqual(expect.arrayContaining(['translate.m10.why-customers-choose', 'translate.m1.top-three', 'translate.m4.value-story']));
    expect(renderDraftText(d)).toContain('Our president looks after our IP and intangibles personally.');
  });

  it('heads the CG report the way real reports do, with 3-1③ as one entry pointing to the fuller disclosure', () => {
    for (const lang of DRAFT_LANGUAGES) {
      const text = renderDraftText(draftOf(matrixInput('rich-listed'), 'cg-report', lang));
      expect(text).not.toMatch(/2021年改訂コード|2021 Code/);
      expect(text).toContain('https://example.com/ir/integrated-report-2026.pdf');
    }
    expect(renderDraftText(draftOf(matrixInput('rich-listed'), 'cg-report'))).toContain('【補充原則3-1③ サステナビリティについての取組み等】');
    expect(draftCompleteness(draftOf(matrixInput('mid-listed-gaps'), 'cg-report')).missing.map((m) => m.factKey)).toContain('disclosureUrl');
  });
});
