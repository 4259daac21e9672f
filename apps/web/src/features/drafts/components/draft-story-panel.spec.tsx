import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { buildStoryModel, demoDraftInput, type StoryModel } from '@ipgn/drafting';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { DraftStoryPanel } from './draft-story-panel';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;

function renderPanel(story: StoryModel, locale: 'ja' | 'en') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <MemoryRouter>
        <DraftStoryPanel story={story} orgId="org" openAssessmentId={null} />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

describe('DraftStoryPanel', () => {
  // The demo company's story (a Japanese CG draft carries the same one): warnings and incoherences to show.
  const story = buildStoryModel(demoDraftInput());

  it('shows the checklist, its statuses and every incoherence in English on the English UI (walk P2-6)', () => {
    expect(story.findings.length).toBeGreaterThan(0);
    renderPanel(story, 'en');
    const checklist = screen.getByRole('list', { name: 'Story checklist' });
    const items = within(checklist).getAllByRole('listitem');
    expect(items).toHaveLength(story.checklist.length);
    expect(checklist).toHaveTextContent('Each business has a value-creation path');
    for (const item of items) expect(item.textContent ?? '').not.toMatch(/要確認|整合|未入力/);
    expect(screen.getByRole('heading', { name: `Incoherences found (${story.findings.length})` })).toBeInTheDocument();
    for (const f of story.findings) expect(screen.getByText(f.message.en)).toBeInTheDocument();
    // The demo company gave its names in English too: not one Japanese character in the panel, diagram included.
    expect(screen.getByRole('region', { name: 'Value-creation story check' }).textContent).not.toMatch(JAPANESE);
  });

  it('shows the same lines in Japanese on the Japanese UI', () => {
    renderPanel(story, 'ja');
    const checklist = screen.getByRole('list', { name: 'ストーリーのチェックリスト' });
    expect(checklist).toHaveTextContent('事業ごとの価値創造の道筋がある');
    for (const f of story.findings) expect(screen.getByText(f.message.ja)).toBeInTheDocument();
  });

  it('shows a diagram saved before it was bilingual (a Japanese string) as it is', () => {
    renderPanel({ ...story, mermaid: 'flowchart LR\n  a["事業"] --> b' }, 'en');
    expect(screen.getByText(/a\["事業"\] --> b/)).toBeInTheDocument();
  });
});
