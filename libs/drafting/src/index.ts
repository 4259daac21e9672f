// Public API of @ipgn/drafting — import only from here.
export * from './lib/model/draft';
export * from './lib/model/company-facts';
export * from './lib/model/company-facts-issues';
export * from './lib/model/draft-input';
export type { DraftTemplate, SlotSpec } from './lib/templates/draft-template';
export { generateDraft, generateDrafts } from './lib/generate-drafts';
export { renderDraftText, renderDraftMarkdown } from './lib/render/render-draft';
export { draftCompleteness } from './lib/render/draft-completeness';
export type { DraftCompleteness, MissingInput } from './lib/render/draft-completeness';
export { DRAFT_TEMPLATES } from './lib/templates/draft-templates';
export { DEMO_ORGANIZATION, DEMO_COMPANY_FACTS, DEMO_AS_OF, demoDraftInput } from './testing/demo-company';
export * from './lib/story/story-model';
export { buildStoryModel } from './lib/story/build-story';
export { STORY_CHECK_LABELS, STORY_STATUS_LABELS } from './lib/templates/story.template';
export { slotMarker, containsSlotMarker } from './lib/text/slot-marker';
export { paragraphText, sectionText } from './lib/text/section-text';
export { slotsOf } from './lib/text/slots-of';
export { defaultPublicationTitle } from './lib/text/publication-title';
export { parseSectionText, parseSectionRuns } from './lib/text/parse-section';
export type { ParsedSection, RunInput, SectionTextProblem } from './lib/text/parse-section';
export {
  DRAFT_TRANSITIONS,
  DRAFT_TRANSITION_NAMES,
  DRAFT_STATES,
  DRAFT_EDIT_PERMISSION,
  DRAFT_COMMENT_PERMISSIONS,
} from './lib/workflow/draft-workflow';
export type { DraftTransitionName, DraftTransitionRule, DraftStateRule } from './lib/workflow/draft-workflow';
export {
  checkDraftTransition,
  transitionLeavesFrom,
  availableDraftTransitions,
  isDraftEditable,
  canEditDraft,
  statusAfterEdit,
  canCommentOnDraft,
  passesFourEyes,
  gapsToAcknowledge,
} from './lib/workflow/draft-access';
export type { DraftStepCheck } from './lib/workflow/draft-access';
export { smeOnePagerChecklist, SME_LISTED_VOCABULARY } from './lib/check/sme-one-pager-checklist';
export type { SmeChecklist, SmeChecklistItem, SmeChecklistItemId } from './lib/check/sme-one-pager-checklist';
// The drafts API's and the public investor view's answers, bound to this library's types (shapes in @ipgn/contracts)
export type * from './lib/api/draft-views';
