import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const employeeInventionsPlanRule = definePlanRule({
  id: 'plan.employee-inventions.v1',
  gglAction: 5,
  questionIds: ['m13.invention-rules', 'm13.invention-incentives'],
  title: t('職務発明の規程と報奨を見直す', 'Review employee-invention rules and rewards'),
  nextStep: t(
    '職務発明の規程を現行の特許法35条と手続（基準の開示・協議・意見の聴取）に合わせ、AIを使った発明や共同開発も対象に含める。報奨を事業への貢献と結びつけ、発明届の数と質で効果を測る。',
    'Bring the employee-invention rules in line with Patent Act article 35 and its procedure (published criteria, consultation, hearing objections), covering AI-assisted inventions and joint development. Tie rewards to business contribution and measure their effect on the number and quality of invention reports.',
  ),
  effort: 'M',
  importance: 1,
});
