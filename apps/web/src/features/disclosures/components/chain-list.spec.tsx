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
    // A missing business or asset link says what is missing: a named one (not "no intangibles at all").
    expect(within(item).getByTestId('chain-link-business')).toHaveTextContent('特定の事業・製品: なし');
    expect(within(item).getByTestId('chain-link-asset')).toHaveTextContent('特定の無形資産: なし');
  });

  it('speaks English', () => {
    renderChains(result, 'en');
    const item = screen.getAllByTestId('chain')[chain?.index ?? 0];
    expect(within(item).getByTestId('chain-unanchored')).toHaveTextContent(/^〰 Words only, nothing named: Mechanism/);
    expect(within(item).getByTestId('chain-link-business')).toHaveTextContent('Named business or product: missing');
    expect(within(item).getByTestId('chain-link-asset')).toHaveTextContent('Named intangible asset: missing');
  });

  it('says nothing of words only for a result saved before v2.4', () => {
    renderChains(storedBeforeV24(result));
    expect(screen.queryByTestId('chain-unanchored')).toBeNull();
    expect(document.querySelector('.chain-link--loose')).toBeNull();
  });
});

// Our own passages: one chain that runs to the end of the text, and two chains about businesses named in capitals.
const TO_THE_END =
  '当社の電池材料事業では、正極材の焼成技術に関する特許群（国内212件・海外348件）が、車載電池向け製品の売上高1,240億円（2025年度、前年比18%増）を支えています。' +
  'これらの特許により競合他社の参入を防ぎ、主要顧客3社との長期供給契約（2030年まで）を獲得したことで、同事業の営業利益率は14.2%と全社平均の2倍になっています。';
const TWO_BUSINESSES =
  'Our TBS broadcasting business relies on the OBP platform. Our SaaS product for hospitals earns recurring revenue because customers cannot switch. Sales grew 12%.';

describe('ChainList: where a chain stops', () => {
  it('says what is missing, not that it breaks, when the chain runs to the end of the text', () => {
    const result = judgeDisclosure(TO_THE_END);
    const last = result.chains[result.chains.length - 1];
    expect(last?.breaks.endReason).toBe('end-of-text');
    expect(last?.breaks.missing).not.toBeNull();
    renderChains(result);
    const end = within(screen.getAllByTestId('chain')[last?.index ?? 0]).getByTestId('chain-break');
    expect(end).toHaveTextContent(/^足りない環：/);
    expect(end).not.toHaveTextContent('途切れる所');
    expect(end).not.toHaveTextContent('文章の終わりまで続いています');
    expect(end).toHaveAttribute('data-end', 'missing');
  });

  it('says so in English', () => {
    const result = judgeDisclosure(TO_THE_END);
    renderChains(result, 'en');
    const end = screen.getAllByTestId('chain-break').at(-1);
    expect(end).toHaveTextContent(/^Missing link: /);
    expect(end).not.toHaveTextContent(/breaks|end of the text/);
  });

  it('keeps 「途切れる所」 for a chain that ends because another business follows', () => {
    const result = judgeDisclosure(TWO_BUSINESSES);
    const first = result.chains[0];
    expect(first?.breaks.endReason).not.toBe('end-of-text');
    renderChains(result);
    const end = within(screen.getAllByTestId('chain')[0]).getByTestId('chain-break');
    expect(end).toHaveTextContent(`途切れる所：${first?.breaks.text.ja}`);
    expect(end).toHaveAttribute('data-end', 'breaks');
  });

  it('says that no link is missing for a complete chain that runs to the end', () => {
    const result = judgeDisclosure(TO_THE_END);
    const chain = result.chains[0];
    if (!chain) throw new Error('no chain');
    const complete = {
      ...result,
      chains: [
        {
          ...chain,
          breaks: {
            missing: null,
            endReason: 'end-of-text' as const,
            text: { ja: '文章の終わりまで続いています。', en: 'Runs to the end of the text.' },
          },
        },
      ],
    };
    renderChains(complete);
    expect(screen.getByTestId('chain-break')).toHaveTextContent(
      '足りない環はありません（文章の終わりまで続いています）。',
    );
    expect(screen.getByTestId('chain-break')).not.toHaveTextContent('途切れる所');
  });
});

describe('ChainList: what a chain is about', () => {
  it('shows the names as the text writes them, not the lowercase topic keys', () => {
    const result = judgeDisclosure(TWO_BUSINESSES);
    expect(result.chains.flatMap((c) => c.topics)).toContain('saas');
    renderChains(result);
    const topics = screen.getAllByTestId('chain-topics').map((p) => p.textContent);
    expect(topics[0]).toBe('話題：TBS broadcasting business、OBP platform');
    // The customer group it serves is part of the name since v2.24 ("for hospitals").
    expect(topics[1]).toBe('話題：SaaS product for hospitals');
    expect(topics.join(' ')).not.toMatch(/tbs|obp|saas/);
  });

  it('falls back to the topic keys when the chain quotes no business or asset', () => {
    const result = judgeDisclosure(TWO_BUSINESSES);
    const chain = result.chains[1];
    if (!chain) throw new Error('no chain');
    const bare = {
      ...result,
      chains: [{ ...chain, evidence: chain.evidence.filter((e) => e.link !== 'business' && e.link !== 'asset') }],
    };
    renderChains(bare, 'en');
    expect(screen.getByTestId('chain-topics')).toHaveTextContent(`About: ${chain.topics.join(', ')}`);
  });
});
