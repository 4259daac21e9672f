import { AnswerValue } from '../../bank/answer';
import { t } from '../../i18n/localized-text';
import { SmeExposure } from './sme-report-types';

type Lookup = (id: string) => AnswerValue | undefined;

const is = (v: AnswerValue | undefined, ...ids: string[]): boolean => typeof v === 'string' && ids.includes(v);
const atMost = (v: AnswerValue | undefined, level: number): boolean => typeof v === 'number' && v <= level;

/**
 * Where the business is exposed, read from visible answers only (a skipped question never counts against the
 * owner). Rules are data-like and ordered; each names the answers it read.
 */
export function smeExposures(a: Lookup): SmeExposure[] {
  const out: SmeExposure[] = [];
  const hasSecret = is(a('sme-secrets.has-secret'), 'yes', 'unsure');
  if (hasSecret) {
    const notMarked = atMost(a('sme-secrets.marked'), 1) || is(a('sme-secrets.access'), 'anyone', 'roughly');
    const shown = is(a('sme-secrets.not-public'), 'shown', 'unsure');
    const noPromise = atMost(a('sme-secrets.staff-promise'), 1);
    if (notMarked || shown || noPromise) {
      const ids = [
        ...(notMarked ? ['sme-secrets.marked', 'sme-secrets.access'] : []),
        ...(shown ? ['sme-secrets.not-public'] : []),
        ...(noPromise ? ['sme-secrets.staff-promise'] : []),
      ];
      out.push({
        id: 'exposure.unprotected-know-how',
        severity: notMarked ? 3 : 2,
        title: t('守られていないノウハウ', 'Know-how that is not protected'),
        why: t(
          `秘密にしたい情報が、${[notMarked ? '秘密と分かる形で管理されていない（秘密管理性）' : '', shown ? '外に見せた可能性がある（非公知性）' : '', noPromise ? '社員との約束がない' : ''].filter(Boolean).join('、')}状態です。このままでは持ち出されても営業秘密として守られないおそれがあります。`,
          `Information you want to keep secret ${[notMarked ? 'is not managed as a secret' : '', shown ? 'may already have been shown outside' : '', noPromise ? 'is not covered by a promise from staff' : ''].filter(Boolean).join('; ')}. If it were taken, the law might not protect it as a trade secret.`,
        ),
        questionIds: ids,
      });
    }
  }
  if (is(a('sme-deals.drawing-terms'), 'free', 'verbal')) {
    out.push({
      id: 'exposure.drawings-handed-over',
      severity: 3,
      title: t('目的も代金も決めずに渡している図面', 'Drawings handed over with no agreed purpose or price'),
      why: t(
        '図面やデータを、書面の約束なしに渡しています。よその工場で同じ物を作られても、止めるのが難しくなります。',
        'Drawings or data go out without a written agreement. If the same part is then made elsewhere, it is hard to stop.',
      ),
      questionIds: ['sme-deals.drawing-terms'],
    });
  }
  if (atMost(a('sme-deals.nda-first'), 1) || is(a('sme-deals.joint-ownership'), 'no', 'after')) {
    out.push({
      id: 'exposure.talks-without-agreement',
      severity: 2,
      title: t('約束なしで始める技術の話や共同開発', 'Technical talks or joint work without an agreement'),
      why: t(
        '秘密保持契約や成果の持ち主を決めずに話や開発を始めると、後で自社の技術を使えなくなることがあります。',
        'Starting talks or joint development without an NDA or agreed ownership can leave you unable to use your own technology later.',
      ),
      questionIds: ['sme-deals.nda-first', 'sme-deals.joint-ownership'].filter((id) => a(id) !== undefined),
    });
  }
  if (is(a('sme-brand.export-trademark'), 'no', 'unsure')) {
    const copies = is(a('sme-brand.copies-seen'), 'yes');
    out.push({
      id: 'exposure.brand-unregistered-abroad',
      severity: copies ? 3 : 2,
      title: t('売る国で登録していない名前', 'A name not registered where you sell'),
      why: t(
        `海外で売る（売りたい）のに、その国で商標を登録していません。${copies ? 'すでにまねた物も見つかっています。' : ''}先に登録されると、その国で自社の名前を使えなくなるおそれがあります。`,
        `You sell (or plan to sell) abroad without a trademark there.${copies ? ' Copies have already been seen.' : ''} If someone registers first, you may lose the use of your own name in that country.`,
      ),
      questionIds: ['sme-brand.export-trademark', ...(copies ? ['sme-brand.copies-seen'] : [])],
    });
  }
  if (is(a('sme-brand.trademark'), 'no', 'unsure')) {
    out.push({
      id: 'exposure.brand-unregistered',
      severity: 2,
      title: t('登録していない会社名・商品名', 'Company or product names not registered'),
      why: t(
        '名前を商標として登録していません。よその会社に先に登録されると、名前を変えることになりかねません。',
        'Your names are not registered as trademarks. If another company registers them first, you may have to rename.',
      ),
      questionIds: ['sme-brand.trademark'],
    });
  }
  if (is(a('sme-strengths.handover'), 'no')) {
    out.push({
      id: 'exposure.skill-in-one-head',
      severity: 1,
      title: t('一人の頭の中だけにある技', 'Skill that lives in one person'),
      why: t(
        '強みが一人にしかできない状態です。その人が休むと、強みも止まります。',
        'Only one person can do it. When they are away, the strength stops too.',
      ),
      questionIds: ['sme-strengths.handover'],
    });
  }
  return out.sort((x, y) => y.severity - x.severity);
}
