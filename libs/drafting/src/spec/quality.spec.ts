import { scoreDisclosure } from '@ipgn/disclosure-scoring';
import { DRAFT_TYPES, demoDraftInput, generateDraft, renderDraftText } from '../index';
import type { DraftType } from '../index';

const implemented = (t: DraftType): boolean => {
  try {
    generateDraft(t, 'ja', demoDraftInput());
    return true;
  } catch {
    return false;
  }
};

describe('quality bar: the demo listed company with a complete assessment', () => {
  for (const type of DRAFT_TYPES.filter(implemented)) {
    it(`${type} (ja) scores at least 70/100 on the disclosure scorer`, () => {
      const score = scoreDisclosure(renderDraftText(generateDraft(type, 'ja', demoDraftInput())), { language: 'ja' });
      expect(score.overall).toBeGreaterThanOrEqual(70);
    });
  }

  it('the CG-report draft reaches class 〇', () => {
    const score = scoreDisclosure(renderDraftText(generateDraft('cg-report', 'ja', demoDraftInput())), { language: 'ja' });
    expect(score.class).toBe('〇');
  });

  it('English drafts are scored too (no threshold; numbers are reported in docs/drafting.md)', () => {
    for (const type of DRAFT_TYPES.filter(implemented)) {
      const score = scoreDisclosure(renderDraftText(generateDraft(type, 'en', demoDraftInput())), { language: 'en' });
      expect(score.overall).toBeGreaterThan(0);
    }
  });
});
