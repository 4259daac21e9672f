import type { Locale } from '@ipgn/contracts';

const TEXTS = {
  passwordReset: {
    ja: {
      subject: '【知財ガバナンス・ナビ】パスワード再設定のご案内',
      text: 'パスワード再設定のリクエストを受け付けました。\n次のリンクから1時間以内に新しいパスワードを設定してください。\n\n{{link}}\n\nお心当たりがない場合は、このメールを破棄してください。',
    },
    en: {
      subject: '[IP Governance Navigator] Reset your password',
      text: 'We received a request to reset your password.\nSet a new password within one hour using this link:\n\n{{link}}\n\nIf you did not ask for this, you can ignore this e-mail.',
    },
  },
  invitation: {
    ja: {
      subject: '【知財ガバナンス・ナビ】{{organization}} への招待',
      text: '{{inviter}} さんから、{{organization}} に「{{role}}」として招待されました。\n次のリンクから参加してください（有効期限: {{expires}}）。\n\n{{link}}',
    },
    en: {
      subject: '[IP Governance Navigator] Invitation to {{organization}}',
      text: '{{inviter}} invited you to join {{organization}} as "{{role}}".\nAccept with this link (valid until {{expires}}):\n\n{{link}}',
    },
  },
} as const;

export function translateMail(
  locale: Locale,
  kind: keyof typeof TEXTS,
  vars: Record<string, string>,
): { subject: string; text: string } {
  const t = TEXTS[kind][locale];
  const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
  return { subject: fill(t.subject), text: fill(t.text) };
}
