import { DRAFT_TEMPLATES } from '../templates/draft-templates';
import { defaultPublicationTitle } from './publication-title';

describe('defaultPublicationTitle', () => {
  it('drops the draft marks from every template title, in both languages', () => {
    for (const template of Object.values(DRAFT_TEMPLATES)) {
      if (!template) continue;
      for (const title of [template.title.ja, template.title.en]) {
        const published = defaultPublicationTitle(title);
        expect(published).not.toMatch(/案|draft/i);
        expect(published.length).toBeGreaterThan(10);
      }
    }
  });

  it('reads as the document, not a proposal', () => {
    expect(defaultPublicationTitle('コーポレート・ガバナンス報告書 記載案（補充原則3-1③・4-2②）')).toBe(
      'コーポレート・ガバナンス報告書 記載（補充原則3-1③・4-2②）',
    );
    expect(
      defaultPublicationTitle('Corporate governance report draft (Supplementary Principles 3.1.3 and 4.2.2)'),
    ).toBe('Corporate governance report (Supplementary Principles 3.1.3 and 4.2.2)');
    expect(defaultPublicationTitle('Integrated report: intellectual property and intangibles section (draft)')).toBe(
      'Integrated report: intellectual property and intangibles section',
    );
  });

  it('keeps a title the company wrote', () => {
    expect(defaultPublicationTitle('2026年3月期 知財・無形資産の開示')).toBe('2026年3月期 知財・無形資産の開示');
  });
});
