import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/utils/error-message';
import { useAiRewrite } from '../hooks/use-ai-rewrite';
import { AI_MARK } from '../../../shared/utils/ai-mark';

export interface DraftAiSuggestionProps {
  orgId: string;
  draftId: string;
  sectionId: string;
  heading: string;
  /** Puts the suggested text into the section editor (which then autosaves as for any edit). */
  onUse: (text: string) => void;
}

/**
 * Optional AI rewrite of one section: a button, then the suggestion beside the section, labelled as AI-generated,
 * with "use this text" and "discard". Nothing is saved unless the user takes the text into the editor.
 */
export function DraftAiSuggestion({ orgId, draftId, sectionId, heading, onUse }: DraftAiSuggestionProps) {
  const { t } = useTranslation();
  const rewrite = useAiRewrite(orgId, draftId, sectionId);
  const titleId = useId();
  const suggestion = rewrite.data;
  return (
    <div className="draft-ai" data-testid={`draft-ai-${sectionId}`}>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-label={t('drafts.ai.requestFor', { heading })}
        disabled={rewrite.isPending}
        onClick={() => rewrite.mutate()}
      >
        <span aria-hidden="true" className="draft-ai__icon">
          {AI_MARK}
        </span>
        {t('drafts.ai.request')}
      </button>
      <p role="status" aria-live="polite" className="muted">
        {rewrite.isPending ? t('drafts.ai.loading') : null}
      </p>
      {rewrite.isError ? (
        <div role="alert" className="notice notice--error">
          <p>{t('drafts.ai.error', { message: errorMessage(rewrite.error, t) })}</p>
        </div>
      ) : null}
      {suggestion ? (
        <aside aria-labelledby={titleId} className="draft-ai__suggestion">
          <p id={titleId} className="draft-ai__label">
            <span aria-hidden="true" className="draft-ai__icon">
              {AI_MARK}
            </span>
            {t('drafts.ai.label')}
          </p>
          <p className="field__hint">{t('drafts.ai.notice', { model: suggestion.model })}</p>
          <div className="draft-ai__text">
            {suggestion.suggestion.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
          <div className="draft-ai__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                onUse(suggestion.suggestion);
                rewrite.reset();
              }}
            >
              {t('drafts.ai.use')}
            </button>{' '}
            <button type="button" className="button button--secondary button--small" onClick={() => rewrite.reset()}>
              {t('drafts.ai.discard')}
            </button>
          </div>
        </aside>
      ) : null}
    </div>
  );
}
