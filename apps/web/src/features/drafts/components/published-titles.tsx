import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationRef } from '@ipgn/contracts';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { formatDate } from '../../../shared/utils/format-date';
import { useRenamePublication } from '../hooks/use-rename-publication';

/** The API's limit on a publication title (PublicationTitleDto). */
const MAX_TITLE_CHARS = 200;

/** The draft's published versions with the titles investors read; members who may publish rename them. */
export function PublishedTitles({
  orgId,
  draftId,
  publications,
  canRename,
}: {
  orgId: string;
  draftId: string;
  publications: PublicationRef[];
  canRename: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [editing, setEditing] = useState<string | null>(null);
  if (publications.length === 0) return null;
  return (
    <section aria-labelledby={`published-titles-${draftId}`} className="published-titles">
      <h3 id={`published-titles-${draftId}`}>{t('drafts.published.heading')}</h3>
      <ul className="list">
        {[...publications].reverse().map((p) => (
          <li key={p.publicationId} data-testid="published-title">
            {editing === p.publicationId ? (
              <RenameForm orgId={orgId} draftId={draftId} publication={p} onDone={() => setEditing(null)} />
            ) : (
              <p>
                <strong>{p.title}</strong>{' '}
                <span className="muted">
                  {t('drafts.published.meta', { version: p.version, date: formatDate(p.publishedAt, locale) })}
                </span>{' '}
                {canRename ? (
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => setEditing(p.publicationId)}
                    aria-label={t('drafts.published.renameLabel', { version: p.version })}
                  >
                    {t('drafts.published.rename')}
                  </button>
                ) : null}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RenameForm({
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
