import { DRAFT_LANGUAGES, draftCompleteness, generateDrafts, renderDraftText } from '../index';
import type { Draft, DraftInput } from '../index';
import { jaSentenceEndsWell } from '../lib/build/free-text';
import { renderParagraph } from '../lib/render/render-draft';
import { MATRIX_COMPANIES, matrixInput } from '../testing/company-matrix';
import { resolves } from './spec-helpers';

const SLOT_MARKER = /【要記入：[^】]*】|\[To be completed: [^\]]*\]/g;
const withoutSlots = (t: string): string => t.replace(SLOT_MARKER, '');

const cases = MATRIX_COMPANIES.map((company) => ({
  company,
  input: matrixInput(company),
  drafts: generateDrafts(matrixInput(company)),
}));

function sentences(draft: Draft) {
  return draft.sections.flatMap((s) =>
    s.paragraphs.flatMap((p) => (p.trace ?? []).map((t) => ({ section: s.id, ...t }))),
  );
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
        for (const ref of t.sources)
          expect({ ...where, ref, entered: resolves(ref, input) }).toEqual({ ...where, ref, entered: true });
        // A derived figure (intangible share, PBR, R&D intensity) also names the answers it was derived from.
        if (t.sources.some((r) => r.startsWith('result:')))
          expect(t.sources.some((r) => r.startsWith('answer:'))).toBe(true);
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
    for (const d of drafts)
      for (const s of d.sections)
        expect({ type: d.type, lang: d.language, section: s.id, paragraphs: s.paragraphs.length > 0 }).toMatchObject({
          paragraphs: true,
        });
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
    const facts = {
      ...rich.facts,
      benchmarks: (rich.facts?.benchmarks ?? []).map((b) => ({ ...b, ipLandscape: true })),
    };
    expect(renderDraftText(draftOf({ ...rich, facts }, 'integrated-report'))).toContain(
      'IPランドスケープ（知財情報と事業情報を合わせた分析）では',
    );
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
    expect(text).toContain(
      '2027年5月までに、資本コストを踏まえた無形資産投資の方針を、中期経営計画の見直しに合わせて公表します。',
    );
    expect(text.split('2027年5月までに').length - 1).toBe(1);
    expect(draftCompleteness(d).missing.map((m) => m.questionId)).not.toContain('m0.market-cap');
  });

  it('asks for no mid-term plan when the plan was entered without an amount', () => {
    for (const d of generateDrafts(matrixInput('mid-listed-gaps')))
      expect(draftCompleteness(d).missing.map((m) => m.factKey)).not.toContain('midTermPlan');
  });

  it('builds the SME one-pager from the SME check and the SME facts form, quoted and closed', () => {
    const d = draftOf(matrixInput('sme-two-people'), 'sme-one-pager');
    const text = renderDraftText(d);
    expect(text).toContain('山田精密金型は金属製品の企業で、主に精密プレス金型の設計・製作を提供しています。');
    expect(text).toContain('2026年3月期の売上高は1.2億円、従業員数は2名です。');
    expect(text).toContain('社長は、お客様に選ばれる理由を「短納期でも寸法精度が出せるから」と考えています。');
    expect(text).toContain(
      '支えているのは、「職人の技や加工のこつ」、「図面や設計のデータ」、「お客様や仕入先との長い付き合い」です。',
    );
    expect(text).toContain('取引金融機関には、当社の目に見えない強みを口頭で伝えています。');
    // Nothing is in place yet: the page claims no protection, no owner of IP, no figures of the listed bank.
    expect(text).not.toContain('強みの守り方');
    expect(text).not.toMatch(/管理しています|研究開発費|特許/);
    const missing = draftCompleteness(d).missing;
    expect(missing.map((m) => m.slotId)).toEqual(['sme-one-pager.smeNextSteps']);
    // Every slot names something the owner can fill: a fact of the SME form or a question of the SME check.
    for (const m of draftCompleteness(
      draftOf({ ...matrixInput('sme-two-people'), answers: {}, facts: {} }, 'sme-one-pager'),
    ).missing) {
      expect(m.factKey?.startsWith('sme.') || m.questionId?.startsWith('sme-')).toBe(true);
    }
  });

  it('states protection in place exactly as answered, and the exporter’s own next step', () => {
    const text = renderDraftText(draftOf(matrixInput('sme-exporter'), 'sme-one-pager'));
    expect(text).toContain('秘密の情報は一覧にし、すべてに表示や鍵をつけています。');
    expect(text).toContain('新しい相手と技術の話をする前には、必ず秘密保持契約を結んでいます。');
    expect(text).toContain('社名と主な商品の名前は、すべて商標登録しています。');
    // Registered in only some export countries, staff pledge only in the rules: neither is claimed.
    expect(text).not.toContain('売る予定の国のすべて');
    expect(text).not.toContain('誓約書');
    expect(text).toContain('2027年中に、欧州と米国で「KATANA TOOLS」の商標を追加登録します。');
    expect(text).toContain('売上高は9.5億円、従業員数は24名です。');
  });

  it('marks Japanese-only text of an SME in an English draft for translation', () => {
    const d = draftOf(matrixInput('sme-two-people'), 'sme-one-pager', 'en');
    const slots = draftCompleteness(d).missing.map((m) => m.slotId);
    expect(slots).toEqual(expect.arrayContaining(['translate.sme.products', 'translate.sme-strengths.why-customers']));
    const text = renderDraftText(d);
    expect(text).toContain('In the words of our president, customers choose us because');
    expect(text).toContain('our revenue was ¥120 million and we had 2 employees');
    expect(text.replace(/\[To be completed:[^\]]*\]/g, '')).not.toMatch(/[\u3040-\u30ff]/);
  });

  it('heads the CG report the way real reports do, with 3-1③ as one entry pointing to the fuller disclosure', () => {
    for (const lang of DRAFT_LANGUAGES) {
      const text = renderDraftText(draftOf(matrixInput('rich-listed'), 'cg-report', lang));
      expect(text).not.toMatch(/2021年改訂コード|2021 Code/);
      expect(text).toContain('https://example.com/ir/integrated-report-2026.pdf');
    }
    expect(renderDraftText(draftOf(matrixInput('rich-listed'), 'cg-report'))).toContain(
      '【補充原則3-1③ サステナビリティについての取組み等】',
    );
    expect(
      draftCompleteness(draftOf(matrixInput('mid-listed-gaps'), 'cg-report')).missing.map((m) => m.factKey),
    ).toContain('disclosureUrl');
  });
});
