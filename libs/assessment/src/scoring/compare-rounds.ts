import { LocalizedText } from '../i18n/localized-text';
import { AssessmentResult } from './assessment-result';
import { DimensionScore } from './dimension-score';

export interface ScoreDelta {
  readonly id: string;
  readonly label: LocalizedText;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null when either side has no score. */
  readonly delta: number | null;
}

export interface RoundComparison {
  readonly fromBankVersion: string;
  readonly toBankVersion: string;
  /** When true, questions may differ between rounds; deltas are still shown but should be read with care. */
  readonly bankVersionChanged: boolean;
  readonly trackChanged: boolean;
  readonly overall: ScoreDelta;
  readonly byGglAction: readonly ScoreDelta[];
  readonly byGglPrinciple: readonly ScoreDelta[];
  readonly byModule: readonly ScoreDelta[];
}

function delta(before: DimensionScore | undefined, after: DimensionScore | undefined): ScoreDelta {
  const ref = after ?? before;
  if (!ref) throw new Error('delta needs at least one side');
  const b = before?.score ?? null;
  const a = after?.score ?? null;
  return { id: ref.id, label: ref.label, before: b, after: a, delta: a === null || b === null ? null : a - b };
}

/** Union of ids from both rounds, keeping the order they first appear in. */
function deltas(before: readonly DimensionScore[], after: readonly DimensionScore[]): ScoreDelta[] {
  const ids = [...new Set([...after.map((d) => d.id), ...before.map((d) => d.id)])];
  return ids.map((id) =>
    delta(
      before.find((d) => d.id === id),
      after.find((d) => d.id === id),
    ),
  );
}

/** Compares an earlier round `a` with a later round `b`. */
export function compareRounds(a: AssessmentResult, b: AssessmentResult): RoundComparison {
  return {
    fromBankVersion: a.bankVersion,
    toBankVersion: b.bankVersion,
    bankVersionChanged: a.bankVersion !== b.bankVersion,
    trackChanged: a.track !== b.track,
    overall: delta(a.overall, b.overall),
    byGglAction: deltas(a.byGglAction, b.byGglAction),
    byGglPrinciple: deltas(a.byGglPrinciple, b.byGglPrinciple),
    byModule: deltas(a.byModule, b.byModule),
  };
}
