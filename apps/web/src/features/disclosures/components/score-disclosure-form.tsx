import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Language } from '@ipgn/disclosure-scoring';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { useSessionDraft } from '../../../shared/hooks/use-session-draft';
import { CharacterCount } from '../../../shared/components/character-count';
import {
  DISCLOSURE_DOCUMENT_TYPES,
  DISCLOSURE_UPLOAD_EXTENSIONS,
  MAX_DISCLOSURE_TEXT_CHARS,
  MAX_DISCLOSURE_UPLOAD_BYTES,
  type DisclosureDocumentType,
} from '../api/disclosure-api-types';
import { useScoreDisclosure } from '../hooks/use-score-disclosure';

export interface ScoreDisclosureFormProps {
  orgId: string;
}

type InputMethod = 'paste' | 'upload';

/** Title, document type, language and the text (pasted or uploaded); on success opens the saved result. */
export function ScoreDisclosureForm({ orgId }: ScoreDisclosureFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const score = useScoreDisclosure(orgId);
  const { formRef, fieldError, clientErrors, check } = useFormErrors(score.error);
  // What was typed or pasted survives Back and reload in this tab; forgotten once it is scored.
  const [draft, setDraft, clearDraft] = useSessionDraft(`ipgn.score-disclosure.${orgId}`, {
    title: '',
    documentType: 'cg_report' as DisclosureDocumentType,
    language: '' as '' | Language,
    text: '',
  });
  const { title, documentType, language, text } = draft;
  const setTitle = (v: string) => setDraft({ ...draft, title: v });
  const setDocumentType = (v: DisclosureDocumentType) => setDraft({ ...draft, documentType: v });
  const setLanguage = (v: '' | Language) => setDraft({ ...draft, language: v });
  const setText = (v: string) => setDraft({ ...draft, text: v });
  const [method, setMethod] = useState<InputMethod>('paste');
  const [file, setFile] = useState<File | null>(null);
  const id = useId();
  const textError = fieldError('text');
  const fileError = fieldError('file');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const extension = file?.name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
    const valid = check({
      title: title.trim() ? undefined : t('validation.required'),
      text:
        method !== 'paste'
          ? undefined
          : !text.trim()
            ? t('validation.required')
            : text.length > MAX_DISCLOSURE_TEXT_CHARS
              ? t('validation.tooLong', {
                  max: MAX_DISCLOSURE_TEXT_CHARS.toLocaleString(i18n.language),
                  current: text.length.toLocaleString(i18n.language),
                })
              : undefined,
      file:
        method !== 'upload'
          ? undefined
          : !file
            ? t('validation.required')
            : !(DISCLOSURE_UPLOAD_EXTENSIONS as readonly string[]).includes(extension)
              ? t('disclosures.form.fileType')
              : file.size > MAX_DISCLOSURE_UPLOAD_BYTES
                ? t('disclosures.form.fileTooLarge')
                : undefined,
    });
    if (!valid) return;
    const meta = { title: title.trim(), documentType, ...(language ? { language } : {}) };
    const input =
      method === 'paste' || !file
        ? { ...meta, kind: 'paste' as const, text }
        : { ...meta, kind: 'upload' as const, file };
    score.mutate(input, {
      onSuccess: (record) => {
        clearDraft();
        void navigate(`/o/${orgId}/disclosures/${record.id}`);
      },
    });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>{t('disclosures.form.heading')}</h2>
      <form ref={formRef} noValidate onSubmit={submit} className="form" aria-busy={score.isPending || undefined}>
        <FormErrorAlert error={score.error} invalid={Object.keys(clientErrors).length > 0} />
        <TextField
          label={t('disclosures.form.title')}
          name="title"
          required
          maxLength={200}
          value={title}
          onChange={setTitle}
          hint={t('disclosures.form.titleHint')}
          error={fieldError('title')}
        />
        <div className="form__row">
          <SelectField
            label={t('disclosures.form.documentType')}
            name="documentType"
            value={documentType}
            onChange={(v) => setDocumentType(v as DisclosureDocumentType)}
            options={DISCLOSURE_DOCUMENT_TYPES.map((type) => ({
              value: type,
              label: t(`disclosures.documentTypes.${type}`),
            }))}
            error={fieldError('documentType')}
          />
          <SelectField
            label={t('disclosures.form.language')}
            name="language"
            value={language}
            onChange={(v) => setLanguage(v === 'ja' || v === 'en' ? v : '')}
            options={[
              { value: '', label: t('disclosures.form.languageAuto') },
              { value: 'ja', label: t('disclosures.languages.ja') },
              { value: 'en', label: t('disclosures.languages.en') },
            ]}
            error={fieldError('language')}
          />
        </div>
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
          <div className={['field', textError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
            <label htmlFor={`${id}-text`} className="field__label">
              {t('disclosures.form.text')}
              <span className="field__required" aria-hidden="true">
                {t('common.required')}
              </span>
            </label>
            <textarea
              id={`${id}-text`}
              name="text"
              className="field__input disclosure-textarea"
              rows={12}
              required
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-invalid={textError ? true : undefined}
              aria-describedby={[textError ? `${id}-text-error` : null, `${id}-text-hint`, `${id}-text-count`]
                .filter(Boolean)
                .join(' ')}
            />
            <p id={`${id}-text-hint`} className="field__hint">
              {t('disclosures.form.textHint', { max: MAX_DISCLOSURE_TEXT_CHARS.toLocaleString(i18n.language) })}
            </p>
            <CharacterCount id={`${id}-text-count`} count={text.length} max={MAX_DISCLOSURE_TEXT_CHARS} />
            {textError ? (
              <p id={`${id}-text-error`} className="field__error">
                <span aria-hidden="true" className="field__error-icon">
                  !
                </span>
                {textError}
              </p>
            ) : null}
          </div>
        ) : (
          <div className={['field', fileError ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
            <label htmlFor={`${id}-file`} className="field__label">
              {t('disclosures.form.file')}
              <span className="field__required" aria-hidden="true">
                {t('common.required')}
              </span>
            </label>
            <input
              id={`${id}-file`}
              name="file"
              type="file"
              className="field__input"
              accept={DISCLOSURE_UPLOAD_EXTENSIONS.join(',')}
              required
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={[fileError ? `${id}-file-error` : null, `${id}-file-hint`].filter(Boolean).join(' ')}
            />
            <p id={`${id}-file-hint`} className="field__hint">
              {t('disclosures.form.fileHint')}
            </p>
            {fileError ? (
              <p id={`${id}-file-error`} className="field__error">
                <span aria-hidden="true" className="field__error-icon">
                  !
                </span>
                {fileError}
              </p>
            ) : null}
          </div>
        )}
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
      </form>
    </section>
  );
}
