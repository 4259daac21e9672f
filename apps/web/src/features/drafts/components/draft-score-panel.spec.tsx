import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Draft, DraftVersionView } from '@ipgn/drafting';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { apiFor, complete, detailOf } from '../../../testing/draft-fixtures';
import { ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import { DraftScorePanel } from './draft-score-panel';

// Every section rewritten as one sentence that makes no strategy claim: the scorer has nothing for L7 to judge.
const noClaims: Draft = {
  ...complete,
  sections: complete.sections.map((s) => ({
    ...s,
    paragraphs: [{ runs: [{ kind: 'text', text: '当社は知的財産を大切にしています。' }] }],
  })),
};
const version: DraftVersionView = detailOf('draft-1', noClaims, 'draft').current;

function renderPanel(lang: 'ja' | 'en', v: DraftVersionView = version) {
  return render(
    <I18nextProvider i18n={createI18n(lang)}>
      <DraftScorePanel version={v} />
    </I18nextProvider>,
  );
}

/** The list under "what would raise the score" (the one after its heading). */
function raiseList(heading: string): HTMLElement {
  const h = screen.getByRole('heading', { name: heading });
  let next = h.nextElementSibling;
  while (next && next.tagName !== 'UL') next = next.nextElementSibling;
  if (!(next instanceof HTMLElement)) throw new Error('no list after the heading');
  return next;
}

describe('DraftScorePanel: a criterion with nothing to judge', () => {
  it('is scored as such by the scorer (the premise of these tests)', () => {
    const l7 = version.score?.criteria.find((c) => c.key === 'substitution');
    expect(l7).toMatchObject({ score: 0, notApplicable: true });
  });

  it.each([
    ['ja', '判断対象なし', 'スコアを上げるには', 'レベル 0 / 3'],
    ['en', 'Nothing to judge', 'What would raise the score', 'Level 0 / 3'],
  ] as const)(
    '%s: shows — %s with the reason, not a level, and not as something to raise',
    (lang, words, raise, level) => {
      renderPanel(lang);
      const item = screen.getByTestId('draft-criterion-substitution');
      const mark = within(item).getByTestId('criterion-not-applicable');
      expect(mark).toHaveTextContent(`— ${words}`);
      // The dash is for the eye; a screen reader reads the words.
      expect(within(mark).getByText('—')).toHaveAttribute('aria-hidden', 'true');
      expect(item).not.toHaveTextContent(level);
      const l7 = version.score?.criteria.find((c) => c.key === 'substitution');
      expect(item).toHaveTextContent(l7?.missingText?.[lang] ?? 'missing reason');
      const list = raiseList(raise);
      expect(list).not.toContainElement(item);
      expect(within(list).queryByTestId('criterion-not-applicable')).toBeNull();
      // The criteria that can be raised are still listed with their level.
      const unmet = version.score?.criteria.filter((c) => !c.notApplicable && c.score < 3) ?? [];
      expect(unmet.length).toBeGreaterThan(0);
      expect(within(list).getAllByRole('listitem')).toHaveLength(unmet.length);
    },
  );

  it('says every criterion that could be judged is met, not every criterion, when only nothing-to-judge is left', () => {
    const score = version.score;
    if (!score) throw new Error('scored version expected');
    const allMet: DraftVersionView = {
      ...version,
      score: {
        ...score,
        criteria: score.criteria.map((c) =>
          c.notApplicable ? c : { ...c, score: 3, missing: undefined, missingText: undefined },
        ),
      },
    };
    renderPanel('ja', allMet);
    expect(screen.getByText('判断対象のある観点はすべて満たしています。')).toBeInTheDocument();
    expect(screen.queryByText('すべての観点を満たしています。')).toBeNull();
    expect(within(raiseList('スコアを上げるには')).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('lists a draft with claims as before: every criterion below 3 under what would raise the score', () => {
    const scored = detailOf('draft-2', complete, 'draft').current;
    renderPanel('ja', scored);
    expect(screen.queryByTestId('criterion-not-applicable')).toBeNull();
    const below = scored.score?.criteria.filter((c) => c.score < 3) ?? [];
    expect(within(raiseList('スコアを上げるには')).queryAllByRole('listitem')).toHaveLength(below.length);
  });

  it("reaches the draft editor through the drafts API's answer and its schema", async () => {
    renderApp(apiFor('contributor', [detailOf('d-none', noClaims, 'draft')]), `/o/${ORG_ID}/drafts/d-none`);
    const item = await screen.findByTestId('draft-criterion-substitution');
    expect(within(item).getByTestId('criterion-not-applicable')).toHaveTextContent('— 判断対象なし');
    expect(raiseList('スコアを上げるには')).not.toContainElement(item);
  });
});

describe('DraftScorePanel: no score', () => {
  it('says to complete the gaps while a slot is left, and that the scorer was busy when none is', () => {
    const withGap: DraftVersionView = {
      ...version,
      score: null,
      completenessDetail: { ...version.completenessDetail, slots: 2, complete: false },
    };
    const { unmount } = renderPanel('ja', withGap);
    expect(screen.getByTestId('draft-score-pending')).toHaveTextContent('要記入がすべて埋まるとスコアが表示されます。');
    unmount();
    renderPanel('en', { ...version, score: null });
    expect(screen.getByTestId('draft-score-pending')).toHaveTextContent(
      'This version was saved but not scored: the scorer was busy. Saving again scores it.',
    );
  });
});
