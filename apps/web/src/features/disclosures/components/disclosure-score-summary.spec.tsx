import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { judgeDisclosure } from '@ipgn/disclosure-scoring';
import type { Locale } from '@ipgn/contracts';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { disclosureRecordOf } from '../../../testing/judgement-fixtures';
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
  it('puts the factor beside the substitution share only, and names the other share so it is not the risk role', () => {
    const result = renderSummary();
    expect(result.substitution.factor).toBeLessThan(1);
    const factor = result.substitution.factor.toFixed(2);
    expect(screen.getByTestId('substitution-share')).toHaveTextContent(
      `代替記述の比率：${Math.round(result.substitution.share * 100)}%（活動報告・件数・リスク定型文の文数を、その文数と連鎖が示すつながりの種類数の合計で割った値で、文全体に占める割合ではありません。スコアに係数 ${factor} を掛けています）`,
    );
    expect(screen.getByTestId('generic-share')).toHaveTextContent(
      `対象のない一般的な文の割合（参考・スコアの計算には使っていません）：${Math.round(result.boilerplate.genericShare * 100)}%`,
    );
    expect(screen.getByTestId('generic-share')).not.toHaveTextContent('係数');
    expect(screen.queryByText(/定型的な文の割合/)).toBeNull();
  });

  it('explains the overall from the best chain, the other chains and the factor the result carries', () => {
    const result = renderSummary();
    const best = Math.max(...result.chains.map((c) => c.score));
    expect(screen.getByTestId('score-makeup-how')).toHaveTextContent(
      `最も良い連鎖の点（${best}点）に、ほかの連鎖が加える分の5分の1を足し、代替記述の係数 ${result.substitution.factor.toFixed(2)} を掛けて四捨五入しています（${result.overall}点）`,
    );
  });

  it('speaks English', () => {
    const result = renderSummary('en');
    expect(screen.getByTestId('score-makeup-how')).toHaveTextContent(
      `the best chain's score (${Math.max(...result.chains.map((c) => c.score))}) plus one fifth of what the other chains add, times the substitution factor ${result.substitution.factor.toFixed(2)}, rounded (${result.overall})`,
    );
    expect(screen.getByTestId('generic-share')).toHaveTextContent(/^Share of general sentences \(nothing named\)/);
    expect(screen.getByTestId('substitution-share')).toHaveTextContent(
      /^Substitution ratio: \d+% \(activity, count and risk sentences divided by/,
    );
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
