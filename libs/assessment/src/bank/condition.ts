import type { CompanySize, ListingStatus } from '@ipgn/contracts';

/**
 * Branching conditions as data. Answer conditions are false while the referenced question is unanswered
 * or hidden, so follow-up questions appear only once the gate has been answered.
 * Conditions may reference choice and number questions only, never maturity ladders: that keeps every score
 * monotone in the ladder answers (raising a ladder can never hide another answer).
 */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly question: string; readonly equals: string }
  | { readonly question: string; readonly in: readonly string[] }
  | { readonly question: string; readonly includes: string }
  | { readonly question: string; readonly atLeast: number }
  | { readonly question: string; readonly answered: true }
  | { readonly profile: 'listingStatus'; readonly in: readonly ListingStatus[] }
  | { readonly profile: 'companySize'; readonly in: readonly CompanySize[] };
