import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationRef } from '@ipgn/contracts';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { useRenamePublication } from '../hooks/use-rename-publication';

/** The API's limit on a publication title (PublicationTitleDto). */
const MAX_TITLE_CHARS = 200;

/** Renaming one published version's title (members who may publish). */
export function RenamePublicationForm({
  orgId,
  draftId,
  publication,
  onDone,
}: {
  orgId: string;
  draftId: string;
  publication: PublicationRef;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const rename = useRenamePublication(orgId, draftId);
  const form = useAppForm({
    defaultValues: { title: publication.title },
    serverError: rename.error,
    pending: rename.isPending,
    onValid: ({ title }) =>
      rename.mutateAsync({ publicationId: publication.publicationId, title: title.trim() }).then(onDone),
  });
  const { control, setFocus } = form.form;
  // The "Rename" button that opened the form is gone: focus moves into the title.
  useEffect(() => setFocus('title'), [setFocus]);
  return (
    <AppForm form={form} className="form">
      <FormTextField
        control={control}
        name="title"
        label={t('drafts.published.titleLabel', { version: publication.version })}
        hint={t('drafts.published.titleHint', { max: MAX_TITLE_CHARS })}
        maxLength={MAX_TITLE_CHARS}
        required
        validate={(title) => (title.trim() === '' ? t('validation.required') : undefined)}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={rename.isPending}>
          {t('drafts.published.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('drafts.published.cancel')}
        </button>
      </div>
    </AppForm>
  );
}
