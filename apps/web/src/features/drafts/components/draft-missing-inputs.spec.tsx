import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { DraftCompleteness } from '@ipgn/drafting';
import { createI18n } from '../../../shared/i18n/create-i18n';
import { DraftMissingInputs } from './draft-missing-inputs';

const completeness: DraftCompleteness = {
  paragraphs: 4,
  filledParagraphs: 2,
  paragraphsWithSlots: 2,
  textRuns: 4,
  slots: 4,
  ratio: 0.5,
  complete: false,
  mostlySlots: false,
  missing: [
    { slotId: 'revenue', label: { ja: '売上高（万円）', en: 'Revenue (10,000 yen)' }, occurrences: 1 },
    { slotId: 'contact', label: { ja: '連絡先', en: 'Contact' }, occurrences: 3 },
  ],
};

describe('DraftMissingInputs', () => {
  it('counts the places of each missing input in the reader’s grammar', () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <MemoryRouter>
          <DraftMissingInputs completeness={completeness} orgId="org" assessmentId={null} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const [one, three] = screen.getAllByRole('listitem');
    expect(one).toHaveTextContent(/Revenue \(10,000 yen\)\s*1 place$/);
    expect(three).toHaveTextContent(/Contact\s*3 places$/);
  });

  it('lists the items in the UI language, whatever the draft is written in', () => {
    for (const [locale, first] of [
      ['ja', '売上高（万円）'],
      ['en', 'Revenue (10,000 yen)'],
    ] as const) {
      const view = render(
        <I18nextProvider i18n={createI18n(locale)}>
          <MemoryRouter>
            <DraftMissingInputs completeness={completeness} orgId="org" assessmentId={null} />
          </MemoryRouter>
        </I18nextProvider>,
      );
      expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(first);
      view.unmount();
    }
  });
});
