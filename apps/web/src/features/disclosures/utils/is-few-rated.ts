import { FEW_RATED_TEXTS, type GradeBasis } from '@ipgn/contracts';

/** The grade's band rests on fewer rated texts than FEW_RATED_TEXTS: the page says so beside the grade. */
export function isFewRated(basis: GradeBasis | null | undefined): basis is GradeBasis {
  return basis != null && basis.rated < FEW_RATED_TEXTS;
}
