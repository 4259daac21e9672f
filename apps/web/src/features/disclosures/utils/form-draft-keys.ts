// The sessionStorage keys of the scoring forms (ScoreDisclosureForm's `draftKey`, read again by RecheckButton).
/** Where an investor's check form keeps what was typed in this tab (sessionStorage; see RecheckButton). */
export function checkDraftKey(userId: string): string {
  return `ipgn.disclosure-check.${userId}`;
}

/** Where an organization's scoring form keeps what was typed in this tab. */
export function scoreDraftKey(orgId: string): string {
  return `ipgn.score-disclosure.${orgId}`;
}
