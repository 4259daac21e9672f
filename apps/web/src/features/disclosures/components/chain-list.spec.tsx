import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { judgeDisclosure, type DisclosureScore } from '@ipgn/disclosure-scoring';
import type { Locale } from '@ipgn/contracts';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { storedBeforeV24 } from '../../../testing/judgement-fixtures';
import { ChainList } from './chain-list';

// Our own passage: strategy vocabulary about nothing named (issue 18).
const VOCABULARY =
  '長年磨いてきた独自の技術力とブランド力を掛け合わせ、他社が容易に模倣できない参入障壁を築くことで、揺るぎない競争優位を確立します。\n' +
  '差別化された提供価値によってお客様の課題を解決し、売上と利益率の持続的な向上につなげてまいります。\n' +
  '成長領域への投資を重点的に配分し、イノベーションの好循環を生み出すことで、2030年度にROIC10%の達成を目指します。';

function renderChains(result: DisclosureScore, locale: Locale = 'ja') {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ChainList result={result} />
    </I18nextProvider>,
  );
}

describe('ChainList: words about nothing named', () => {
  const result = judgeDisclosure(VOCABULARY);
  const chain = result.chains.find((c) => c.unanchored.length > 0);

  it('says in the break area which kinds were only words, and marks those links as words only', () => {
    expect(chain).toBeDefined();
    renderChains(result);
    const item = screen.getAllByTestId('chain')[chain?.index ?? 0];
    const names: Record<string, string> = {
      mechanism: '優位の仕組み',
      customerValue: '顧客価値',
      financial: '財務成果',
      allocation: '資源配分',
    };
    expect(within(item).getByTestId('chain-unanchored')).toHaveTextContent(
      `言葉だけで対象がない：${chain?.unanchored.map((k) => names[k]).join('、')}`,
    );
    for (const k of chain?.unanchored ?? []) {
      expect(within(item).getByTestId(`chain-link-${k}`)).toHaveTextContent(`${names[k]}: 言葉だけ（対象なし）`);
      expect(within(item).getByTestId(`chain-link-${k}`)).toHaveClass('chain-link--loose');
    }
    expect(within(item).getByTestId('chain-link-business')).toHaveTextContent('事業: なし');
  });

  it('speaks English', () => {
    renderChains(result, 'en');
    const item = screen.getAllByTestId('chain')[chain?.index ?? 0];
    expect(within(item).getByTestId('chain-unanchored')).toHaveTextContent(/^〰 Words only, nothing named: Mechanism/);
  });

  it('says nothing of words only for a result saved before v2.4', () => {
    renderChains(storedBeforeV24(result));
    expect(screen.queryByTestId('chain-unanchored')).toBeNull();
    expect(document.querySelector('.chain-link--loose')).toBeNull();
  });
});
