/**
 * Cue patterns of the v2 judgement, applied to the analysis string of a sentence (NFKC, lower-cased, the
 * company's own names replaced by 当社 / "the company"). Japanese and English cues are applied together
 * because disclosures mix scripts. Each family is written from the rating rubric's definitions
 * (docs/disclosure-judgement-rubric.md) and REFERENCE §11.2, never from evaluation passages.
 *
 * False friends of v1 that these patterns avoid on purpose: "ir" inside "their"/"fair" (IR must be the
 * upper-case word, see ownership below), "fair market value" (a valuation, not a market link), 提供 (not
 * "open"), 訴訟/係争 (lawsuits are activity, not quality), 重点 alone (not an allocation), "No.1"/他社+number
 * (a ranking, not competitive evidence), "IP portfolio" (an asset, not a business portfolio).
 */
export * from './named-business-cues';
export * from './asset-cues';
export * from './value-cues';
export * from './figure-cues';
export * from './activity-and-governance-cues';
export * from './register-cues';
