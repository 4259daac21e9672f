import type { assessmentJa } from '../../features/assessment/i18n/assessment-ja';
import type { benchmarkJa } from '../../features/benchmark/i18n/benchmark-ja';
import type { dialogueJa } from '../../features/dialogue/i18n/dialogue-ja';
import type { disclosuresJa } from '../../features/disclosures/i18n/disclosures-ja';
import type { draftsJa } from '../../features/drafts/i18n/drafts-ja';
import { landingJa } from '../../features/landing/i18n/landing-ja';
import { notificationsJa } from '../../features/notifications/i18n/notifications-ja';
import type { publicDisclosuresJa } from '../../features/public-disclosures/i18n/public-disclosures-ja';
import type { smeJa } from '../../features/sme/i18n/sme-ja';
import type { workshopsJa } from '../../features/workshops/i18n/workshops-ja';

/**
 * Japanese texts every page needs before it renders (the default language): the app's chrome, sign-in, errors and
 * the organization screens. A feature's own texts load with its pages (feature-texts.ts), so a page's first load
 * carries only the features it shows (first-load budget, issue 15). `messages-en.ts` has exactly the same keys.
 */
export const messagesJa = {
  app: {
    name: '知財ガバナンス・ナビ',
    tagline: '知財・無形資産ガバナンスの診断と開示を支援します',
    pageTitle: '{{page}} | 知財ガバナンス・ナビ',
  },
  common: {
    charCount: '{{current}} / {{max}}文字',
    required: '必須',
    loading: '読み込み中…',
    save: '保存する',
    saving: '保存中…',
    cancel: 'キャンセル',
    retry: '再試行',
    notSet: '未設定',
    you: 'あなた',
    backToHome: 'ホームに戻る',
    loadMore: 'もっと見る',
    loadingMore: '読み込み中…',
    shownOfTotal: '{{total}} 件中 {{shown}} 件を表示',
    chooseFile: 'ファイルを選ぶ',
    noFileChosen: 'ファイルが選ばれていません',
  },
  layout: {
    skipToContent: '本文へスキップ',
    siteNav: 'サイト',
    organizationNav: '組織メニュー',
    organizationSwitcher: '組織',
    switchOrganization: '組織を切り替える',
    createOrganization: '組織を作成',
    signOut: 'ログアウト',
    signingOut: 'ログアウト中…',
    signedInAs: '{{name}} としてログイン中',
    signIn: 'ログイン',
    signUp: '新規登録',
    companies: '企業の開示を見る',
    language: '表示言語',
    languageSaveFailed: '言語設定を保存できませんでした。この画面では選択した言語で表示します。',
  },
  languages: {
    ja: '日本語',
    en: 'English',
  },
  nav: {
    home: 'ホーム',
    profile: '組織プロフィール',
    members: 'メンバー',
    audit: '監査ログ',
    assessment: '自己診断',
    workshops: 'ワークショップ',
    disclosures: '開示評価',
    drafts: '開示ドラフト',
    questions: '投資家からの質問',
    advisorClients: '顧問先',
    checks: '開示チェック',
    unansweredCount: '回答待ちの質問 {{count}}件',
  },
  errors: {
    title: 'エラーが発生しました',
    network: 'サーバーに接続できませんでした。通信環境を確認して、もう一度お試しください。',
    unexpected: '予期しないエラーが発生しました。時間をおいて、もう一度お試しください。',
    invalidResponse:
      'サーバーから、この画面で読み取れない形式のデータが届きました。ページを再読み込みしてください。繰り返す場合は管理者にお知らせください。',
    requestId: '問い合わせ番号: {{id}}',
    fieldSummary: '入力内容を確認してください。',
    temporarilyUnavailable: 'サービスを一時的に利用できません。ログインは保たれています。自動で再試行しています…',
    retryIn_one: '約{{count}}分後に再びお試しいただけます。',
    retryIn_other: '約{{count}}分後に再びお試しいただけます。',
    inputKept: '入力した内容は消えていません。',
  },
  validation: {
    notANumber: '数値で入力してください（例: 3,000、1.5億）。',
    notAYear: '年度は 2028、2028年度、FY2028 のように入力してください。',
    numberTooLarge: '数値が大きすぎます（{{max}} まで）。',
    tooLong: '{{max}} 文字以内で入力してください（現在 {{current}} 文字）。',
    required: '入力してください。',
    email: 'メールアドレスの形式で入力してください。',
    passwordTooShort: 'パスワードは{{min}}文字以上にしてください。',
    passwordTooLong: 'パスワードは{{max}}文字以内にしてください。',
    passwordMismatch: 'パスワードが一致しません。',
  },
  auth: {
    email: 'メールアドレス',
    password: 'パスワード',
    signIn: {
      title: 'ログイン',
      intro: '登録済みのメールアドレスとパスワードでログインしてください。',
      submit: 'ログイン',
      submitting: 'ログイン中…',
      forgotPassword: 'パスワードをお忘れの方',
      noAccount: 'アカウントをお持ちでない方',
      signUpLink: '新規登録',
    },
    signUp: {
      title: '新規登録',
      intro: 'アカウントを作成します。企業アカウントでは、あわせて組織を作成し、あなたがオーナーになります。',
      invitationIntro: '招待を受けるためのアカウントを作成します。登録後、招待を承諾する画面に戻ります。',
      passwordHint: '{{min}}文字以上で入力してください。',
      displayName: '表示名',
      displayNameHint: 'メンバー一覧や監査ログに表示されます。',
      accountType: 'アカウントの種類',
      accountTypeCompany: '企業',
      accountTypeCompanyHint: '自社の知財ガバナンスを診断・開示します。組織を作成します。',
      accountTypeInvestor: '投資家',
      accountTypeInvestorHint: '企業が公開した開示情報を閲覧します。組織は作成しません。',
      organizationName: '組織の正式名称（日本語）',
      organizationNameHint: '例: 株式会社サンプル。後から組織プロフィールで変更できます。',
      listedIntro:
        '上場企業としてアカウントと組織を作成し、あなたがオーナーになります。上場区分と企業規模は、違っていればここで選び直してください。',
      submit: 'アカウントを作成',
      submitting: '作成中…',
      haveAccount: 'すでにアカウントをお持ちの方',
      signInLink: 'ログイン',
      emailTakenSignIn: 'ログインする',
      emailTakenReset: 'パスワードを再設定する',
    },
    forgotPassword: {
      title: 'パスワードの再設定',
      intro: '登録済みのメールアドレスを入力してください。パスワード再設定用のリンクをお送りします。',
      submit: '再設定リンクを送信',
      submitting: '送信中…',
      sent: '入力されたメールアドレスが登録されている場合、パスワード再設定用のリンクを送信しました。メールを確認してください。',
      backToSignIn: 'ログイン画面に戻る',
    },
    resetPassword: {
      title: '新しいパスワードの設定',
      intro: '新しいパスワードを入力してください。',
      newPassword: '新しいパスワード',
      confirmPassword: '新しいパスワード（確認）',
      submit: 'パスワードを変更',
      submitting: '変更中…',
      success: 'パスワードを変更しました。新しいパスワードでログインしてください。',
      missingToken: 'リンクが正しくありません。パスワード再設定のメールに記載されたリンクを開いてください。',
      requestNew: '再設定リンクをもう一度送信する',
      signIn: 'ログイン画面へ',
    },
  },
  accountTypes: {
    company: '企業',
    investor: '投資家',
  },
  roles: {
    owner: 'オーナー',
    admin: '管理者',
    contributor: '担当者',
    reviewer: 'レビュアー',
    advisor: 'アドバイザー',
    viewer: '閲覧者',
  },
  roleDescriptions: {
    owner: 'すべての操作ができます。オーナーの任命もできます。',
    admin: 'オーナーの任命以外のすべての操作ができます。',
    contributor: '知財部門など、実務を担当します。承認・公開はできません。',
    reviewer: '経営陣・取締役会など。閲覧とドラフトの承認ができます。',
    advisor: '社外の専門家。診断・評価・ドラフト作成を支援します。',
    viewer: '閲覧のみできます。',
  },
  listingStatuses: {
    prime: 'プライム市場',
    standard: 'スタンダード市場',
    growth: 'グロース市場',
    unlisted: '非上場',
  },
  companySizes: {
    large: '大企業',
    sme: '中小企業',
    startup: 'スタートアップ',
  },
  organization: {
    home: {
      yourRole: 'あなたの役割',
      intro: 'この組織で利用できる機能です。',
      profileCard: '組織名、上場区分、企業規模、業種、決算月を確認・編集します。',
      membersCard: 'メンバーの一覧、招待、役割の変更を行います。',
      membersCardReadOnly: 'メンバーの一覧と役割を確認します。',
      auditCard: '組織で行われた操作の記録を確認します。',
      createAnother: '別の組織を作成する',
    },
    profile: {
      title: '組織プロフィール',
      intro: '診断や開示評価で使う組織の基本情報です。',
      readOnly: 'あなたの役割ではプロフィールを編集できません。',
      legalNameJa: '正式名称（日本語）',
      legalNameEn: '正式名称（英語）',
      legalNameEnHint: '英文開示で使います。任意。',
      securitiesCode: '証券コード',
      securitiesCodeHint: '上場企業の4桁のコード（例：7203、130A）。投資家が企業を探すときに使います。任意。',
      securitiesCodeInvalid:
        '証券コードは4文字で入力してください（例：7203、130A）。1・3文字目は数字（1文字目は0以外）、2・4文字目は数字か英字です（英字は2024年からのコードで、B・E・I・O・Q・V・Zは使われません）。',
      listingStatus: '上場区分',
      companySize: '企業規模',
      industry: '業種（東証33業種）',
      industryPlaceholder: '選択してください',
      fiscalYearEndMonth: '決算月',
      month: '{{month}}月',
      saved: '組織プロフィールを保存しました。',
    },
    track: {
      listingStatus: '上場区分（市場区分）',
      listingStatusHint:
        '上場企業向けの診断・開示（CG報告書など）か、中小企業向けのチェック・1枚資料かが、これで決まります。後から組織プロフィールで変更できます。',
      listingStatusRequired: '上場区分を選んでください（上場していない場合は「非上場」）。',
      companySize: '企業規模',
      companySizeHint: '中小企業・スタートアップには、やさしい言葉の中小企業向けチェックをおすすめします。',
      companySizeRequired: '企業規模を選んでください。',
      choose: '選択してください',
    },
    create: {
      title: '組織を作成',
      intro: '新しい組織を作成します。あなたがオーナーになります。',
      submit: '組織を作成',
      submitting: '作成中…',
    },
    none: {
      title: '所属している組織がありません',
      body: '組織を作成するか、組織のオーナー・管理者から届いた招待リンクを開いてください。',
    },
    notFound: {
      title: '組織が見つかりません',
      body: 'この組織は存在しないか、あなたはメンバーではありません。',
    },
  },
  members: {
    title: 'メンバー',
    intro: 'この組織のメンバーと役割です。',
    listHeading: 'メンバー一覧',
    count: '{{count}}人',
    email: 'メールアドレス',
    role: '役割',
    joinedAt: '参加日',
    changeRole: '{{name}} の役割',
    applyRole: '変更',
    applyRoleLabel: '{{name}} の役割を変更',
    applyingRole: '変更中…',
    removeLabel: '{{name}} を削除',
    revokeLabel: '{{email}} への招待を取り消す',
    roleChanged: '{{name}} の役割を「{{role}}」に変更しました。',
    remove: '削除',
    removeConfirm: '{{name}} をこの組織から削除しますか？',
    confirmRemove: '削除する',
    removing: '削除中…',
    removed: '{{name}} を組織から削除しました。',
    empty: 'メンバーはいません。',
    invite: {
      heading: 'メンバーを招待',
      intro: '招待リンクを作成します。リンクを開いた人が、指定した役割でこの組織に参加できます。',
      email: '招待する人のメールアドレス',
      role: '役割',
      submit: '招待リンクを作成',
      submitting: '作成中…',
      created: '{{email}} 宛の招待を作成しました。次のリンクを相手に送ってください。',
      acceptUrl: '招待リンク',
      copy: 'リンクをコピー',
      copied: 'リンクをコピーしました。',
      copyFailed: 'コピーできませんでした。リンクを選択してコピーしてください。',
    },
    invitations: {
      heading: '招待中',
      empty: '承諾待ちの招待はありません。',
      invitedBy: '招待者',
      expiresAt: '有効期限',
      revoke: '取り消す',
      revokeConfirm: '{{email}} への招待を取り消しますか？',
      confirmRevoke: '取り消す',
      revoking: '取り消し中…',
      revoked: '{{email}} への招待を取り消しました。',
    },
  },
  invitation: {
    title: '組織への招待',
    intro: '「{{organization}}」から招待されています。',
    organization: '組織',
    email: '招待先メールアドレス',
    role: '役割',
    expiresAt: '有効期限',
    accept: '招待を承諾する',
    accepting: '承諾中…',
    signedInAs: '{{email}} としてログインしています。',
    needAccount: '承諾するには、ログインするかアカウントを作成してください。',
    signInToAccept: 'ログインして承諾',
    signUpToAccept: 'アカウントを作成して承諾',
    invalid:
      'この招待は無効です。期限切れか、取り消された可能性があります。招待した人に新しいリンクを依頼してください。',
  },
  audit: {
    title: '監査ログ',
    intro: 'この組織で行われた操作の記録です（新しい順）。',
    empty: '記録はまだありません。',
    actor: '操作者',
    target: '対象',
    when: '日時',
    system: 'システム',
    actions: {
      organization_created: '組織を作成',
      organization_updated: '組織プロフィールを更新',
      member_role_changed: 'メンバーの役割を変更',
      member_removed: 'メンバーを削除',
      invitation_created: 'メンバーを招待',
      invitation_revoked: '招待を取り消し',
      invitation_accepted: '招待を承諾',
      assessment_started: '診断を開始',
      assessment_submitted: '診断を提出',
      assessment_module_assigned: 'モジュールの担当者を設定',
      assessment_imported: '回答を取り込み',
      benchmark_opted_in: '業種ベンチマークに参加',
      benchmark_opted_out: '業種ベンチマークへの参加をやめる',
      assessment_planning_saved: '目標と対象範囲を更新',
      disclosure_scored: '開示文を評価',
      disclosure_deleted: '開示文の評価を削除',
      company_facts_updated: '企業情報を更新',
      draft_created: '開示ドラフトを作成',
      draft_submitted_for_review: 'ドラフトのレビューを依頼',
      draft_approved: 'ドラフトを承認',
      draft_changes_requested: 'ドラフトの修正を依頼',
      assessment_validation_requested: '回答の検証を依頼',
      assessment_answer_accepted: '回答を検証済みにした',
      assessment_answer_returned: '回答を差し戻した',
      draft_unpublished: 'ドラフトの公開を取り下げ',
      draft_published: 'ドラフトを公開',
      publication_renamed: '公開版の題名を変更',
      dialogue_question_asked: '投資家から質問',
      dialogue_question_answered: '投資家の質問に回答',
      dialogue_answer_edited: '回答を編集',
      dialogue_answer_withdrawn: '回答を取り下げ',
      workshop_created: 'ワークショップを作成',
      workshop_updated: 'ワークショップを変更',
      workshop_deleted: 'ワークショップを削除',
      workshop_started: 'ワークショップを開始',
      workshop_closed: 'ワークショップを終了',
      workshop_reopened: 'ワークショップを再開',
      workshop_answer_agreed: 'ワークショップの合意回答を記録',
      workshop_applied_to_assessment: 'ワークショップの結果を診断に反映',
    },
    targets: {
      assessment: '第{{round}}回の診断（{{track}}）',
      workshop: 'ワークショップ「{{title}}」',
      question: '「{{title}}」への質問',
      removed: '（削除された項目）',
    },
  },
  investor: {
    title: '公開された開示情報',
    intro: '投資家アカウントでは、企業が公開した知財・無形資産ガバナンスの開示情報を閲覧できます。',
    nav: { label: '投資家メニュー', home: 'ホーム', companies: '企業を探す' },
  },
  notifications: notificationsJa,
  landing: landingJa,
  notFound: {
    title: 'ページが見つかりません',
    body: 'お探しのページは存在しないか、移動した可能性があります。',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The render-blocking texts' shape, which every language fills. */
export type CoreMessages = Widen<typeof messagesJa>;

/** Each feature's Japanese texts, as typed literals (type-only imports: no feature's texts enter this chunk). */
export interface FeatureTextsJa {
  assessment: typeof assessmentJa;
  benchmark: typeof benchmarkJa;
  dialogue: typeof dialogueJa;
  disclosures: typeof disclosuresJa;
  drafts: typeof draftsJa;
  publicDisclosures: typeof publicDisclosuresJa;
  sme: typeof smeJa;
  workshops: typeof workshopsJa;
}

/** Every UI text's key, once all features' texts are loaded: what `t()` is typed against. */
export type AllMessagesJa = typeof messagesJa & FeatureTextsJa;

/** The shape every language must fill, core and features. */
export type Messages = Widen<AllMessagesJa>;
