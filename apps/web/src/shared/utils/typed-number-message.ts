import type { TFunction } from 'i18next';
import type { TypedNumberResult } from '@ipgn/contracts';

/** The field message for a typed number that could not be read (「1e400」, 「abc」), or undefined when it could. */
export function typedNumberMessage(
  result: TypedNumberResult,
  t: TFunction,
  options: { year?: boolean } = {},
): string | undefined {
  if (result.ok) return undefined;
  if (result.problem === 'too-large')
    return t('validation.numberTooLarge', { max: Number.MAX_SAFE_INTEGER.toLocaleString() });
  return options.year ? t('validation.notAYear') : t('validation.notANumber');
}
