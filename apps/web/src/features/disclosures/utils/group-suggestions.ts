import type { Suggestion, VcgHeading } from '@ipgn/disclosure-scoring';

export interface SuggestionGroup {
  heading: VcgHeading;
  suggestions: Suggestion[];
}

/** Suggestions under the Value Co-creation Guidance heading where the missing content belongs, in heading order. */
export function groupSuggestions(suggestions: readonly Suggestion[]): SuggestionGroup[] {
  const groups = new Map<string, SuggestionGroup>();
  for (const s of suggestions) {
    const group = groups.get(s.vcgHeading.id) ?? { heading: s.vcgHeading, suggestions: [] };
    group.suggestions.push(s);
    groups.set(s.vcgHeading.id, group);
  }
  return [...groups.values()].sort((a, b) => a.heading.number - b.heading.number);
}
