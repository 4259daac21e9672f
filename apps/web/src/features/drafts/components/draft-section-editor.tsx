import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SECTION_CHARS } from '@ipgn/contracts';
import { sectionText, type DraftLanguage, type DraftSection } from '@ipgn/drafting';
import { CharacterCount } from '../../../shared/components/character-count';
import { FieldError } from '../../../shared/components/field-error';
import { errorMessage } from '../../../shared/utils/error-message';
import { useAutosaveSection } from '../hooks/use-autosave-section';
import { DraftAiSuggestion } from './draft-ai-suggestion';
import { DraftParagraph } from './draft-paragraph';

export interface DraftSectionEditorProps {
  orgId: string;
  draftId: string;
  assessmentId: string | null;
  section: DraftSection;
  language: DraftLanguage;
  version: number;
  editable: boolean;
  /** The operator enabled the optional AI rewrite: offer a suggestion beside the section. */
  aiRewriteEnabled?: boolean;
  onReload: () => void;
}

/**
 * A section as saved (slots marked and linked) and, when editable, its text with a debounced autosave; with the
 * optional AI rewrite on, a suggestion panel beside it whose text only enters the editor when the user takes it.
 */
export function DraftSectionEditor({
  orgId,
  draftId,
  assessmentId,
  section,
  language,
  version,
  editable,
  aiRewriteEnabled = false,
  onReload,
}: DraftSectionEditorProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => sectionText(section, language));
  const format = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-US' : 'ja-JP');
  // Over the limit the text stays as typed (never cut) and is not sent; the reason and the limit show beside it.
  const tooLong =
    text.length > MAX_SECTION_CHARS
      ? t('validation.tooLong', { max: format(MAX_SECTION_CHARS), current: format(text.length) })
      : undefined;
  const edit = (next: string) => {
    setText(next);
    if (next.length > MAX_SECTION_CHARS) autosave.cancel();
    else autosave.change(next);
  };
  const autosave = useAutosaveSection(orgId, draftId, section.id, version);
  const textareaId = useId();
  const hintId = `${textareaId}-hint`;
  const countId = `${textareaId}-count`;
  const errorId = `${textareaId}-error`;
  const headingId = `${textareaId}-heading`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const withAi = editable && aiRewriteEnabled;
  const takeSuggestion = (suggestion: string) => {
    edit(suggestion);
    textareaRef.current?.focus();
  };
  return (
    <section
      aria-labelledby={headingId}
      className={withAi ? 'draft-section draft-section--with-ai' : 'draft-section'}
      data-testid={`draft-section-${section.id}`}
    >
      <h3 id={headingId}>{section.heading}</h3>
      <div className="draft-section__main">
        {section.paragraphs.map((p, i) => (
          <DraftParagraph key={i} paragraph={p} language={language} orgId={orgId} assessmentId={assessmentId} />
        ))}
        {editable ? (
          <div className="field">
            <label htmlFor={textareaId} className="field__label">
              {t('drafts.editor.editSection', { heading: section.heading })}
            </label>
            <textarea
              ref={textareaRef}
              id={textareaId}
              className="field__input draft-section__textarea"
              aria-describedby={[hintId, countId, tooLong ? errorId : null].filter(Boolean).join(' ')}
              aria-invalid={tooLong ? true : undefined}
              value={text}
              onChange={(e) => edit(e.target.value)}
              onBlur={autosave.flush}
            />
            <CharacterCount id={countId} count={text.length} max={MAX_SECTION_CHARS} />
            <FieldError id={errorId} message={tooLong} />
            <p id={hintId} className="field__hint">
              {t('drafts.editor.editHint')}
            </p>
            <p role="status" aria-live="polite" className={`save-status save-status--${autosave.status}`}>
              {autosave.status === 'saving' ? t('drafts.editor.save.saving') : null}
              {autosave.status === 'saved' ? `✓ ${t('drafts.editor.save.saved')}` : null}
            </p>
            {autosave.status === 'error' ? (
              <div role="alert" className="notice notice--error">
                <p>{t('drafts.editor.save.error', { message: errorMessage(autosave.error, t) })}</p>
                <button type="button" className="button button--secondary button--small" onClick={autosave.retry}>
                  {t('drafts.editor.save.retry')}
                </button>
              </div>
            ) : null}
            {autosave.status === 'conflict' ? (
              <div role="alert" className="notice notice--error" data-testid="draft-conflict">
                <p>{t('drafts.editor.save.conflict')}</p>
                <p className="muted">{errorMessage(autosave.error, t)}</p>
                <button type="button" className="button button--secondary" onClick={onReload}>
                  {t('drafts.editor.save.reload')}
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
      {withAi ? (
        <DraftAiSuggestion
          orgId={orgId}
          draftId={draftId}
          sectionId={section.id}
          heading={section.heading}
          onUse={takeSuggestion}
        />
      ) : null}
    </section>
  );
}
