import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { UseMutationResult } from '@tanstack/react-query';
import type { DisclosureRecord, Language } from '@ipgn/disclosure-scoring';
import { FilePicker } from '../../../shared/components/file-picker';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { FormTextarea } from '../../../shared/forms/form-textarea';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { useSessionDraft } from '../../../shared/hooks/use-session-draft';
import type { ScoreDisclosureInput } from '../api/disclosure-api-types';
import { newSubmissionId } from '../utils/new-submission-id';
import {
  DISCLOSURE_DOCUMENT_TYPES,
  DISCLOSURE_UPLOAD_EXTENSIONS,
  type DisclosureDocumentType,
  MAX_DISCLOSURE_COMPANY_NAME_CHARS,
  MAX_DISCLOSURE_TEXT_CHARS,
  MAX_DISCLOSURE_UPLOAD_BYTES,
} from '@ipgn/contracts';

export interface ScoreDisclosureFormProps {
  /** Where this tab keeps what was typed (sessionStorage), per organization or per investor. */
  draftKey: string;
  /** The request: an organization's scoring (`useScoreDisclosure`) or an investor's own check (`useCheckDisclosure`). */
  score: UseMutationResult<DisclosureRecord, Error, ScoreDisclosureInput>;
  /** Where the saved result is shown. */
  resultPath: (id: string) => string;
  /**
   * An investor's own check: the title may be left empty (the company name and the document type stand in), and
   * each version of the form carries a submission id, so that a form sent twice is one record.
   */
  personal?: boolean;
}

type InputMethod = 'paste' | 'upload';

/** What is kept in the tab's session storage (the file is not). */
interface ScoreDisclosureDraft {
  title: string;
  documentType: DisclosureDocumentType;
  language: '' | Language;
  /** Whose text it is, when it is not the organization's own (optional). */
  companyName: string;
  text: string;
  /** Personal checks: changes with every edit, so only a resend of the very same form repeats it. */
  submissionId?: string;
}

interface ScoreDisclosureValues extends ScoreDisclosureDraft {
  file: File | null;
}

/** Title, document type, language and the text (pasted or uploaded); on success opens the saved result. */
export function ScoreDisclosureForm({ draftKey, score, resultPath, personal = false }: ScoreDisclosureFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // An organization mostly scores its own CG-report entry; an investor pastes whatever page they are reading, and a
  // CG-report default titled a brand page "CG report (e.g. 3-1③)" and gave it JPX400's floor mark.
  const defaultDocumentType: DisclosureDocumentType = personal ? 'other' : 'cg_report';
  // What was typed or pasted survives Back and reload in this tab; forgotten once it is scored.
  const [draft, setDraft, clearDraft] = useSessionDraft<ScoreDisclosureDraft>(draftKey, {
    title: '',
    documentType: defaultDocumentType,
    language: '',
    companyName: '',
    text: '',
    ...(personal ? { submissionId: newSubmissionId() } : {}),
  });
  const [method, setMethod] = useState<InputMethod>('paste');
  const finished = useRef(false);
  const form = useAppForm<ScoreDisclosureValues>({
    // A draft saved before the company field existed has none.
    defaultValues: {
      title: draft.title,
      documentType: draft.documentType,
      language: draft.language,
      companyName: draft.companyName ?? '',
      text: draft.text,
      file: null,
    },
    serverError: score.error,
    pending: score.isPending,
    onValid: ({ title, documentType, language, companyName, text, file }) => {
      const chosen = file ?? undefined;
      const company = companyName.trim();
      // A personal check without a title is named when it is shown (checkTitle: its company and document type, in
      // the reader's language at that time), so none is made up here.
      const meta = {
        title: title.trim(),
        documentType,
        ...(language ? { language } : {}),
        ...(company ? { companyName: company } : {}),
        ...(personal && draft.submissionId ? { submissionId: draft.submissionId } : {}),
      };
      const input =
        method === 'paste' || !chosen
          ? { ...meta, kind: 'paste' as const, text }
          : { ...meta, kind: 'upload' as const, file: chosen };
      return score.mutateAsync(input).then((record) => {
        // Scored: the text is forgotten (Back must not bring it back for a second check by accident), the kind of
        // document and the language stay chosen for the next one (an analyst pastes several of a kind), and a
        // personal check gets a new submission id. Typing events still in flight no longer write the old draft.
        finished.current = true;
        clearDraft();
        setDraft({
          title: '',
          documentType,
          language,
          companyName: '',
          text: '',
          ...(personal ? { submissionId: newSubmissionId() } : {}),
        });
        void navigate(resultPath(record.id));
      });
    },
  });
  const { control, watch, formState } = form.form;
  useEffect(() => {
    const typing = watch(
      ({ title = '', documentType = defaultDocumentType, language = '', companyName = '', text = '' }) =>
        !finished.current &&
        setDraft({
          title,
          documentType,
          language,
          companyName,
          text,
          ...(personal ? { submissionId: newSubmissionId() } : {}),
        }),
    );
    return () => typing.unsubscribe();
  }, [watch, setDraft, personal, defaultDocumentType]);
  const id = useId();
  const required = (value: string) => (value.trim() ? undefined : t('validation.required'));
  const fileError = formState.errors.file?.message ?? form.fieldError('file');

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>{t('disclosures.form.heading')}</h2>
      {/* The alert sits beside the button (a long text stands between the top of the form and it): a refusal such as
          the judging limit's 429, with its wait, is read where the user acted. */}
      <AppForm form={form} alert={false} className="form" aria-busy={score.isPending || undefined}>
        <FormTextField
          control={control}
          label={t(personal ? 'disclosures.checks.form.title' : 'disclosures.form.title')}
          name="title"
          required={!personal}
          maxLength={200}
          validate={personal ? undefined : required}
          hint={t(personal ? 'disclosures.checks.form.titleHint' : 'disclosures.form.titleHint')}
        />
        <div className="form__row">
          <FormSelectField
            control={control}
            label={t('disclosures.form.documentType')}
            name="documentType"
            options={DISCLOSURE_DOCUMENT_TYPES.map((type) => ({
              value: type,
              label: t(`disclosures.documentTypes.${type}`),
            }))}
          />
          <FormSelectField
            control={control}
            label={t('disclosures.form.language')}
            name="language"
            options={[
              { value: '', label: t('disclosures.form.languageAuto') },
              { value: 'ja', label: t('disclosures.languages.ja') },
              { value: 'en', label: t('disclosures.languages.en') },
            ]}
          />
        </div>
        <FormTextField
          control={control}
          label={t('disclosures.form.companyName')}
          name="companyName"
          maxLength={MAX_DISCLOSURE_COMPANY_NAME_CHARS}
          hint={t(personal ? 'disclosures.checks.form.companyNameHint' : 'disclosures.form.companyNameHint')}
        />
        <fieldset className="field disclosure-method">
          <legend className="field__label">{t('disclosures.form.inputMethod')}</legend>
          {(['paste', 'upload'] as const).map((m) => (
            <label key={m} className="disclosure-method__option">
              <input type="radio" name="inputMethod" value={m} checked={method === m} onChange={() => setMethod(m)} />
              {t(`disclosures.form.${m}`)}
            </label>
          ))}
        </fieldset>
        {method === 'paste' ? (
          <div className="field">
            <label htmlFor={`${id}-text`} className="field__label">
              {t('disclosures.form.text')}
              <span className="field__required" aria-hidden="true">
                {t('common.required')}
              </span>
            </label>
            <FormTextarea
              control={control}
              id={`${id}-text`}
              name="text"
              className="field__input disclosure-textarea"
              rows={12}
              required
              max={MAX_DISCLOSURE_TEXT_CHARS}
              validate={required}
              aria-describedby={`${id}-text-hint`}
            />
            <p id={`${id}-text-hint`} className="field__hint">
              {t('disclosures.form.textHint', { max: MAX_DISCLOSURE_TEXT_CHARS.toLocaleString(i18n.language) })}
            </p>
          </div>
        ) : (
          <Controller
            control={control}
            name="file"
            rules={{
              validate: (file) => {
                const extension = file?.name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
                if (!file) return t('validation.required');
                if (!(DISCLOSURE_UPLOAD_EXTENSIONS as readonly string[]).includes(extension))
                  return t('disclosures.form.fileType');
                return file.size > MAX_DISCLOSURE_UPLOAD_BYTES ? t('disclosures.form.fileTooLarge') : true;
              },
            }}
            render={({ field }) => (
              // The page's language on the button and "no file chosen", not the browser's "Choose File".
              <FilePicker
                label={t('disclosures.form.file')}
                accept={DISCLOSURE_UPLOAD_EXTENSIONS.join(',')}
                required
                hint={t('disclosures.form.fileHint')}
                error={fileError}
                inputRef={field.ref}
                name={field.name}
                onBlur={field.onBlur}
                onChange={field.onChange}
              />
            )}
          />
        )}
        <FormErrorAlert error={form.serverError} invalid={form.invalid} />
        <SubmitButton pending={score.isPending} pendingLabel={t('disclosures.form.submitting')}>
          {t('disclosures.form.submit')}
        </SubmitButton>
        <p role="status" className={score.isPending ? 'loading' : 'visually-hidden-empty'}>
          {score.isPending ? (
            <>
              <span className="loading__spinner" aria-hidden="true" />
              {t('disclosures.form.progress')}
            </>
          ) : null}
        </p>
      </AppForm>
    </section>
  );
}
