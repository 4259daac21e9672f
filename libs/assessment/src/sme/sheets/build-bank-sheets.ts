import { Answers } from '../../bank/answer';
import { AssessmentProfile } from '../../bank/assessment-profile';
import { getQuestion } from '../../bank/question-bank';
import { visibleQuestions } from '../../bank/visible-questions';
import { LocalizedText, t } from '../../i18n/localized-text';
import { answerLabel } from '../report/answer-label';
import { SmeReport } from '../report/sme-report-types';
import { BankSheet, BankSheetRow, BankSheets, BankSheetsCompany } from './bank-sheets-model';

type RowSpec = readonly [questionId: string, item: LocalizedText];

/**
 * Lays the SME answers out along the 経営デザインシート (what has worked so far → environmental change → the future →
 * the transition, REFERENCE §5.4) and the four non-financial viewpoints of ロカベン (REFERENCE §5.5). These are
 * editable sheets in that order, not the official forms themselves; the notes say so.
 */
export function buildBankSheets(input: {
  answers: Answers;
  profile: AssessmentProfile;
  company: BankSheetsCompany;
  report: SmeReport;
}): BankSheets {
  const visible = new Set(visibleQuestions('sme', input.answers, input.profile).map((q) => q.id));
  const row = ([id, item]: RowSpec): BankSheetRow => {
    const q = getQuestion(id);
    const value = visible.has(id) ? input.answers[id] : undefined;
    const answer = q && value !== null && value !== undefined ? answerLabel(q, value) : null;
    return { item, answer, level: q?.type === 'maturity' && typeof value === 'number' ? value : null, questionId: id };
  };
  const free = (item: LocalizedText, answer: LocalizedText | null): BankSheetRow => ({
    item,
    answer,
    level: null,
    questionId: null,
  });
  const rows = (specs: readonly RowSpec[]): BankSheetRow[] => specs.filter(([id]) => visible.has(id)).map(row);
  const steps = input.report.nextSteps;

  const design: BankSheet = {
    id: 'management-design-sheet',
    title: t('経営デザインシート（知財の項目）', 'Management design sheet (IP items)'),
    note: t(
      '経営デザインシートの考え方（これまで・環境変化・これから・移行）に沿って、自己診断の回答を並べた編集用のシートです。公式の様式そのものではありません。空欄は社長が書き足してください。',
      'The self-check answers laid out along the management design sheet (so far, change, the future, the transition). An editable sheet, not the official form; fill the blanks yourself.',
    ),
    sections: [
      {
        heading: t(
          'これまで：お客様に提供してきた価値と強み',
          'So far: the value you have given customers, and your strengths',
        ),
        rows: rows([
          ['sme-strengths.why-customers', t('お客様に選ばれる理由', 'Why customers choose us')],
          [
            'sme-strengths.kinds',
            t('強みとなっている資源（目に見えない強み）', 'Resources behind it (invisible strengths)'),
          ],
          ['sme-brand.trademark', t('会社名・商品名の商標', 'Trademarks for our names')],
          ['sme-secrets.has-secret', t('守るべきノウハウ', 'Know-how to protect')],
        ]),
      },
      {
        heading: t('環境の変化：取引先と市場', 'Change around us: customers and markets'),
        rows: rows([
          ['sme-brand.sells-abroad', t('海外での販売', 'Selling abroad')],
          ['sme-brand.copies-seen', t('海外でのまねた商品', 'Copies seen abroad')],
          ['sme-deals.drawing-requests', t('図面やノウハウを求められること', 'Requests for drawings or know-how')],
          ['sme-deals.joint-work', t('お客様との共同開発', 'Joint development with customers')],
        ]),
      },
      {
        heading: t('これから：目指す姿（社長が記入）', 'The future: where we are going (fill in)'),
        rows: [
          free(t('5年後にお客様に選ばれている理由', 'Why customers will choose us in five years'), null),
          free(t('そのために必要な資源', 'The resources that takes'), null),
        ],
      },
      {
        heading: t('移行：これからの三つの取り組み', 'The transition: our three next steps'),
        rows: steps.map((s, i) => free(t(`${i + 1}. ${s.title.ja}`, `${i + 1}. ${s.title.en}`), s.thisMonth)),
      },
    ],
  };

  const locaben: BankSheet = {
    id: 'locaben-non-financial',
    title: t('ロカベン 非財務の4つの視点（知財の項目）', 'Locaben: the four non-financial viewpoints (IP items)'),
    note: t(
      'ロカベンの非財務の4つの視点に沿って、自己診断の回答を並べた編集用のシートです。公式の様式そのものではありません。',
      'The self-check answers laid out along Locaben’s four non-financial viewpoints. An editable sheet, not the official form.',
    ),
    sections: [
      {
        heading: t('経営者への着目', 'The owner'),
        rows: rows([
          [
            'sme-strengths.written-down',
            t('強みを書き出し、計画に使っているか', 'Strengths written down and used in planning'),
          ],
          [
            'sme-help.bank-talk',
            t('銀行に目に見えない強みを伝えているか', 'Invisible strengths explained to the bank'),
          ],
          ['sme-help.advisers', t('相談できる専門家や窓口', 'Advisers and help desks')],
        ]),
      },
      {
        heading: t('事業への着目', 'The business'),
        rows: rows([
          ['sme-strengths.why-customers', t('お客様に選ばれる理由', 'Why customers choose us')],
          ['sme-strengths.kinds', t('強みの種類', 'Kinds of strength')],
          ['sme-strengths.handover', t('強みが人に依存していないか', 'Whether the strength depends on one person')],
        ]),
      },
      {
        heading: t('企業を取り巻く環境・関係者への着目', 'Environment and stakeholders'),
        rows: rows([
          ['sme-deals.drawing-requests', t('図面やノウハウの要請', 'Requests for drawings or know-how')],
          [
            'sme-deals.drawing-terms',
            t('渡すときの目的と代金の取り決め', 'Purpose and price agreed when handing over'),
          ],
          ['sme-deals.nda-first', t('秘密保持契約', 'Non-disclosure agreements')],
          ['sme-deals.joint-ownership', t('共同開発の成果の持ち主', 'Ownership of joint results')],
          ['sme-brand.sells-abroad', t('海外での販売', 'Selling abroad')],
          ['sme-brand.export-trademark', t('売る国での商標登録', 'Trademarks where we sell')],
        ]),
      },
      {
        heading: t('内部管理体制への着目', 'Internal management'),
        rows: rows([
          ['sme-secrets.marked', t('秘密の情報の表示と保管', 'Marking and storing secret information')],
          ['sme-secrets.access', t('見られる人の決まり', 'Who may see it')],
          ['sme-secrets.not-public', t('公開していないことの確認', 'Checked it is not public')],
          ['sme-secrets.staff-promise', t('社員との秘密を守る約束', 'Staff confidentiality promises')],
          ['sme-deals.guideline-known', t('知的財産取引に関するガイドラインの活用', 'Use of the SME Agency guideline')],
          ['sme-help.budget', t('今年使える予算', 'Budget this year')],
        ]),
      },
    ],
  };

  return { company: input.company, sheets: [design, locaben] };
}
