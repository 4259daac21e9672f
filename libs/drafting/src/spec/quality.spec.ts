import { DRAFT_TYPES, demoDraftInput, draftCompleteness, generateDrafts } from '../index';
import { resolves } from './spec-helpers';

/*
 * Drafts are not judged by the disclosure scorer (it shares their vocabulary, so a template that fills every
 * criterion scores far above prose written by people). The bar for the demo company is what a reviewer checks:
 * every sentence rests on entered inputs, and nothing is left to fill.
 */
describe('quality bar: the demo listed company with a complete assessment', () => {
  const input = demoDraftInput();
  const drafts = generateDrafts(input);

  it('writes every draft type in both languages', () => {
    expect(drafts.map((d) => `${d.type}/${d.language}`)).toEqual(DRAFT_TYPES.flatMap((t) => [`${t}/ja`, `${t}/en`]));
  });

  it('rests every sentence on inputs that were entered (claim trace)', () => {
    for (const d of drafts) {
      for (const t of d.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.trace ?? []))) {
        if (t.sources.length === 0) continue;
        for (const ref of t.sources)
          expect({ text: t.text, ref, entered: resolves(ref, input) }).toEqual({ text: t.text, ref, entered: true });
      }
    }
  });

  it('leaves nothing to be filled', () => {
    for (const d of drafts)
      expect({ type: d.type, missing: draftCompleteness(d).missing }).toEqual({ type: d.type, missing: [] });
  });
});
