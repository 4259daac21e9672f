import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { judgeDisclosure } from '@ipgn/disclosure-scoring';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { CriteriaChecklist } from './criteria-checklist';
import { HighlightedText } from './highlighted-text';

// Our own passage: a chain about a named business, then a sentence of strategy words about nothing named.
const TEXT =
  '当社の電池材料事業では、正極材の焼成技術に関する特許群が、車載電池向け製品の売上高1,240億円を支えています。\n' +
  'これらの特許により競合他社の参入を防ぎ、同事業の営業利益率は14.2%と全社平均の2倍になっています。\n' +
  'また、長年磨いてきた独自の技術力とブランド力を掛け合わせ、他社が容易に模倣できない参入障壁を築くことで、揺るぎない競争優位を確立します。';

describe('HighlightedText: evidence in a sentence of words only', () => {
  const result = judgeDisclosure(TEXT);
  const loose = result.sentences.find((s) => s.unanchored);
  const inLoose = (e: { start: number; end: number }) => !!loose && e.start < loose.end && e.end > loose.start;
  const criterion = result.criteria.find((c) => c.evidence.some(inLoose));

  it('marks the evidence that lies in an unanchored sentence once, with its reason, and leaves the rest plain', () => {
    expect(loose).toBeDefined();
    expect(criterion).toBeDefined();
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <HighlightedText text={TEXT} criterion={criterion ?? null} sentences={result.sentences} />
      </I18nextProvider>,
    );
    const region = screen.getByRole('region', { name: '本文と根拠' });
    const marks = within(region).getAllByTestId('evidence-mark');
    const flagged = marks.filter((m) => m.dataset['unanchored'] === 'true');
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((m) => m.classList.contains('evidence--unanchored'))).toBe(true);
    const markers = within(region).getAllByRole('button', { name: '言葉だけ・対象なし' });
    expect(markers).toHaveLength(1);
    expect(flagged[0]).toContainElement(markers[0] ?? null);
    expect(markers[0]).toHaveAccessibleDescription(loose?.reason.ja ?? '');
    for (const m of marks.filter((x) => x.dataset['unanchored'] === 'false'))
      expect(within(m).queryByTestId('unanchored-marker')).toBeNull();
    expect(marks.length).toBe((criterion?.evidence ?? []).length);
  });

  it('marks nothing without the judged sentences (a result saved before v2)', () => {
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <HighlightedText text={TEXT} criterion={criterion ?? null} />
      </I18nextProvider>,
    );
    expect(screen.queryByTestId('unanchored-marker')).toBeNull();
    expect(screen.getAllByTestId('evidence-mark').every((m) => m.dataset['unanchored'] === 'false')).toBe(true);
  });
});

describe('HighlightedText and CriteriaChecklist: evidence counted by sentence', () => {
  const result = judgeDisclosure(TEXT);
  const [first, second] = result.sentences;
  const base = result.criteria[0];
  if (!first || !second || !base) throw new Error('passage too short');
  // Three spans: two in the first sentence, one in the second.
  const span = (start: number, end: number) => ({ start, end, text: TEXT.slice(start, end) });
  const criterion = {
    ...base,
    evidence: [
      span(first.start, first.start + 4),
      span(first.start + 6, first.start + 10),
      span(second.start, second.start + 4),
    ],
  };

  it('says that words are highlighted, how many, and in how many sentences — not "2 sentences"', () => {
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <HighlightedText text={TEXT} criterion={criterion} sentences={result.sentences} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      `「${base.name.ja}」の根拠：2文の中の語句 3か所を強調表示しています。`,
    );
    expect(screen.getAllByTestId('evidence-mark')).toHaveLength(3);
  });

  it('says so in English, with one and many', () => {
    const one = { ...criterion, evidence: [span(first.start, first.start + 4)] };
    const { rerender } = render(
      <I18nextProvider i18n={createI18n('en')}>
        <HighlightedText text={TEXT} criterion={criterion} sentences={result.sentences} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      `Evidence for “${base.name.en}”: 3 words or phrases highlighted in 2 sentences.`,
    );
    rerender(
      <I18nextProvider i18n={createI18n('en')}>
        <HighlightedText text={TEXT} criterion={one} sentences={result.sentences} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      `Evidence for “${base.name.en}”: 1 word or phrase highlighted in 1 sentence.`,
    );
  });

  it('says sentences when whole sentences are the evidence', () => {
    const whole = { ...criterion, evidence: [span(first.start, first.end), span(second.start, second.end)] };
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <HighlightedText text={TEXT} criterion={whole} sentences={result.sentences} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(`「${base.name.ja}」の根拠：2文を強調表示しています。`);
  });

  it('counts passages when the sentences are not known, in English too', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <HighlightedText text={TEXT} criterion={criterion} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(`Evidence for “${base.name.en}”: 3 passages highlighted.`);
  });

  it('counts by sentence in the checklist too', () => {
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <CriteriaChecklist
          criteria={[criterion]}
          selected={null}
          onSelect={() => undefined}
          sentences={result.sentences}
        />
      </I18nextProvider>,
    );
    expect(screen.getByRole('button', { name: /根拠を表示/ })).toHaveTextContent('（根拠 2 文）');
  });
});

describe('CriteriaChecklist: a criterion with nothing to judge', () => {
  it('shows — and what it means, neither a ✓ nor a level out of 3, in both languages', () => {
    // Our own sentence with no claims: the substitution criterion has nothing to judge.
    const l7 = judgeDisclosure('当社は知的財産を大切にしています。').criteria.filter((c) => c.id === 'L7');
    for (const [lang, status, level] of [
      ['ja', '判断対象なし', 'レベル'],
      ['en', 'Nothing to judge', 'Level'],
    ] as const) {
      const { unmount } = render(
        <I18nextProvider i18n={createI18n(lang)}>
          <CriteriaChecklist criteria={l7} selected={null} onSelect={() => undefined} />
        </I18nextProvider>,
      );
      const item = screen.getByTestId('criterion-substitution');
      expect(item).toHaveClass('criterion--notApplicable');
      expect(item).toHaveTextContent(status);
      expect(item).not.toHaveTextContent('✓');
      expect(within(item).queryByText(new RegExp(`^${level} 0 / 3`))).toBeNull();
      unmount();
    }
  });
});

describe('HighlightedText: bringing the evidence into view', () => {
  const result = judgeDisclosure(TEXT);
  const criterion = result.criteria.find((c) => c.evidence.length > 0) ?? null;
  let calls: { element: Element; options: ScrollIntoViewOptions | boolean | undefined }[];
  const original = Element.prototype.scrollIntoView;
  const originalMatchMedia = window.matchMedia;
  beforeEach(() => {
    calls = [];
    Element.prototype.scrollIntoView = function (this: Element, options?: ScrollIntoViewOptions | boolean) {
      calls.push({ element: this, options });
    };
  });
  afterEach(() => {
    Element.prototype.scrollIntoView = original;
    window.matchMedia = originalMatchMedia;
  });
  const view = (reveal: number) => (
    <I18nextProvider i18n={createI18n('ja')}>
      <HighlightedText text={TEXT} criterion={criterion} sentences={result.sentences} reveal={reveal} />
    </I18nextProvider>
  );

  it('does not scroll when the page opens, then scrolls the first highlight into view on each request, smoothly', () => {
    const { rerender } = render(view(0));
    expect(calls).toEqual([]);
    rerender(view(1));
    const first = screen.getAllByTestId('evidence-mark')[0];
    expect(calls).toEqual([{ element: first, options: { block: 'center', inline: 'nearest', behavior: 'smooth' } }]);
    rerender(view(2));
    expect(calls).toHaveLength(2);
  });

  it('jumps without animation for a user who prefers reduced motion', () => {
    window.matchMedia = ((query: string) =>
      ({ matches: query.includes('reduce') }) as MediaQueryList) as typeof window.matchMedia;
    const { rerender } = render(view(0));
    rerender(view(1));
    expect(calls[0]?.options).toEqual({ block: 'center', inline: 'nearest', behavior: 'auto' });
  });
});
