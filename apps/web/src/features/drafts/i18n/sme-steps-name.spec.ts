import { demoDraftInput, generateDraft, smeOnePagerChecklist } from '@ipgn/drafting';
import { createI18n } from '../../../shared/i18n/create-i18n';

// The one-pager sends the owner back to the results' steps: it must call them what the results page calls them.
describe('the SME results steps, named where the one-pager points to them', () => {
  it.each(['ja', 'en'] as const)('uses the results heading in %s', (locale) => {
    const t = createI18n(locale).t;
    const stepsTitle = t('sme.results.stepsTitle');
    expect(t('drafts.smeFacts.nextSteps.hint')).toContain(stepsTitle);
    const checklist = smeOnePagerChecklist(generateDraft('sme-one-pager', locale, demoDraftInput()));
    const protection = checklist?.items.find((i) => i.id === 'protection');
    expect(protection?.fix[locale]).toContain(stepsTitle);
  });
});
