import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDraft, SME_LISTED_VOCABULARY, smeOnePagerChecklist } from '../index';
import type { Draft, DraftInput } from '../index';
import { demoDraftInput } from '../testing/demo-company';
import { matrixInput } from '../testing/company-matrix';

const metIds = (d: Draft) =>
  smeOnePagerChecklist(d)
    ?.items.filter((i) => i.met)
    .map((i) => i.id);
const unmetIds = (d: Draft) =>
  smeOnePagerChecklist(d)
    ?.items.filter((i) => !i.met)
    .map((i) => i.id);

describe('SME one-pager checklist (what a bank or support centre looks for)', () => {
  it('applies only to the SME one-pager', () => {
    expect(smeOnePagerChecklist(generateDraft('cg-report', 'ja', demoDraftInput()))).toBeNull();
  });

  it('lists what is missing for an owner who has entered nothing, each with where to fill it', () => {
    const input: DraftInput = { ...matrixInput('sme-two-people'), answers: {}, facts: {} };
    const list = smeOnePagerChecklist(generateDraft('sme-one-pager', 'ja', input));
    expect(list?.items.filter((i) => !i.met).map((i) => i.id)).toEqual([
      'company',
      'figures',
      'own-words',
      'key-assets',
      'protection',
      'next',
      'contact',
    ]);
    for (const i of list?.items.filter((x) => !x.met) ?? []) expect(i.factKey ?? i.questionId ?? i.fix.ja).toBeTruthy();
    expect(list?.total).toBe(10);
  });

  it('meets everything an exporter entered, and stays honest about the two-person company', () => {
    expect(unmetIds(generateDraft('sme-one-pager', 'ja', matrixInput('sme-exporter')))).toEqual([]);
    expect(unmetIds(generateDraft('sme-one-pager', 'en', matrixInput('sme-exporter')))).toEqual(['own-words']);
    // Nothing protected yet and no next step entered: both stay unmet, whatever else is there.
    expect(unmetIds(generateDraft('sme-one-pager', 'ja', matrixInput('sme-two-people')))).toEqual([
      'protection',
      'next',
    ]);
  });

  it('judges the text as edited: listed-company words, long sentences and length', () => {
    const draft = generateDraft('sme-one-pager', 'ja', matrixInput('sme-exporter'));
    const long = 'あ'.repeat(61) + '。';
    const edited: Draft = {
      ...draft,
      sections: draft.sections.map((s) =>
        s.id === 'next'
          ? {
              ...s,
              paragraphs: [
                { runs: [{ kind: 'text', text: `取締役会でKPIを決めます。${long}${'い'.repeat(50)}。`.repeat(1) }] },
                ...Array.from({ length: 25 }, () => ({
                  runs: [{ kind: 'text' as const, text: 'う'.repeat(50) + '。' }],
                })),
              ],
            }
          : s,
      ),
    };
    const list = smeOnePagerChecklist(edited);
    expect(list?.items.find((i) => i.id === 'plain-words')).toMatchObject({
      met: false,
      examples: ['取締役会', '取締役', 'KPI'],
    });
    expect(list?.items.find((i) => i.id === 'short-sentences')).toMatchObject({ met: false, examples: [long] });
    expect(list?.items.find((i) => i.id === 'one-page')?.met).toBe(false);
    expect(metIds(edited)).toContain('next');
  });

  it('knows every word of the vocabulary list in docs/plain-language.md', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/plain-language.md'), 'utf8');
    const listed = (doc.split('<!-- vocabulary:start -->')[1]?.split('<!-- vocabulary:end -->')[0] ?? '')
      .split('\n')
      .map((l) => l.replace(/^-\s*/, '').trim())
      .filter((l) => l.length > 0);
    expect(listed.length).toBeGreaterThan(10);
    expect([...SME_LISTED_VOCABULARY].sort()).toEqual([...listed].sort());
  });
});
