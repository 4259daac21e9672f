import type { LocalizedText } from '@ipgn/assessment';
import type { StoryCheckItem, StoryCheckStatus, StoryFindingKind } from '../story/story-model';
import { p } from './draft-template';

/** Wording of the story checks; `{subject}` names the KPI, allocation, chain or benchmark. */
export const STORY_FINDING_TEXT: Readonly<Record<StoryFindingKind, LocalizedText>> = {
  'kpi-unlinked': p(
    'KPI「{subject}」は、どの価値創造の道筋のどの段階も測っていません。対象の無形資産を選ぶか、KPIを見直してください。',
    'The KPI "{subject}" tracks no step of any value-creation path. Pick the intangible it tracks, or reconsider the KPI.',
  ),
  'largest-allocation-not-focus': p(
    '最大の投資配分（{subject}）が、重点事業として入力されていない事業に向いています。重点事業か配分のどちらかを見直してください。',
    'The largest allocation ({subject}) goes to a business that is not entered as a focus. Review the focus businesses or the allocation.',
  ),
  'advantage-without-evidence': p(
    '「{subject}」という強みに、裏付けとなる数値がありません。',
    'The advantage "{subject}" has no supporting figure.',
  ),
  'benchmark-unrelated': p(
    '他社比較「{subject}」を踏まえた判断が、どの価値創造の道筋の事業とも結び付いていません。',
    'The decision taken on the comparison "{subject}" is not tied to the business of any value-creation path.',
  ),
  'no-chain': p(
    '価値創造の道筋（無形資産→強み→顧客価値→財務）が入力されていません。',
    'No value-creation path (intangible → advantage → customer value → financial result) has been entered.',
  ),
};

export const STORY_CHECK_LABELS: Readonly<Record<StoryCheckItem['id'], LocalizedText>> = {
  chains: p('事業ごとの価値創造の道筋がある', 'Each business has a value-creation path'),
  evidence: p('強みに裏付けの数値がある', 'Advantages have a supporting figure'),
  'kpis-linked': p('KPIが道筋のいずれかの段階を測っている', 'KPIs track a step of a path'),
  'allocation-focus': p('最大の投資配分が重点事業に向いている', 'The largest allocation goes to a focus business'),
  benchmarks: p(
    '他社比較を踏まえた判断が道筋の事業に結び付いている',
    'Decisions from comparisons concern a business of a path',
  ),
  oversight: p(
    '取締役会・経営が道筋と配分を監督している',
    'The board or management oversees the paths and allocations',
  ),
};

export const STORY_STATUS_LABELS: Readonly<Record<StoryCheckStatus, LocalizedText>> = {
  ok: p('整合', 'Coherent'),
  warning: p('要確認', 'Check'),
  missing: p('未入力', 'Not entered'),
};

/** Node labels of the story's Mermaid flowchart; `{name}`, `{actual}` and `{amount}` are filled in. */
export const STORY_DIAGRAM_TEXT = {
  kpi: p('KPI: {name}{actual}', 'KPI: {name}{actual}'),
  kpiActual: p(' {value}（{period}）', ' {value} ({period})'),
  allocation: p('投資: {amount}', 'Investment: {amount}'),
} as const satisfies Readonly<Record<string, LocalizedText>>;
