import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationRole } from '@ipgn/contracts';
import { CopyButton } from '../../../shared/components/copy-button';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { looksLikeEmail } from '../../../shared/utils/looks-like-email';
import { useInviteMember } from '../hooks/use-invite-member';

export interface InviteMemberFormProps {
  orgId: string;
  assignable: readonly OrganizationRole[];
}

export function InviteMemberForm({ orgId, assignable }: InviteMemberFormProps) {
  const { t } = useTranslation();
  const invite = useInviteMember(orgId);
  const { formRef, fieldError, clientErrors, check } = useFormErrors(invite.error);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganizationRole>(
    assignable.includes('contributor') ? 'contributor' : assignable[0],
  );
  const linkId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = check({
      email: !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined,
    });
    if (!valid) return;
    invite.mutate({ email: email.trim(), role }, { onSuccess: () => setEmail('') });
  }

  return (
    <section aria-labelledby="invite-title" className="panel">
      <h2 id="invite-title">{t('members.invite.heading')}</h2>
      <p className="muted">{t('members.invite.intro')}</p>
      <form ref={formRef} noValidate onSubmit={submit} className="form">
        <FormErrorAlert error={invite.error} invalid={Object.keys(clientErrors).length > 0} />
        <div className="form__row">
          <TextField
            label={t('members.invite.email')}
            type="email"
            name="inviteEmail"
            autoComplete="off"
            required
            value={email}
            onChange={setEmail}
            error={fieldError('email')}
          />
          <SelectField
            label={t('members.invite.role')}
            name="inviteRole"
            value={role}
            onChange={(v) => setRole(v as OrganizationRole)}
            options={assignable.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            hint={t(`roleDescriptions.${role}`)}
            error={fieldError('role')}
          />
        </div>
        <SubmitButton pending={invite.isPending} pendingLabel={t('members.invite.submitting')}>
          {t('members.invite.submit')}
        </SubmitButton>
      </form>
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
