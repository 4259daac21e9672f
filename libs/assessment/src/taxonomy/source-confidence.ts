/**
 * How well a name or fact is backed by public sources (REFERENCE.md legend):
 * confirmed = ✅, single-source = ☑️, unconfirmed = ⚠️.
 * The UI must not present anything below `confirmed` as official wording.
 */
export type SourceConfidence = 'confirmed' | 'single-source' | 'unconfirmed';
