import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { judgeDisclosure, type DisclosureRecord } from '@ipgn/disclosure-scoring';
import type { Locale } from '@ipgn/contracts';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { aGradeBasis, disclosureRecordOf } from '../../../testing/judgement-fixtures';
import { DisclosureScoreSummary } from './disclosure-score-summary';

// Our own passage: a chain about a named business, then activity and count sentences that stand in for strategy.
const TEXT =
  '当社の電池材料事業では、正極材の焼成技術に関する特許群が、車載電池向け製品の売上高1,240億円を支えています。\n' +
  'これらの特許により競合他社の参入を防ぎ、同事業の営業利益率は14.2%と全社平均の2倍になっています。\n\n' +
  '当社は2025年度に特許出願を120件行いました。\n\n' +
  '全社員を対象とした知財研修を年4回実施しています。\n\n' +
  '当社は知財功労賞を受賞しました。';

function renderSummary(locale: Locale = 'ja') {
  const result = judgeDisclosure(TEXT);
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <DisclosureScoreSummary record={disclosureRecordOf(TEXT, result)} />
    </I18nextProvider>,
  );
  return result;
}

describe('DisclosureScoreSummary: how the overall is made', () => {
  it('says in one plain sentence what the substitution deduction counts and costs, with the formula behind a summary', () => {
    const result = renderSummary();
    expect(result.substitution.factor).toBeLessThan(1);
    const count = result.substitution.findings.length;
    const cut = Math.round((1 - result.substitution.factor) * 100);
    expect(screen.getByTestId('substitution-plain')).toHaveTextContent(
      `戦略の代わりになっている文（活動報告・件数・リスク定型文）が${count}文あるため、総合スコアを${cut}%差し引いています。`,
    );
    // The formula and the ratio are in a closed details element, named by its summary.
    const formula = screen.getByText('総合スコアの計算方法').closest('details');
    expect(formula).not.toHaveAttribute('open');
    for (const id of ['score-makeup-how', 'substitution-share', 'generic-share'])
      expect(formula).toContainElement(screen.getByTestId(id));
    expect(screen.getByTestId('substitution-plain').closest('details')).toBeNull();
    // The ratio is written out as the scorer counts it: substitution sentences against the kinds of links.
    const links = new Set(result.chains.flatMap((c) => c.links)).size;
    expect(count / (count + links)).toBeCloseTo(result.substitution.share, 2);
    const factor = result.substitution.factor.toFixed(2);
    expect(screen.getByTestId('substitution-share')).toHaveTextContent(
      `代替記述の比率：${Math.round(result.substitution.share * 100)}%（活動報告・件数・リスク定型文の文数 ${count} ÷（その文数 ${count} ＋ 連鎖が示すつながりの種類数 ${links}））。この比率から係数 ${factor} を決め、スコアに掛けています。`,
    );
    expect(screen.getByTestId('substitution-share')).not.toHaveTextContent('文全体に占める割合ではありません');
    expect(screen.getByTestId('generic-share')).toHaveTextContent(
      `対象のない一般的な文の割合（参考・スコアの計算には使っていません）：${Math.round(result.boilerplate.genericShare * 100)}%`,
    );
    expect(screen.getByTestId('generic-share')).not.toHaveTextContent('係数');
    expect(screen.queryByText(/定型的な文の割合/)).toBeNull();
  });

  it('says when nothing stands in for strategy, or too little to cost anything', () => {
    const text =
      '当社の電池材料事業では、正極材の焼成技術に関する特許群が、車載電池向け製品の売上高1,240億円を支えています。';
    const result = judgeDisclosure(text);
    expect(result.substitution.findings).toHaveLength(0);
    const { rerender } = render(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={disclosureRecordOf(text, result)} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('substitution-plain')).toHaveTextContent(
      '戦略の代わりになっている文（活動報告・件数・リスク定型文）はありません。',
    );
    // One activity sentence among many claims: below the scorer's free share, factor 1.
    const supported = judgeDisclosure(TEXT);
    const free = { ...supported, substitution: { ...supported.substitution, factor: 1 } };
    rerender(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={disclosureRecordOf(TEXT, free)} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('substitution-plain')).toHaveTextContent(
      `活動報告・件数・リスク定型文が${supported.substitution.findings.length}文ありますが、文章の主張に比べて少ないため、総合スコアから差し引いていません。`,
    );
  });

  it('says that a text of counts alone tells no story, and that counts beside a whole story cost nothing (v2.47)', () => {
    // Our own passages: only counts, awards and training; then a story told whole with the same counts after it.
    const countsOnly =
      '当社の特許保有件数は国内1,204件、海外2,311件です。\n当社は特許資産規模ランキングで第7位にランクインしました。\n2025年度は延べ900名の従業員が知財研修を受講しました。';
    const bare = judgeDisclosure(countsOnly);
    expect(bare.chains).toHaveLength(0);
    const { rerender } = render(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={disclosureRecordOf(countsOnly, bare)} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('substitution-plain')).toHaveTextContent(
      `事業・資産・仕組み・価値のつながり（連鎖）を述べた文がないため、総合スコアは0点です。活動報告・件数・リスク定型文が${bare.substitution.findings.length}文あり、戦略の代わりになっています。`,
    );
    expect(screen.getByTestId('substitution-plain')).not.toHaveTextContent('差し引いています');
    const whole = [
      '当社の封止材事業の主力製品「KS-210」は、2025年度に同事業売上高800億円の45%を占め、営業利益率は24%です。',
      'KS-210の優位性は、配合に関する特許群と、特許化せず秘匿している混練工程のノウハウにあり、競合他社が同じ耐熱性を量産で再現することを困難にしています。',
      'その結果、顧客である車載電装メーカーでは故障率が30%下がり、採用ラインは40から65に増えました。',
      '資源配分では、研究開発費の35%を本事業に充てています。',
      '取締役会は年2回、本事業の知財ポートフォリオと採用ライン数の報告を受け、投資配分を見直しています。',
      countsOnly,
    ].join('\n');
    const told = judgeDisclosure(whole);
    expect(told.substitution.factor).toBe(1);
    rerender(
      <I18nextProvider i18n={createI18n('en')}>
        <DisclosureScoreSummary record={disclosureRecordOf(whole, told)} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('substitution-plain')).toHaveTextContent(
      `${told.substitution.findings.length} sentences are activity reports, counts or risk boilerplate, but the text tells its story whole (from the business to oversight), so they stand in for nothing and the overall score is not reduced.`,
    );
  });

  it('explains the overall from the best chain, the other chains, the claim share, the factor and the learned readings', () => {
    const result = renderSummary();
    const best = Math.max(...result.chains.map((c) => c.score));
    const claim = Math.round(result.stats.claimShare * 100);
    const claimPoints = (10 * result.stats.claimShare).toFixed(1);
    const learned = result.learned;
    const passage = learned?.passage;
    expect(learned?.points).toBeGreaterThan(0);
    // 40 % of the score for a text of some length; less for a short one (PASSAGE_FULL_READ).
    const share = passage?.share ?? 0;
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual(0.4);
    const rulesPercent = Math.round((1 - share) * 100);
    const passagePercent = Math.round(share * 100);
    const learnedPoints = learned?.points.toFixed(1) ?? '';
    expect(screen.getByTestId('score-makeup-how')).toHaveTextContent(
      `最も良い連鎖の点（${best}点）に、ほかの連鎖が加える分の5分の1と、名指しされたものについて主張する文の割合に応じた最大10点（${claim}%で${claimPoints}点）を足し、代替記述の係数 ${result.substitution.factor.toFixed(2)} を掛け、文ごとに「なぜ優位か」「何を生むか」の説明に似ている点（最大80点のうち${learnedPoints}点）を足して1.8で割ると${passage?.before.toFixed(1)}点です。これが総合スコアの${rulesPercent}%を占め、残りの${passagePercent}%は、本文をまとめて、実際の開示へのアナリストの評価から学習したモデルで読んだ点です（${passage?.points.toFixed(1)}点）。四捨五入して${result.overall}点です。`,
    );
    // The sums the sentence states are the overall shown (one chain here, so the other chains add nothing).
    expect(result.chains).toHaveLength(1);
    const before = ((best + Number(claimPoints)) * result.substitution.factor + (learned?.points ?? 0)) / 1.8;
    expect(Math.abs(before - (passage?.before ?? 0))).toBeLessThan(0.06);
    expect(Math.round(before * (1 - share) + (passage?.points ?? 0))).toBe(result.overall);
    expect(passage?.points).toBeCloseTo(50 * ((passage?.medium ?? 0) + (passage?.strong ?? 0)) * share, 1);
    expect(screen.getByTestId('score-makeup-learnedPassage')).toHaveTextContent(
      `アナリストが「中」以上とした文章に${Math.round((passage?.medium ?? 0) * 100)}%、「強」とした文章に${Math.round((passage?.strong ?? 0) * 100)}%似ています。`,
    );
    // The two sentences the learned reading came from are quoted, with how much they read like it.
    const mechanism = TEXT.slice(
      result.sentences[learned?.mechanism.sentence ?? -1]?.start,
      result.sentences[learned?.mechanism.sentence ?? -1]?.end,
    );
    expect(screen.getByTestId('score-makeup-learnedMechanism')).toHaveTextContent(
      `「なぜ優位か」の説明に最も近い文（モデルの確からしさ ${Math.round((learned?.mechanism.probability ?? 0) * 100)}%）：「${mechanism.slice(0, 20)}`,
    );
    expect(screen.getByTestId('score-makeup-learnedValue')).toHaveTextContent(
      /^「何を生むか」の説明に最も近い文（モデルの確からしさ \d+%）：「/,
    );
  });

  it('explains a result saved before the whole-text reading (v2.44-v2.48) as that rubric made it', () => {
    const now = judgeDisclosure(TEXT);
    const { passage: _passage, ...learnedBefore } = now.learned ?? {
      mechanism: null,
      value: null,
      points: 0,
      scale: 1.8,
    };
    const before = { ...now, rubricVersion: '2026.12-v2.48', learned: learnedBefore } as typeof now;
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={disclosureRecordOf(TEXT, before)} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('score-makeup-how')).toHaveTextContent(/1\.8で割って100点満点に戻して四捨五入しています/);
    expect(screen.queryByTestId('score-makeup-learnedPassage')).toBeNull();
  });

  it('explains a result saved by an earlier rubric as that rubric made it', () => {
    const now = judgeDisclosure(TEXT);
    const before = { ...now, rubricVersion: '2026.12-v2.40' };
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={disclosureRecordOf(TEXT, before)} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('score-makeup-how')).toHaveTextContent(
      /ほかの連鎖が加える分の5分の1を足し、代替記述の係数/,
    );
  });

  it('speaks English', () => {
    const result = renderSummary('en');
    expect(screen.getByTestId('score-makeup-how')).toHaveTextContent(
      `the best chain's score (${Math.max(...result.chains.map((c) => c.score))}) plus one fifth of what the other chains add, plus up to 10 points for the share of sentences that make claims about named things (${Math.round(result.stats.claimShare * 100)}% gives ${(10 * result.stats.claimShare).toFixed(1)}), times the substitution factor ${result.substitution.factor.toFixed(2)}; plus how much single sentences read like why the company wins and what it brings (${result.learned?.points.toFixed(1)} of up to 80), divided by 1.8: ${result.learned?.passage?.before.toFixed(1)} of 100. That makes ${Math.round((1 - (result.learned?.passage?.share ?? 0)) * 100)}% of the score; the other ${Math.round((result.learned?.passage?.share ?? 0) * 100)}% is the text read as a whole, by a model learned from analysts' ratings of real disclosures (${result.learned?.passage?.points.toFixed(1)} points). Rounded: ${result.overall}.`,
    );
    expect(screen.getByTestId('score-makeup-learnedPassage')).toHaveTextContent(
      /^The text read as a whole \(its sentences together; general statements, risk lines, counts and activity reports left out\): like the texts analysts rated at least medium \d+%, like those they rated strong \d+%\.$/,
    );
    expect(screen.getByTestId('generic-share')).toHaveTextContent(/^Share of general sentences \(nothing named\)/);
    expect(screen.getByTestId('substitution-share')).toHaveTextContent(
      /^Substitution ratio: \d+% \(activity, count and risk sentences \d+ ÷ \(those sentences \d+ \+ kinds of links/,
    );
    expect(screen.getByTestId('substitution-plain')).toHaveTextContent(
      `${result.substitution.findings.length} sentences stand in for strategy (activity reports, counts, risk boilerplate), so ${Math.round((1 - result.substitution.factor) * 100)}% is taken off the overall score.`,
    );
    expect(screen.getByText('How the overall score is calculated').tagName).toBe('SUMMARY');
  });

  it('says there is no chain when there is none', () => {
    const text = '当社は知的財産を重要な経営資源と認識し、適切に保護・管理してまいります。';
    const result = judgeDisclosure(text);
    expect(result.chains).toHaveLength(0);
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={disclosureRecordOf(text, result)} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('score-makeup-how')).toHaveTextContent('連鎖が見つからないため、0点です。');
  });
});

describe('DisclosureScoreSummary: what the grade is', () => {
  const result = judgeDisclosure(TEXT);
  const show = (overrides: Partial<DisclosureRecord>, locale: Locale = 'ja') =>
    render(
      <I18nextProvider i18n={createI18n(locale)}>
        <DisclosureScoreSummary record={disclosureRecordOf(TEXT, result, { grade: 'A', ...overrides })} />
      </I18nextProvider>,
    );

  it('says beside a grade from few rated texts how few, and right by the score that it is no official rating', () => {
    show({ gradeBasis: aGradeBasis() });
    const grade = screen.getByTestId('disclosure-grade');
    // In the grade's own row, not below the fold.
    expect(grade.parentElement).toContainElement(screen.getByTestId('few-rated'));
    expect(screen.getByTestId('few-rated')).toHaveTextContent(
      '人が評価した文章 2件だけに基づく評価です。確かな目安ではありません。',
    );
    const note = screen.getByTestId('rule-based-note');
    expect(note).toHaveTextContent(
      'ルールと、アナリストの評価から学習した読み取りによる自動判定で、当サービスが算出したものです。公式な格付け・評価ではありません。',
    );
    // Right after the figures, before the explanation and the floor check.
    expect(grade.closest('dl')?.nextElementSibling).toBe(note);
    expect(screen.getByTestId('grade-meaning')).toHaveTextContent(
      '評価「A」は、総合スコア72〜100点の帯を表す記号です。人が評価した文章のうち、この帯の得点になった2件では、「強い」が1件（50%、95%区間 9%〜91%）、「中程度」が1件、「弱い」が0件でした。',
    );
    expect(screen.getByTestId('disclosure-calibration')).toHaveTextContent(
      '出典：人が評価した開発用の文章 173件（2026-12-03）',
    );
  });

  it("says a band of one score as that score (grade E is 0 only since the analysts' sets 75-116)", () => {
    const text = '当社は知的財産を重要な経営資源と位置付けています。';
    const result = judgeDisclosure(text);
    const basis = { ...aGradeBasis(), min: 0, max: 0 };
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={{ ...disclosureRecordOf(text, result), gradeBasis: basis }} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('grade-meaning')).toHaveTextContent(/総合スコア0点（この1点だけの帯）を表す記号です/);
    expect(screen.getByTestId('grade-meaning')).not.toHaveTextContent('0〜0');
  });

  it('says what the band means among everyday disclosures too, where strong texts are rare (v2.45)', () => {
    show({
      grade: 'A',
      gradeBasis: aGradeBasis({
        min: 49,
        max: 100,
        rated: 47,
        strong: 32,
        medium: 10,
        weak: 5,
        strongPercent: 68,
        interval: [54, 80],
        source: 'analysts: 300 rated texts, sets 75-104, 2026-12-04',
        ordinary: {
          rated: 10,
          strong: 2,
          strongPercent: 20,
          interval: [6, 51],
          source: 'dev: 173 rated texts, 2026-12-04',
        },
      }),
    });
    expect(screen.getByTestId('grade-meaning-ordinary')).toHaveTextContent(
      'ふだんの開示（人が評価した開発用の文章で、「強い」はまれ）では、この帯の10件のうち「強い」は2件（20%、95%区間 6%〜51%）でした。',
    );
    expect(screen.getByTestId('disclosure-calibration')).toHaveTextContent(
      '出典：2人のアナリストがそれぞれ評価した実在の開示 300件',
    );
  });

  it('says nothing about everyday disclosures for a result saved before v2.45', () => {
    show({ grade: 'A', gradeBasis: aGradeBasis() });
    expect(screen.queryByTestId('grade-meaning-ordinary')).toBeNull();
  });

  it('lets a grade from enough rated texts stand without the note', () => {
    show({
      grade: 'E',
      gradeBasis: aGradeBasis({
        min: 0,
        max: 10,
        rated: 110,
        strong: 0,
        medium: 1,
        weak: 109,
        strongPercent: 0,
        interval: [0, 3],
      }),
    });
    expect(screen.queryByTestId('few-rated')).toBeNull();
    expect(screen.getByTestId('grade-meaning')).toHaveTextContent(
      'この帯の得点になった110件では、「強い」が0件（0%、95%区間 0%〜3%）',
    );
  });

  it('says when no rated text backs the band at all, and what a v1 grade is', () => {
    const { unmount } = show({
      gradeBasis: aGradeBasis({ rated: 0, strong: 0, medium: 0, weak: 0, strongPercent: 0, interval: [0, 100] }),
    });
    expect(screen.getByTestId('few-rated')).toHaveTextContent(
      'この得点帯には人が評価した文章がなく、評価に裏付けがありません。',
    );
    expect(screen.getByTestId('grade-meaning')).toHaveTextContent(
      'この帯の得点になった文章は、まだ人が評価していません。',
    );
    unmount();
    show({ gradeBasis: null });
    expect(screen.queryByTestId('few-rated')).toBeNull();
    expect(screen.getByTestId('grade-meaning')).toHaveTextContent('以前の評価方式（v1）での総合スコアの帯です');
  });

  it('speaks English', () => {
    const { unmount } = show({ gradeBasis: aGradeBasis() }, 'en');
    expect(screen.getByTestId('few-rated')).toHaveTextContent('Based on only 2 rated texts: not a firm guide.');
    expect(screen.getByTestId('rule-based-note')).toHaveTextContent(
      'A judgement computed by this service from rules and a reading learned from analysts’ ratings, not an official rating.',
    );
    expect(screen.getByTestId('grade-meaning')).toHaveTextContent(
      'Grade A stands for the overall-score band 72–100. Of the rated texts that scored in this band (2), people rated 1 strong (50%, 95% interval 9%–91%), 1 medium and 0 weak.',
    );
    unmount();
    show({ gradeBasis: aGradeBasis({ rated: 1, strong: 1, medium: 0 }) }, 'en');
    expect(screen.getByTestId('few-rated')).toHaveTextContent('Based on only 1 rated text: not a firm guide.');
  });

  it('warns beside the score when the text tells its strategy almost without words of technology and rights', () => {
    // Our own passage about an invented noodle chain: no patent, technology or licensing word in it.
    const plain =
      '当社の「すずめ亭」は駅前に集中して出店し、セントラルキッチンで仕込みを一括することで、低価格でもおいしい料理を提供しています。常連のお客様が毎週来店され、売上総利益率は70%を超えています。';
    const result = judgeDisclosure(plain);
    const { unmount } = render(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={disclosureRecordOf(plain, result)} />
      </I18nextProvider>,
    );
    const caution = screen.getByTestId('plain-text-caution');
    expect(caution).toHaveAttribute('role', 'note');
    expect(caution).toHaveTextContent('この種の文章では判定の信頼性が下がります。');
    expect(caution).toHaveTextContent(result.coverage?.note?.ja ?? 'missing');
    unmount();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <DisclosureScoreSummary record={disclosureRecordOf(plain, result)} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('plain-text-caution')).toHaveTextContent('Less reliable on this kind of text.');
    expect(screen.getByTestId('plain-text-caution')).toHaveTextContent(result.coverage?.note?.en ?? 'missing');
    // No second opinion on the page: no pointer to one.
    expect(screen.getByTestId('plain-text-caution')).not.toHaveTextContent('second opinion');
  });

  it('points to the LLM second opinion when the page offers one, saying it is not measured either', () => {
    const plain = '当社の「すずめ亭」は駅前に出店し、低価格でもおいしい料理を提供しています。';
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={disclosureRecordOf(plain, judgeDisclosure(plain))} secondOpinionBelow />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('plain-text-caution')).toHaveTextContent(
      '下に言語モデルによるセカンドオピニオンもあります（こちらもアナリストとの一致は測定していません）。',
    );
  });

  it('shows no warning on a text in the vocabulary of technology and rights, nor on a result saved before the warning existed', () => {
    renderSummary();
    expect(screen.queryByTestId('plain-text-caution')).toBeNull();
    // A plain text judged before v2.25 has no coverage in its stored result.
    const plain = '当社の「すずめ亭」は駅前に出店し、常連のお客様が毎週来店されています。';
    const { coverage, ...older } = judgeDisclosure(plain);
    expect(coverage?.plainBusinessText).toBe(true);
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <DisclosureScoreSummary record={disclosureRecordOf(plain, older)} />
      </I18nextProvider>,
    );
    expect(screen.queryByTestId('plain-text-caution')).toBeNull();
  });
});
