import fc from 'fast-check';
import { BOILERPLATE_EN, BOILERPLATE_JA } from '../lib/test-helpers';
import { ALL_CASES, STRONG_CASES } from './fixtures/hard-cases';
import { judgeDisclosure } from './judge-disclosure';

/**
 * How far the learned readings may move a total when only the wording of a chain's sentence changes: 2 for the two
 * links (v2.44), 3 since the whole-text reading (v2.51), which leaves the register out (registerFree) but still sees
 * the other words a translation into the intention register brings ("gives us" -> "we will continue to use … as").
 */
const LEARNED_WORDING_TOLERANCE = 3;

/** Sentences of our own hard cases, split back into sentences, as building blocks. */
const SENTENCES = ALL_CASES.flatMap((c) =>
  c.text
    .split(/(?<=。)\n?|(?<=\.)\s+(?=[A-Z])|\n/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);
const BOILER = [...BOILERPLATE_JA, ...BOILERPLATE_EN];
/** A page of counts standing in for strategy (issue 18: "would not be misled by a page of patent counts"), invented. */
const COUNT_PAGE_JA = [
  '当社の特許保有件数は国内1,200件、海外800件です。',
  '2023年度の特許出願件数は150件、登録件数は120件でした。',
  '知的財産部門の人員は25名で、毎年社内研修を10回実施しています。',
  '当社は特許資産規模ランキングで業界3位です。',
  // …and the figures that look like indicators (v2.55): a filing rate, a spend's share of sales, a year-on-year count.
  '外国出願比率は約60%です。',
  '研究開発費は売上高の5.2%にあたる320億円でした。',
  '意匠登録件数は前年比15%増の85件となりました。',
  '知財教育として、新入社員向けの研修を年2回開催しました。',
];
const COUNT_PAGE_EN = [
  'We hold 1,200 patents in Japan and 800 overseas.',
  'In fiscal 2023 we filed 150 patent applications and 120 were granted.',
  'Our IP department has 25 staff and runs ten training sessions a year.',
  'We rank third in our industry by patent asset size.',
  'Our foreign filing rate is about 60%.',
  'R&D expenses were 32 billion yen, 5.2% of revenue.',
  'We received the Imperial Invention Prize in 2023.',
];

const passage = fc
  .array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 7 })
  .chain((xs) => fc.constantFrom('\n', '\n\n', '').map((sep) => xs.join(sep)));
const score = (t: string, names: readonly string[] = []): number => judgeDisclosure(t, { companyNames: names }).overall;

/** Pairs: the same strategy stated as a fact and in the intention register. */
const REGISTER_PAIRS: readonly [string, string][] = [
  [
    '当社は、電動車向けの電池材料事業において、高耐熱セパレーターの製法をノウハウとして秘匿し、他社の参入を防ぐことで、高い利益率を確保しています。',
    '当社は、電動車向けの電池材料事業において、高耐熱セパレーターの製法をノウハウとして秘匿し、他社の参入を防ぐことで、高い利益率の確保を目指しています。',
  ],
  [
    '業務用空調事業では、省エネ制御技術の基本特許をライセンス供与して標準規格とし、ライセンス収入を得ています。',
    '業務用空調事業では、省エネ制御技術の基本特許をライセンス供与して標準規格とし、ライセンス収入を得ることを図ります。',
  ],
  // An advantage word in a pledge (…に取り組んでまいります, "we will continue to") keeps its mechanism.
  [
    '当社は、医療機器事業において内視鏡の画像処理技術による競争優位を確立し、営業利益率を高めています。',
    '当社は、医療機器事業において内視鏡の画像処理技術による競争優位を確立し、営業利益率を高めることに取り組んでまいります。',
  ],
  [
    'In our endoscope business, our image-processing technology gives us a competitive advantage that raises our segment margin.',
    'In our endoscope business, we will continue to use our image-processing technology as a competitive advantage that raises our segment margin.',
  ],
  [
    'In our industrial sensor business, we keep the calibration process as a trade secret, so competitors cannot copy the accuracy our customers pay a price premium for.',
    'In our industrial sensor business, we will keep the calibration process as a trade secret, so competitors cannot copy the accuracy our customers pay a price premium for.',
  ],
  [
    'Our diagnostics segment licenses its assay patent family to instrument makers and earns licensing income from the high-margin reagent market.',
    'Our diagnostics segment aims to license its assay patent family to instrument makers and to earn licensing income from the high-margin reagent market.',
  ],
];

// Every property in this file runs on a fixed seed so a CI run is repeatable.
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20261201 });

describe('judgeDisclosure robustness properties', () => {
  it('padding with boilerplate anywhere never raises the score', () => {
    fc.assert(
      fc.property(
        passage,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BOILER)), { minLength: 1, maxLength: 5 }),
        (t, pads) => {
          const parts = t.split('\n');
          for (const [at, pad] of pads) parts.splice(at % (parts.length + 1), 0, pad);
          expect(score(parts.join('\n'))).toBeLessThanOrEqual(score(t));
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('padding: the seeds that once found a counterexample find none (boilerplate no longer re-partitions chains)', () => {
    // Seed -1365464177 (and most others over 1,000 runs) found a mixed JA/EN passage where inserting
    // 「当社は、知的財産を重要な経営資源と認識しております。」 widened a gap, broke one chain and let a floating
    // indicator join a better one (+5–8 points). Boilerplate is now skipped when chains measure adjacency.
    for (const seed of [-1365464177, 1, 2]) {
      fc.assert(
        fc.property(
          passage,
          fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BOILER)), { minLength: 1, maxLength: 5 }),
          (t, pads) => {
            const parts = t.split('\n');
            for (const [at, pad] of pads) parts.splice(at % (parts.length + 1), 0, pad);
            expect(score(parts.join('\n'))).toBeLessThanOrEqual(score(t));
          },
        ),
        { numRuns: 400, seed },
      );
    }
  });

  it('a page of patent counts, filings, headcounts and rankings appended never raises the score (v2.52, v2.55)', () => {
    // Counts and activity lower a score through the rules' substitution deduction; the whole-text reading leaves them
    // out since v2.55 (passageSentences), so no weight it learned can raise a score for them.
    fc.assert(
      fc.property(
        passage,
        fc.subarray([...COUNT_PAGE_JA, ...COUNT_PAGE_EN], { minLength: 1 }),
        fc.constantFrom('\n', '\n\n'),
        (t, page, sep) => {
          expect(score(t + sep + page.join(sep))).toBeLessThanOrEqual(score(t));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('repeating a sentence (in place, later on, or the whole passage) never raises the score', () => {
    fc.assert(
      fc.property(passage, fc.nat(), fc.nat(), (t, pick, at) => {
        const parts = t.split('\n');
        const filled = parts.flatMap((p, i) => (p.trim().length > 0 ? [i] : []));
        const i = filled[pick % filled.length] ?? 0;
        const s = parts[i] ?? '';
        const inPlace = [...parts];
        inPlace.splice(i + 1, 0, s);
        expect(score(inPlace.join('\n'))).toBeLessThanOrEqual(score(t));
        const later = [...parts];
        later.splice(i + 1 + (at % (parts.length - i)), 0, s);
        expect(score(later.join('\n'))).toBeLessThanOrEqual(score(t));
        expect(score(`${t}\n${t}`)).toBeLessThanOrEqual(score(t));
      }),
      { numRuns: 300 },
    );
  });

  it('repeating the whole passage: a heading a line wrap glues onto the repeat keeps it a repeat', () => {
    // Seed 15 found 「…顧客価値の文。戦略の文。トップメッセージ」 doubled: the wrap rule joined トップメッセージ to the
    // repeated first sentence, which then escaped the repeat check and took the strategy sentence before it as its
    // subject (62 → 70).
    for (const seed of [15, 777]) {
      fc.assert(
        fc.property(passage, (t) => {
          expect(score(`${t}\n${t}`)).toBeLessThanOrEqual(score(t));
        }),
        { numRuns: 400, seed },
      );
    }
    const t =
      'このデータから需要の変化を読み取れるため、お客様は在庫の廃棄を減らすことができます。当社は、業務用製氷機事業において、' +
      '製氷皿の表面処理の製法をノウハウとして秘匿し、他社の参入を防ぐことで、高い利益率を確保しています。会社概要';
    expect(score(`${t}\n${t}`)).toBe(score(t));
  });

  it('prefixing the company name never raises the score', () => {
    const prefixes: readonly [string, string][] = [
      ['ACME株式会社', '\n'],
      ['ACME株式会社', ''],
      ['ACME Corporation', '\n'],
      ['ACME Corporation', ' '],
      ['アクメ工業グループは、', ''],
    ];
    fc.assert(
      fc.property(passage, fc.constantFrom(...prefixes), (t, [prefix, sep]) => {
        const names = ['ACME株式会社', 'ACME Corporation', 'アクメ工業'];
        expect(score(`${prefix}${sep}${t}`, names)).toBeLessThanOrEqual(score(t, names));
        // Without the profile names, the text's own "Xグループは" / "X Corporation" / "X株式会社" is detected.
        expect(score(`${prefix}${sep}${t}`)).toBeLessThanOrEqual(score(t));
      }),
      { numRuns: 200 },
    );
  });

  it('replacing 当社 with the company name changes nothing', () => {
    const ja = SENTENCES.filter((s) => s.includes('当社'));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ja, ...SENTENCES), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('アクメ化学', 'ACME', '株式会社アクメ'),
        (xs, name) => {
          const t = xs.join('\n');
          const named = t.replace(/当社/g, name);
          const a = judgeDisclosure(t, { companyNames: [name] });
          const b = judgeDisclosure(named, { companyNames: [name] });
          expect(b.overall).toBe(a.overall);
          expect(b.sentences.map((s) => s.role)).toEqual(a.sentences.map((s) => s.role));
          expect(b.chains.map((c) => c.links)).toEqual(a.chains.map((c) => c.links));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a Japanese sentence in a mostly English text reads the company name as 当社, not as a Latin-named brand (v2.41)', () => {
    // Seed 11 of the property above found it: 「第三者機関によるアクメ化学ブランドの評価額は…」 beside two English
    // sentences read 「the companyブランド」 as a named asset and anchored the English claim after it.
    const t = [
      '第三者機関による当社ブランドの評価額は約2,000億円です。',
      'We will keep allocating capital to innovation and aim for ROIC above 12% by 2030.',
      'For our carbide drill bits we run a resharpening service: customers send worn bits back, we restore them to the original geometry, and they keep coming back to us because the geometry data stays with us.',
    ].join('\n');
    const a = judgeDisclosure(t, { companyNames: ['アクメ化学'] });
    const b = judgeDisclosure(t.replace(/当社/g, 'アクメ化学'), { companyNames: ['アクメ化学'] });
    expect(b.overall).toBe(a.overall);
    expect(b.chains.map((c) => c.links)).toEqual(a.chains.map((c) => c.links));
  });

  it('blank lines between sentences on their own lines change nothing (pasted vs copied from PDF or Word)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SENTENCES), { minLength: 2, maxLength: 7 }),
        fc.constantFrom('\n\n', '\n \n', '\r\n\r\n'),
        (xs, blank) => {
          const a = judgeDisclosure(xs.join('\n'));
          const b = judgeDisclosure(xs.join(blank));
          expect(b.overall).toBe(a.overall);
          expect(b.chains.map((c) => c.links)).toEqual(a.chains.map((c) => c.links));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('translating a strategy sentence into the intention register keeps its credit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REGISTER_PAIRS),
        fc.array(fc.constantFrom(...SENTENCES), { maxLength: 4 }),
        fc.nat(),
        ([fact, intention], ctx, at) => {
          const withFact = [...ctx];
          const withIntention = [...ctx];
          withFact.splice(at % (ctx.length + 1), 0, fact);
          withIntention.splice(at % (ctx.length + 1), 0, intention);
          const a = judgeDisclosure(withFact.join('\n'));
          const b = judgeDisclosure(withIntention.join('\n'));
          // The rules give the same credit: the same chains with the same links and the same chain scores.
          expect(b.chains.map((c) => [c.links, c.score])).toEqual(a.chains.map((c) => [c.links, c.score]));
          // The learned reading sees other words and may move the total by a point or two, never more (v2.44).
          expect(Math.abs(b.overall - a.overall)).toBeLessThanOrEqual(LEARNED_WORDING_TOLERANCE);
          expect(['A', 'B']).toContain(judgeDisclosure(intention).grade);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps every span inside the input and the score in range for arbitrary text', () => {
    const anyText = fc.oneof(
      passage,
      fc.string({ minLength: 1, maxLength: 300 }).filter((s) => s.trim().length > 0),
    );
    fc.assert(
      fc.property(anyText, (t) => {
        const r = judgeDisclosure(t);
        expect(r.overall).toBeGreaterThanOrEqual(0);
        expect(r.overall).toBeLessThanOrEqual(100);
        for (const s of r.sentences)
          for (const sp of [...s.spans, ...s.roleSpans]) expect(t.slice(sp.start, sp.end)).toBe(sp.text);
        for (const c of r.criteria) for (const e of c.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 300 },
    );
  });

  it('the hard strong cases stay strong when padded with the weak families', () => {
    // The top two grades (see judge-disclosure.spec.ts: the whole-text reading of v2.49 reads short invented texts as B).
    for (const c of STRONG_CASES) expect(['A', 'B']).toContain(judgeDisclosure(c.text).grade);
  });
});
