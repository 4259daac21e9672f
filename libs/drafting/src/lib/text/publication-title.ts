/**
 * The title a published version starts with: the draft's title without the words that mark it as a draft
 * (「記載案」→「記載」, 「（案）」, "draft"). The company can rename the publication afterwards; investors never
 * read 「…案」 on a published text unless the company chose it.
 */
export function defaultPublicationTitle(draftTitle: string): string {
  const title = draftTitle
    .replace(/記載案/g, '記載')
    .replace(/[（(]案[）)]/g, '')
    .replace(/\s*\(draft\)/gi, '')
    .replace(/\bdraft\b\s*/gi, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return title.length > 0 ? title : draftTitle;
}
