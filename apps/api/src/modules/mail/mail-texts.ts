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
  // Workflow and dialogue notifications ({{title}}: the draft or publication, {{actor}}: who acted).
  review_requested: {
    ja: {
      subject: '【知財ガバナンス・ナビ】レビュー依頼：{{title}}',
      text: '{{actor}} さんから、{{organization}} の開示ドラフト「{{title}}」のレビュー依頼が届きました。\n次のリンクから内容を確認し、承認または差戻しをしてください。\n\n{{link}}',
    },
    en: {
      subject: '[IP Governance Navigator] Review requested: {{title}}',
      text: '{{actor}} asked you to review the draft "{{title}}" of {{organization}}.\nOpen it to approve it or request changes:\n\n{{link}}',
    },
  },
  draft_approved: {
    ja: {
      subject: '【知財ガバナンス・ナビ】承認されました：{{title}}',
      text: '{{organization}} の開示ドラフト「{{title}}」が {{actor}} さんにより承認されました。\n公開の権限を持つメンバーが公開できます。\n\n{{link}}',
    },
    en: {
      subject: '[IP Governance Navigator] Approved: {{title}}',
      text: 'The draft "{{title}}" of {{organization}} was approved by {{actor}}.\nA member allowed to publish can now publish it.\n\n{{link}}',
    },
  },
  changes_requested: {
    ja: {
      subject: '【知財ガバナンス・ナビ】修正依頼：{{title}}',
      text: '{{actor}} さんが、{{organization}} の開示ドラフト「{{title}}」に修正を依頼しました。\n次のリンクから依頼内容を確認してください。\n\n{{link}}',
    },
    en: {
      subject: '[IP Governance Navigator] Changes requested: {{title}}',
      text: '{{actor}} requested changes to the draft "{{title}}" of {{organization}}.\nSee what should change:\n\n{{link}}',
    },
  },
  draft_published: {
    ja: {
      subject: '【知財ガバナンス・ナビ】公開されました：{{title}}',
      text: '{{organization}} の開示「{{title}}」が {{actor}} さんにより公開されました。投資家向けの企業ページで誰でも読めます。\n\n{{link}}',
    },
    en: {
      subject: '[IP Governance Navigator] Published: {{title}}',
      text: '"{{title}}" of {{organization}} was published by {{actor}}. Anyone can now read it on the company page for investors.\n\n{{link}}',
    },
  },
  question_asked: {
    ja: {
      subject: '【知財ガバナンス・ナビ】投資家から新しい質問：{{title}}',
      text: '{{organization}} の公開文書「{{title}}」について、投資家から新しい質問が届きました。\n次のリンクから回答してください。\n\n{{link}}',
    },
    en: {
      subject: '[IP Governance Navigator] New investor question: {{title}}',
      text: 'An investor asked a new question about "{{title}}", published by {{organization}}.\nAnswer it here:\n\n{{link}}',
    },
  },
} as const;

/** The kinds of mail this product sends (a notification's kind is one of them). */
export type MailKind = keyof typeof TEXTS;

export function translateMail(
  locale: Locale,
  kind: keyof typeof TEXTS,
  vars: Record<string, string>,
): { subject: string; text: string } {
  const t = TEXTS[kind][locale];
  const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
  return { subject: fill(t.subject), text: fill(t.text) };
}
