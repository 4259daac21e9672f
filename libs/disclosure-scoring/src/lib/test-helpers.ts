import { scoreDisclosure } from './score-disclosure';
import type { CriterionId, CriterionResult } from './types';

/** Test helper: the result of one criterion for a text. */
export function criterionOf(text: string, id: CriterionId): CriterionResult {
  const r = scoreDisclosure(text).criteria.find((c) => c.id === id);
  if (!r) throw new Error(`criterion ${id} missing`);
  return r;
}

/** Generic sentences any company could write (JPX400 △ pattern), used to pad texts in tests. */
export const BOILERPLATE_JA: readonly string[] = [
  '当社は、知的財産を重要な経営資源と認識しております。',
  '知的財産の適切な保護・管理に努めてまいります。',
  '今後、知的財産への投資について検討してまいります。',
  '取締役会は、知的財産への投資について適切に監督しております。',
  '持続的な成長と中長期的な企業価値の向上に向けて、知的財産の活用を推進してまいります。',
  '当社グループは、他者の知的財産権を尊重し、侵害することのないよう努めております。',
  '人的資本や知的財産への投資は重要であると考えております。',
];
export const BOILERPLATE_EN: readonly string[] = [
  'We recognize intellectual property as an important management resource.',
  'We will continue to appropriately protect and manage our intellectual property.',
  'We will consider investments in intellectual property going forward.',
  'The Board of Directors appropriately oversees investments in intellectual property.',
  'We respect the intellectual property rights of others.',
  'We strive to enhance corporate value through sustainable growth.',
];
