import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { judgeDisclosure } from '@ipgn/disclosure-scoring';
import type { Locale } from '@ipgn/contracts';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { SentenceRoles } from './sentence-roles';

// Our own passages: strategy vocabulary about nothing named (issue 18), and a chain about a named business.
const VOCABULARY =
  '当社は、知的財産と無形資産こそが価値創造の源泉であると考えています。\n' +
  '長年磨いてきた独自の技術力とブランド力を掛け合わせ、他社が容易に模倣できない参入障壁を築くことで、揺るぎない競争優位を確立します。\n' +
  '差別化された提供価値によってお客様の課題を解決し、売上と利益率の持続的な向上につなげてまいります。\n' +
  '成長領域への投資を重点的に配分し、イノベーションの好循環を生み出すことで、2030年度にROIC10%の達成を目指します。';
const NAMED =
  '当社の電池材料事業では、正極材の焼成技術に関する特許群が、車載電池向け製品の売上高1,240億円を支えています。\n' +
  'これらの特許により競合他社の参入を防ぎ、同事業の営業利益率は14.2%と全社平均の2倍になっています。';

function renderRoles(text: string, locale: Locale = 'ja') {
  const result = judgeDisclosure(text);
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <SentenceRoles text={text} result={result} />
    </I18nextProvider>,
  );
  return result;
}

describe('SentenceRoles: words about nothing named', () => {
  it('marks each unanchored sentence in the text with a labelled marker and its reason, lists them, explains the mark', () => {
    const result = renderRoles(VOCABULARY);
    const marked = result.sentences.filter((s) => s.unanchored);
    expect(marked.length).toBeGreaterThan(0);
    const region = screen.getByRole('region', { name: '役割を付けた本文' });
    const sentences = within(region).getAllByTestId('role-sentence');
    expect(sentences.map((el) => el.dataset['unanchored'])).toEqual(result.sentences.map((s) => String(s.unanchored)));
    const markers = within(region).getAllByRole('button', { name: '言葉だけ・対象なし' });
    expect(markers).toHaveLength(marked.length);
    for (const [i, m] of markers.entries()) {
      expect(m).toHaveAccessibleDescription(marked[i]?.reason.ja ?? '');
      expect(m.closest('[data-testid="role-sentence"]')).toHaveClass('role-sentence--unanchored');
    }
    // Not marked: the sentences the scorer did not flag.
    for (const el of sentences.filter((s) => s.dataset['unanchored'] === 'false'))
      expect(within(el).queryByTestId('unanchored-marker')).toBeNull();

    expect(screen.getByTestId('role-legend-unanchored')).toHaveTextContent(
      '言葉だけ・対象なし: 仕組み・価値・投資の言葉はあっても、特定の事業・製品・資産を名指しせず',
    );
    const list = screen.getByRole('list', { name: `対象のない言葉の文（${marked.length}文）` });
    const items = within(list).getAllByTestId('unanchored-sentence');
    expect(items).toHaveLength(marked.length);
    expect(items[0]).toHaveTextContent(VOCABULARY.slice(marked[0]?.start, marked[0]?.end).trim());
    expect(items[0]).toHaveTextContent(`理由：${marked[0]?.reason.ja}`);
  });

  it('speaks English', () => {
    const result = renderRoles(VOCABULARY, 'en');
    const marked = result.sentences.filter((s) => s.unanchored);
    expect(screen.getAllByRole('button', { name: 'Words only, nothing named' })).toHaveLength(marked.length);
    expect(screen.getByRole('list', { name: `Sentences of words only (${marked.length})` })).toHaveTextContent(
      `Why: ${marked[0]?.reason.en}`,
    );
  });

  it('shows no marker, legend entry or list when every sentence names what it is about', () => {
    const result = renderRoles(NAMED);
    expect(result.sentences.some((s) => s.unanchored)).toBe(false);
    expect(screen.queryByTestId('unanchored-marker')).toBeNull();
    expect(screen.queryByTestId('role-legend-unanchored')).toBeNull();
    expect(screen.queryByTestId('unanchored-sentence')).toBeNull();
  });
});

describe('SentenceRoles: what substitution cannot do', () => {
  it('says in both languages that activity, counts and risk text cannot take the place of strategy', () => {
    renderRoles(NAMED, 'en');
    const intro = screen.getByText(/^Each sentence is marked/);
    expect(intro).toHaveTextContent('on their own they cannot take the place of strategy');
    expect(intro).not.toHaveTextContent('on their own they stand in for strategy');
  });

  it('says the same in Japanese', () => {
    renderRoles(NAMED);
    expect(screen.getByText(/^各文が文章の中で/)).toHaveTextContent('それだけでは戦略の代わりにはなりません');
  });
});

describe('SentenceRoles: where the learned reading comes from (v2.44)', () => {
  it('tags the sentences the learned reading took, with its reading, and explains the tag in the legend', () => {
    const result = renderRoles(NAMED);
    expect(result.learned?.points).toBeGreaterThan(0);
    const tags = screen.getAllByTestId('learned-sentence');
    const kinds = tags.map((el) => el.dataset['kind']);
    expect(kinds.sort()).toEqual(['mechanism', 'value']);
    for (const tag of tags) {
      const kind = tag.dataset['kind'] as 'mechanism' | 'value';
      const reading = result.learned?.[kind];
      const s = result.sentences[reading?.sentence ?? -1];
      const sentence = tag.closest('[data-testid="role-sentence"]');
      expect(sentence).toHaveTextContent(NAMED.slice(s?.start, s?.end).trim());
      const what = kind === 'mechanism' ? '「なぜ優位か」' : '「何を生むか」';
      expect(tag).toHaveTextContent(
        `学習した読み取り：${what}に最も近い文（モデルの確からしさ ${Math.round((reading?.probability ?? 0) * 100)}%）`,
      );
    }
    expect(screen.getByTestId('role-legend-learned')).toHaveTextContent(
      '学習した読み取り: アナリストの評価から学習したモデル',
    );
  });

  it('speaks English', () => {
    renderRoles(NAMED, 'en');
    expect(screen.getAllByTestId('learned-sentence').map((el) => el.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Learned reading: closest to "why it wins"')]),
    );
    expect(screen.getByTestId('role-legend-learned')).toHaveTextContent('a model learned from analysts’ ratings');
  });

  it('shows no tag when the reading added nothing (no chain about anything named), nor for an older rubric', () => {
    const none = renderRoles(VOCABULARY);
    expect(none.learned?.points ?? 0).toBe(0);
    expect(screen.queryByTestId('learned-sentence')).toBeNull();
    expect(screen.queryByTestId('role-legend-learned')).toBeNull();
  });

  it('shows no tag for a result saved by a rubric before v2.44, even if it carried a reading', () => {
    const result = judgeDisclosure(NAMED);
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <SentenceRoles text={NAMED} result={{ ...result, rubricVersion: '2026.12-v2.42' }} />
      </I18nextProvider>,
    );
    expect(screen.queryByTestId('learned-sentence')).toBeNull();
  });
});

describe('SentenceRoles on a phone: a long text shows its first sentences, the rest on request', () => {
  const LONG = [
    VOCABULARY,
    NAMED,
    VOCABULARY.replace(/当社/gu, '当社グループ'),
    NAMED.replace('電池材料', '電子材料'),
  ].join('\n');
  const original = window.matchMedia;
  const narrowScreen = (narrow: boolean) => {
    window.matchMedia = ((query: string) => ({
      matches: narrow && query.includes('max-width'),
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
  };
  afterEach(() => {
    window.matchMedia = original;
  });

  it('folds after the first eight sentences, opens and closes them with a button that says so', () => {
    narrowScreen(true);
    const result = renderRoles(LONG);
    expect(result.sentences.length).toBeGreaterThan(8);
    const region = screen.getByRole('region', { name: '役割を付けた本文' });
    expect(within(region).getAllByTestId('role-sentence')).toHaveLength(8);
    const button = screen.getByRole('button', { name: `全${result.sentences.length}文を表示（いまは最初の8文）` });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', region.id);
    button.click();
    return Promise.resolve().then(async () => {
      const open = await screen.findByRole('button', { name: '最初の8文だけを表示' });
      expect(open).toHaveAttribute('aria-expanded', 'true');
      expect(within(region).getAllByTestId('role-sentence')).toHaveLength(result.sentences.length);
    });
  });

  it('shows every sentence on a wide screen, with no button', () => {
    narrowScreen(false);
    const result = renderRoles(LONG, 'en');
    const region = screen.getByRole('region', { name: 'Text with sentence roles' });
    expect(within(region).getAllByTestId('role-sentence')).toHaveLength(result.sentences.length);
    expect(screen.queryByTestId('roles-show-all')).toBeNull();
  });
});

describe('SentenceRoles: list and footnote marks', () => {
  it('shows a mark at the start of the sentence it marks, not as a row of its own', () => {
    const text = `${NAMED}\n・同事業の顧客は国内外の電池メーカーです。\n*1 売上高は2025年度の実績です。`;
    const result = renderRoles(text);
    const region = screen.getByRole('region', { name: '役割を付けた本文' });
    const rows = within(region).getAllByTestId('role-sentence');
    expect(rows).toHaveLength(result.sentences.length);
    expect(rows.at(-2)).toHaveTextContent(/・ 同事業の顧客は/u);
    expect(rows.at(-1)).toHaveTextContent(/\*1 売上高は2025年度の実績です。$/u);
    // No row holds a mark alone.
    expect(region.querySelectorAll('.role-sentence--none')).toHaveLength(0);
  });
});
