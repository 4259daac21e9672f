/**
 * Matching runs on an NFKC + lower-cased copy of each sentence (full-width digits, ％, ｶﾅ become canonical).
 * Evidence is reported per sentence with offsets taken from segmentation of the ORIGINAL string, so the
 * normalised copy never needs its own offset map.
 */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\u30fc\uff70]/g, (m) => (m === '\u30fc' || m === '\uff70' ? 'ー' : '-'))
    .replace(/[\u3000\s]+/g, ' ');
}

/** Key used to recognise the same sentence said twice (ignores spacing, punctuation and width). */
export function dedupeKey(normalized: string): string {
  return normalized.replace(/[\s。、，,．.!！?？・「」『』()（）[\]【】"'“”‘’:：;；-]/g, '');
}
