import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { DisclosureCriterionDelta } from '@ipgn/disclosure-scoring';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { CriterionDeltaTable, type CriterionDeltaTableProps } from './criterion-delta-table';

const NAME_L7 = { ja: '代替記述の少なさ', en: 'No substitution for strategy' };
const NAME_L1 = { ja: '事業と資産の結びつき', en: 'Business and asset' };
const linkage: DisclosureCriterionDelta = { id: 'L1', key: 'linkage', name: NAME_L1, from: 1, to: 2, delta: 1 };
const row = (extra: Partial<DisclosureCriterionDelta>): DisclosureCriterionDelta => ({
  id: 'L7',
  key: 'substitution',
  name: NAME_L7,
  from: 0,
  to: 3,
  delta: null,
  ...extra,
});

function renderTable(lang: 'ja' | 'en', criteria: DisclosureCriterionDelta[], kind?: CriterionDeltaTableProps['kind']) {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <CriterionDeltaTable criteria={criteria} {...(kind ? { kind } : {})} />
    </I18nextProvider>,
  );
}

/** A row's before, after and change cells. */
function cells(key: string): [HTMLElement, HTMLElement, HTMLElement] {
  const [before, after, change] = within(screen.getByTestId(`delta-${key}`)).getAllByRole('cell');
  if (!before || !after || !change) throw new Error(`row ${key} has fewer than three cells`);
  return [before, after, change];
}

describe('CriterionDeltaTable: nothing to judge on one side', () => {
  it('ja, versions: — 判断対象なし before, the level after, and "— → 3" with no number and no better/worse word', () => {
    renderTable('ja', [linkage, row({ fromNotApplicable: true })]);
    const [before, after, change] = cells('substitution');
    expect(within(before).getByTestId('criterion-not-applicable')).toHaveTextContent('— 判断対象なし');
    expect(before).not.toHaveTextContent('0');
    expect(after).toHaveTextContent(/^3$/);
    // For the eye: the dash and the arrow; for a screen reader: the words.
    expect(within(change).getByText('— → 3')).toHaveAttribute('aria-hidden', 'true');
    expect(within(change).getByText('判断対象なしからレベル 3 / 3へ（数値の差としては比べません）')).toHaveClass(
      'visually-hidden',
    );
    expect(change).not.toHaveTextContent(/[+−±▲▼＝]|改善|低下|変化なし|評価なし/);
    expect(screen.getByTestId('delta-substitution')).not.toHaveClass('delta-row--improved');
    expect(screen.getByTestId('delta-not-applicable-note')).toHaveTextContent(
      '—「判断対象なし」：本文にこの観点で評価できる主張がないため',
    );
    // A criterion with a level on both sides keeps its number and its word.
    expect(cells('linkage')[2]).toHaveTextContent('▲ +1 改善');
    expect(screen.getByTestId('delta-linkage')).toHaveClass('delta-row--improved');
  });

  it('en, the reverse: "3 → —", read as from level 3 to nothing to judge, never "−3 worse"', () => {
    renderTable('en', [row({ from: 3, to: 0, toNotApplicable: true })]);
    const [before, after, change] = cells('substitution');
    expect(before).toHaveTextContent(/^3$/);
    expect(within(after).getByTestId('criterion-not-applicable')).toHaveTextContent('— Nothing to judge');
    expect(within(change).getByText('3 → —')).toHaveAttribute('aria-hidden', 'true');
    expect(
      within(change).getByText('From Level 3 / 3 to Nothing to judge (not compared as a number)'),
    ).toBeInTheDocument();
    expect(change).not.toHaveTextContent(/[+−±▲▼＝]|worse|improved|unchanged|not scored/);
    expect(screen.getByTestId('delta-substitution')).not.toHaveClass('delta-row--worsened');
    expect(screen.getByTestId('delta-not-applicable-note')).toHaveTextContent('“Nothing to judge”');
  });

  it('two documents, nothing to judge in both: "— → —", no difference B − A', () => {
    renderTable('ja', [row({ to: 0, fromNotApplicable: true, toNotApplicable: true })], 'documents');
    const [before, after, change] = cells('substitution');
    expect(before).toHaveTextContent('— 判断対象なし');
    expect(after).toHaveTextContent('— 判断対象なし');
    expect(within(change).getByText('— → —')).toHaveAttribute('aria-hidden', 'true');
    expect(within(change).getByText('どちらも判断対象なし（数値の差としては比べません）')).toBeInTheDocument();
    expect(change).not.toHaveTextContent(/±0|評価なし/);
  });

  it('shows no mark and no note when every criterion has a level on both sides (results scored before the mark)', () => {
    renderTable('ja', [linkage, row({ from: 0, to: 3, delta: 3 })]);
    expect(screen.queryByTestId('criterion-not-applicable')).toBeNull();
    expect(screen.queryByTestId('delta-not-applicable-note')).toBeNull();
    expect(cells('substitution')[2]).toHaveTextContent('▲ +3 改善');
  });
});
