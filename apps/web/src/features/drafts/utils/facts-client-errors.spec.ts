import type { TFunction } from 'i18next';
import { factsClientErrors } from './facts-client-errors';

const t = ((key: string, vars: { limit: number | string }) => `${key}|${vars.limit}`) as unknown as TFunction;

describe('factsClientErrors', () => {
  it('maps schema problems to messages by field path, with the limit broken', () => {
    const errors = factsClientErrors(
      { segments: [{ id: 's', name: { ja: 'あ'.repeat(1001), en: 'A' } }], disclosureUrl: 'nope' },
      t,
    );
    expect(errors).toEqual({
      'facts.segments.0.name.ja': 'drafts.facts.errors.maxLength|1000',
      'facts.disclosureUrl': 'drafts.facts.errors.isUrl|',
    });
  });

  it('is empty for valid facts', () => {
    expect(factsClientErrors({}, t)).toEqual({});
  });
});
