import { Answers } from '../../bank/answer';

/** Facts the owner gave when creating the organization, reused so the SME check does not ask twice. */
export interface SmeSignUpFacts {
  readonly sellsAbroad?: boolean | null;
}

/** Answers a new SME round starts with (the owner can still change them). */
export function smePrefill(facts: SmeSignUpFacts): Answers {
  if (facts.sellsAbroad === undefined || facts.sellsAbroad === null) return {};
  return { 'sme-brand.sells-abroad': facts.sellsAbroad ? 'yes' : 'no' };
}
