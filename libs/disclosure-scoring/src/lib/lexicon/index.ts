/**
 * Term patterns, applied to NFKC-normalised, lower-cased sentence text. Japanese and English patterns are
 * applied together because disclosures mix scripts (e.g. "IPランドスケープ", "ROIC", "R&D費").
 */
export * from './intangible-terms';
export * from './value-chain-terms';
export * from './plan-and-metric-terms';
export * from './evidence-and-investment-terms';
export * from './governance-and-dialogue-terms';
