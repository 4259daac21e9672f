import { CRITERION_RULES } from '../lib/criteria';
import { CRITERIA } from './rubric-v1';
import { VCG_HEADINGS } from './vcg-headings';

// Schema test for the rubric content: both languages everywhere, one rule per entry, valid headings.
describe('rubric data', () => {
  const bilingual = (b: { ja: string; en: string }): void => {
    expect(b.ja.trim().length).toBeGreaterThan(0);
    expect(b.en.trim().length).toBeGreaterThan(0);
    expect(b.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(b.en).not.toMatch(/[\u3040-\u30ff]/);
  };

  it('has unique ids and keys, each with exactly one rule', () => {
    expect(new Set(CRITERIA.map((c) => c.id)).size).toBe(CRITERIA.length);
    expect(new Set(CRITERIA.map((c) => c.key)).size).toBe(CRITERIA.length);
    expect(CRITERION_RULES.map((r) => r.id)).toEqual(CRITERIA.map((c) => c.id));
  });

  it.each(CRITERIA.map((c) => [c.id, c] as const))('%s has complete bilingual texts', (_id, c) => {
    bilingual(c.name);
    bilingual(c.description);
    bilingual(c.suggestion);
    expect(c.levels).toHaveLength(4);
    c.levels.forEach(bilingual);
    expect(c.missing).toHaveLength(3);
    c.missing.forEach(bilingual);
    expect(c.weight).toBeGreaterThanOrEqual(0);
    expect(VCG_HEADINGS.map((h) => h.id)).toContain(c.vcgHeading);
    expect(c.key).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});
