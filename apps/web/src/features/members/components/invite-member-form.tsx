import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationRole } from '@ipgn/contracts';
import { CopyButton } from '../../../shared/components/copy-button';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { looksLikeEmail } from '../../../shared/utils/looks-like-email';
import { useInviteMember } from '../hooks/use-invite-member';

export interface InviteMemberFormProps {
  orgId: string;
  assignable: readonly OrganizationRole[];
}

export function InviteMemberForm({ orgId, assignable }: InviteMemberFormProps) {
  const { t } = useTranslation();
  const invite = useInviteMember(orgId);
  const form = useAppForm<{ inviteEmail: string; inviteRole: OrganizationRole }>({
    defaultValues: {
      inviteEmail: '',
      inviteRole: assignable.includes('contributor') ? 'contributor' : assignable[0],
    },
    serverError: invite.error,
    pending: invite.isPending,
    onValid: ({ inviteEmail, inviteRole }): Promise<void> =>
      invite
        .mutateAsync({ email: inviteEmail.trim(), role: inviteRole })
        .then(() => form.form.setValue('inviteEmail', '')),
  });
  const { control } = form.form;
  const role = form.form.watch('inviteRole');
  const linkId = useId();

  return (
    <section aria-labelledby="invite-title" className="panel">
      <h2 id="invite-title">{t('members.invite.heading')}</h2>
      <p className="muted">{t('members.invite.intro')}</p>
      <AppForm form={form} className="form">
        <div className="form__row">
          <FormTextField
            control={control}
            label={t('members.invite.email')}
            type="email"
            name="inviteEmail"
            errorKey="email"
            autoComplete="off"
            required
            validate={(email) =>
              !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined
            }
          />
          <FormSelectField
            control={control}
            label={t('members.invite.role')}
            name="inviteRole"
            errorKey="role"
            options={assignable.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            hint={t(`roleDescriptions.${role}`)}
          />
        </div>
        <SubmitButton pending={invite.isPending} pendingLabel={t('members.invite.submitting')}>
          {t('members.invite.submit')}
        </SubmitButton>
      </AppForm>
      <div role="status" className={invite.data ? 'notice notice--success' : 'visually-hidden-empty'}>
        {invite.data ? (
          <>
            <p className="notice__title">{t('members.invite.created', { email: invite.data.email })}</p>
            <div className="field">
              <label htmlFor={linkId} className="field__label">
                {t('members.invite.acceptUrl')}
              </label>
              <div className="copy-row">
                <input
                  id={linkId}
                  className="field__input copy-row__input"
                  readOnly
                  value={invite.data.acceptUrl}
                  onFocus={(event) => event.target.select()}
                  data-testid="invitation-accept-url"
                />
                <CopyButton text={invite.data.acceptUrl} fallbackInputId={linkId} />
              </div>
            </div>
          </>
        ) : null}
      </div>
    </section>
  );
}
