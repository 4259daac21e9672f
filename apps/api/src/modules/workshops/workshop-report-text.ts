import type { Locale } from '@ipgn/assessment';
import type { WorkshopDepartment } from './workshop-departments';

/** Department names in both languages (the same wording as the web console). */
export const DEPARTMENT_LABELS: Record<WorkshopDepartment, Record<Locale, string>> = {
  executive: { ja: '経営層', en: 'Executives' },
  ip: { ja: '知財部門', en: 'IP department' },
  rnd: { ja: '研究開発', en: 'R&D' },
  business: { ja: '事業部門', en: 'Business units' },
  planning: { ja: '経営企画', en: 'Corporate planning' },
  ir_finance: { ja: 'IR・財務', en: 'IR / finance' },
  legal: { ja: '法務', en: 'Legal' },
  other: { ja: 'その他', en: 'Other' },
};

/** Every sentence of the workshop report, in both languages. */
export const WORKSHOP_REPORT_TEXT = {
  ja: {
    title: 'ワークショップ報告書',
    file: 'ワークショップ報告書',
    responsesFile: 'ワークショップ回答',
    organization: '企業',
    date: '実施日',
    anonymity: '回答方式',
    named: '記名',
    anonymous: '匿名（部門内）',
    respondents: '回答者数',
    questionCount: '質問数',
    agreedCount: '合意した回答',
    people: (n: string) => `${n}人`,
    summary: '要約',
    summaryIntro: '部門間で評価が最も分かれた点（差の大きい順）：',
    gapLine: (action: string, high: string, highMean: string, low: string, lowMean: string, spread: string) =>
      `${action}：${high}（平均 ${highMean}）と${low}（平均 ${lowMean}）の認識差 ${spread} ポイント。`,
    views: (high: string, highView: string, low: string, lowView: string) =>
      `${high}は「${highView}」、${low}は「${lowView}」に近い状態と見ています。`,
    strongest: (action: string, mean: string) => `全体で最も評価が高いのは${action}（平均 ${mean}）。`,
    weakest: (action: string, mean: string) =>
      `最も低いのは${action}（平均 ${mean}）。ここが次の投資と議論の候補です。`,
    noGaps:
      '部門間で大きな認識差は見られませんでした。合意した回答を診断に反映し、次回のワークショップで変化を確認してください。',
    distributions: '質問別の回答分布（割合）',
    total: '全体',
    mean: '平均（0〜100）',
    share: (pct: string, count: string) => `${pct}（${count}人）`,
    withheld: '回答者が3人未満のため、全体の分布は表示しません。',
    smallGroups: '回答者が3人未満の部門は部門別には表示せず、全体にのみ含めています。',
    heatMap: '認識ギャップ・ヒートマップ（部門 × ガイドラインのアクション、平均 0〜100）',
    heatLegend:
      '色が濃いほど平均が高い（0〜100）。数値は各セルに表示しています。「—」は回答者が3人未満のため表示しない欄です。',
    department: '部門',
    action: 'アクション',
    notShown: '—',
    agreed: '合意した回答',
    noAgreed: '合意した回答はまだ記録されていません。',
    nextSteps: '次の一歩（認識差の大きい順）',
    gap: (action: string, high: string, low: string, spread: string) =>
      `${action}：${high}と${low}の認識差 ${spread} ポイント`,
    evidence: (prompt: string, high: string, low: string) =>
      `「${prompt}」：${high}が高く評価する根拠（資料・事例）と${low}が懸念する点を、それぞれ3点ずつ書き出して突き合わせる。`,
    target: (prompt: string, target: string) =>
      `「${prompt}」：次の段階「${target}」に届くために必要なことを一つ決め、担当者と期限を付ける。`,
    recordAgreed: (prompt: string) => `「${prompt}」：合意した回答を自己診断に反映し、次回の診断で変化を確かめる。`,
    agreeFirst: (prompt: string) =>
      `「${prompt}」：まだ合意した回答がありません。次回の会議で一つの回答に合意し、記録する。`,
    seeAbove: (ranks: string) =>
      `同じ設問による差は ${ranks} で扱います。${ranks} の結論をこのアクションの担当者にも共有する。`,
    agreedMark: '（合意済み）',
    sheet: '回答',
    headers: {
      participant: '参加者',
      department: '部門',
      questionNo: '質問番号',
      questionId: '設問ID',
      prompt: '質問',
      answer: '回答',
      meaning: '回答の意味',
      answeredAt: '回答日時（JST）',
    },
  },
  en: {
    title: 'Workshop report',
    file: 'workshop-report',
    responsesFile: 'workshop-responses',
    organization: 'Company',
    date: 'Date',
    anonymity: 'Answers',
    named: 'named',
    anonymous: 'anonymous within a department',
    respondents: 'Respondents',
    questionCount: 'Questions',
    agreedCount: 'Agreed answers',
    people: (n: string) => n,
    summary: 'Summary',
    summaryIntro: 'Where departments disagreed most (largest gap first):',
    gapLine: (action: string, high: string, highMean: string, low: string, lowMean: string, spread: string) =>
      `${action}: ${high} (mean ${highMean}) and ${low} (mean ${lowMean}) differ by ${spread} points.`,
    views: (high: string, highView: string, low: string, lowView: string) =>
      `${high} see it close to “${highView}”; ${low} close to “${lowView}”.`,
    strongest: (action: string, mean: string) => `Rated highest overall: ${action} (mean ${mean}).`,
    weakest: (action: string, mean: string) =>
      `Rated lowest: ${action} (mean ${mean}) — the first candidate for discussion and investment.`,
    noGaps:
      'No large gaps between departments. Write the agreed answers into the assessment and check for change at the next workshop.',
    distributions: 'Answer distribution per question (shares)',
    total: 'Total',
    mean: 'Mean (0–100)',
    share: (pct: string, count: string) => `${pct} (${count})`,
    withheld: 'Fewer than 3 respondents: the distribution is not shown.',
    smallGroups: 'Departments with fewer than 3 respondents are not shown on their own, only inside the total.',
    heatMap: 'Perception-gap heat map (department × guideline action, mean 0–100)',
    heatLegend:
      'Darker means a higher mean (0–100); every cell prints its number. “—”: fewer than 3 respondents, not shown.',
    department: 'Department',
    action: 'Action',
    notShown: '—',
    agreed: 'Agreed answers',
    noAgreed: 'No agreed answers have been recorded yet.',
    nextSteps: 'Next steps (largest gaps first)',
    gap: (action: string, high: string, low: string, spread: string) =>
      `${action}: ${high} and ${low} differ by ${spread} points`,
    evidence: (prompt: string, high: string, low: string) =>
      `“${prompt}”: ${high} list three pieces of evidence for their rating, ${low} three concerns; compare them side by side.`,
    target: (prompt: string, target: string) =>
      `“${prompt}”: decide the one thing needed to reach the next level, “${target}”, with an owner and a date.`,
    recordAgreed: (prompt: string) =>
      `“${prompt}”: write the agreed answer into the assessment and check for change at the next round.`,
    agreeFirst: (prompt: string) =>
      `“${prompt}”: no agreed answer yet — agree on one at the next meeting and record it.`,
    seeAbove: (ranks: string) =>
      `The questions behind this gap are dealt with under ${ranks}: share that outcome with whoever owns this action.`,
    agreedMark: ' (agreed)',
    sheet: 'Responses',
    headers: {
      participant: 'Participant',
      department: 'Department',
      questionNo: 'No.',
      questionId: 'Question ID',
      prompt: 'Question',
      answer: 'Answer',
      meaning: 'Meaning',
      answeredAt: 'Answered at (JST)',
    },
  },
} as const;
