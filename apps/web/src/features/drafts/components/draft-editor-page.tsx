import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canCommentOnDraft, canEditDraft } from '@ipgn/drafting';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useDraft } from '../hooks/use-draft';
import { useOpenAssessmentId } from '../hooks/use-open-assessment-id';
import { DraftExportLinks } from './draft-export-links';
import { DraftMissingInputs } from './draft-missing-inputs';
import { DraftScorePanel } from './draft-score-panel';
import { SmeChecklistPanel } from './sme-checklist-panel';
import { DraftSectionComments } from './draft-section-comments';
import { DraftSectionEditor } from './draft-section-editor';
import { DraftStatusBadge } from './draft-status-badge';
import { DraftStoryPanel } from './draft-story-panel';
import { DraftVersionsPanel } from './draft-versions-panel';
import { DraftWorkflowActions } from './draft-workflow-actions';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import '../drafts.css';

/** The sectioned editor: text with slots, autosave, score, workflow, comments, versions and exports. */
export function DraftEditorPage() {
  const { t } = useTranslation();
  const { draftId = '' } = useParams();
  const { orgId, membership, can } = useCurrentMembership();
  const me = useCurrentUser();
  const draft = useDraft(orgId, draftId);
  // Slots link to the round still open for answers, never to the (possibly locked) round the draft came from.
  const openAssessmentId = useOpenAssessmentId(orgId);
  // Remounts the section editors after a reload, so they start from the latest saved text and version.
  const [generation, setGeneration] = useState(0);
  usePageTitle(draft.data?.title ?? t('drafts.page.title'));
  if (draft.isPending) return <LoadingState />;
  if (draft.isError) return <QueryErrorState error={draft.error} onRetry={() => void draft.refetch()} />;
  const detail = draft.data;
  const { current } = detail;
  const role = membership?.role;
  const editable = role ? canEditDraft(detail.status, role) : false;
  const canComment = role ? canCommentOnDraft(role) : false;
  const reload = () => void draft.refetch().then(() => setGeneration((g) => g + 1));
  return (
    <section aria-labelledby="draft-title" className="page">
      <p>
        <Link to={`/o/${orgId}/drafts`}>{t('drafts.page.title')}</Link>
      </p>
      <h1 id="draft-title">{detail.title}</h1>
      <p>
        <DraftStatusBadge status={detail.status} />{' '}
        <span className="muted">
          {t('drafts.editor.meta', {
            version: detail.currentVersion,
            type: t(`drafts.types.${detail.type}`),
            language: t(`drafts.languages.${detail.language}`),
          })}
        </span>
      </p>
      <div className="draft-editor">
        <section aria-labelledby="draft-sections-title">
          <h2 id="draft-sections-title">{t('drafts.editor.sectionsHeading')}</h2>
          {can('draft:edit') && !editable ? <p className="notice notice--info">{t('drafts.editor.locked')}</p> : null}
          {current.draft.sections.map((section) => (
            <div key={`${section.id}-${generation}`}>
              <DraftSectionEditor
                orgId={orgId}
                draftId={detail.id}
                assessmentId={openAssessmentId}
                section={section}
                language={detail.language}
                version={detail.currentVersion}
                editable={editable}
                aiRewriteEnabled={detail.aiRewriteEnabled}
                onReload={reload}
              />
              <DraftSectionComments
                orgId={orgId}
                draftId={detail.id}
                sectionId={section.id}
                heading={section.heading}
                comments={detail.comments.filter((c) => c.sectionId === section.id)}
                canComment={canComment}
              />
            </div>
          ))}
        </section>
        <div className="draft-editor__side">
          <DraftWorkflowActions
            orgId={orgId}
            orgSlug={membership?.slug}
            detail={detail}
            role={role}
            userId={me.data?.id}
          />
          {detail.type === 'sme-one-pager' ? (
            <SmeChecklistPanel draft={current.draft} orgId={orgId} assessmentId={openAssessmentId} />
          ) : (
            <DraftScorePanel version={current} />
          )}
          <DraftMissingInputs completeness={current.completenessDetail} orgId={orgId} assessmentId={openAssessmentId} />
          {/* The value-creation story checks a listed company's disclosure (board, KPIs); an SME one-pager has its checklist. */}
          {detail.type === 'sme-one-pager' ? null : (
            <DraftStoryPanel
              story={current.draft.attachments.story}
              orgId={orgId}
              openAssessmentId={openAssessmentId}
            />
          )}
          <DraftExportLinks orgId={orgId} draftId={detail.id} />
          <DraftVersionsPanel orgId={orgId} draftId={detail.id} currentVersion={detail.currentVersion} />
        </div>
      </div>
    </section>
  );
}
