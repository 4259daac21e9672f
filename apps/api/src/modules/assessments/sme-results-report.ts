import { PREFECTURES } from '@ipgn/contracts';
import type { Locale, SmeReport } from '@ipgn/assessment';
import { formatDate } from '../../common/export/format-values';
import type { Report, ReportBlock } from '../../common/export/report-model';

const T = {
  ja: {
    title: '中小企業向けチェック 結果',
    date: '出力日',
    strengths: 'あなたの会社の強み',
    ownWords: 'お客様に選ばれる理由（社長の言葉）',
    doingWell: 'すでにできていること',
    exposure: '守りが弱いところ',
    none: '答えの中には、急いで守るべきところは見つかりませんでした。',
    steps: '今月からの3つの一手',
    thisMonth: '今月やること',
    cost: 'かかるお金',
    help: '無料で相談できる先',
    support: '無料で相談できる窓口',
    supportFor: (p: string) => `${p}で無料で相談できる窓口`,
    portal: '公式ページ',
    phone: '全国共通の電話番号',
    noUrl: '公式ページのアドレスは未確認です。',
    asOf: (d: string) => `この一覧は ${d} 時点の情報です。所在地や電話番号は各窓口の公式ページで確かめてください。`,
  },
  en: {
    title: 'SME check: results',
    date: 'Date',
    strengths: 'Your company’s strengths',
    ownWords: 'Why customers choose you (your words)',
    doingWell: 'What you already do well',
    exposure: 'Where you are exposed',
    none: 'Your answers show nothing that needs protecting urgently.',
    steps: 'Three things to do from this month',
    thisMonth: 'This month',
    cost: 'What it costs',
    help: 'Free help',
    support: 'Free help',
    supportFor: (p: string) => `Free help in ${p}`,
    portal: 'Official page',
    phone: 'Nationwide number',
    noUrl: 'Official web address not yet confirmed.',
    asOf: (d: string) => `This list is as of ${d}. Check addresses and phone numbers on each official page.`,
  },
} as const;

/**
 * The results PDF of an SME round (bank 2026.12-1): the owner's strengths, exposure, the three next steps and free
 * help — the same content as the web page, and no listed-company metric (no scores, PBR or market value).
 */
export function smeResultsReport(report: SmeReport, company: string, locale: Locale, now: Date): Report {
  const t = T[locale];
  const pref = PREFECTURES.find((p) => p.id === report.support.prefecture);
  const own = report.strengths.find((s) => s.kind === 'own-words');
  const kinds = report.strengths.find((s) => s.kind === 'strength-kind');
  const good = report.strengths.filter((s) => s.kind === 'good-practice');
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: t.strengths }];
  if (own)
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: `${t.ownWords}: ` }, { text: own.text[locale], style: 'strong' }],
    });
  if (kinds) blocks.push({ kind: 'paragraph', runs: [{ text: kinds.text[locale] }] });
  if (good.length > 0)
    blocks.push(
      { kind: 'heading', level: 3, text: t.doingWell },
      { kind: 'bullets', items: good.map((s) => s.text[locale]) },
    );
  blocks.push({ kind: 'heading', level: 1, text: t.exposure });
  if (report.exposures.length === 0) blocks.push({ kind: 'paragraph', runs: [{ text: t.none }] });
  for (const e of report.exposures)
    blocks.push(
      { kind: 'heading', level: 3, text: e.title[locale] },
      { kind: 'paragraph', runs: [{ text: e.why[locale] }] },
    );
  blocks.push({ kind: 'heading', level: 1, text: t.steps });
  const helpName = (id: string) => report.support.contacts.find((c) => c.programmeId === id)?.name[locale] ?? id;
  report.nextSteps.forEach((s, i) => {
    blocks.push(
      { kind: 'heading', level: 3, text: `${i + 1}. ${s.title[locale]}` },
      {
        kind: 'bullets',
        items: [
          `${t.thisMonth}: ${s.thisMonth[locale]}`,
          `${t.cost}: ${s.cost[locale]}`,
          `${t.help}: ${s.freeHelp.map(helpName).join(locale === 'ja' ? '、' : ', ')}`,
        ],
      },
    );
  });
  blocks.push({ kind: 'heading', level: 1, text: pref ? t.supportFor(pref[locale]) : t.support });
  for (const c of report.support.contacts) {
    blocks.push(
      { kind: 'heading', level: 3, text: c.name[locale] },
      {
        kind: 'bullets',
        items: [
          c.offers[locale],
          c.url ? `${t.portal}: ${c.url}` : t.noUrl,
          ...(c.nationalPhone ? [`${t.phone}: ${c.nationalPhone}`] : []),
        ],
      },
    );
  }
  blocks.push({ kind: 'note', text: t.asOf(report.support.asOf) });
  return {
    language: locale,
    title: t.title,
    header: [company, `${t.date}: ${formatDate(now, locale)}`],
    author: company,
    createdAt: now,
    blocks,
  };
}
