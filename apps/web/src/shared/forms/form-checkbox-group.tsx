import { useId, type ReactNode } from 'react';
import type { FieldPathByValue, FieldValues } from 'react-hook-form';
import { FieldError } from '../components/field-error';
import { useAppChoice, type AppChoiceOptions } from './use-app-choice';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
}

export type FormCheckboxGroupProps<
  T extends FieldValues,
  N extends FieldPathByValue<T, readonly string[]>,
> = AppChoiceOptions<T, readonly string[], N> & {
  legend: ReactNode;
  options: readonly ChoiceOption[];
  disabled?: boolean;
  /** The fieldset's class (e.g. `workshop-form__group`). */
  className?: string;
  /** Wraps the boxes (e.g. a grid of columns); none when omitted. */
  optionsClassName?: string;
  /** Each box's label class (`choice` cards by default). */
  optionClassName?: string;
  /** Shown between the legend and the boxes (loading, a load error). */
  children?: ReactNode;
};

/**
 * Checkboxes for a list of values: the ticked values in the options' order, the message under the group, and each
 * box marked invalid and described by it (the first box takes focus when the form finds a problem).
 */
export function FormCheckboxGroup<T extends FieldValues, N extends FieldPathByValue<T, readonly string[]>>({
  control,
  name,
  validate,
  errorKey,
  legend,
  options,
  disabled,
  className,
  optionsClassName,
  optionClassName = 'choice',
  children,
}: FormCheckboxGroupProps<T, N>) {
  const field = useAppChoice<T, readonly string[], N>({ control, name, validate, errorKey });
  const errorId = `${useId()}-error`;
  const ticked: readonly string[] = Array.isArray(field.value) ? field.value : [];
  const toggle = (value: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(value);
    else next.delete(value);
    const known = new Set(options.map((o) => o.value));
    // Values no option offers any more (e.g. a removed segment) stay until the form drops them itself.
    field.onChange([...options.map((o) => o.value).filter((v) => next.has(v)), ...ticked.filter((v) => !known.has(v))]);
  };
  const boxes = options.map((option, i) => (
    <label key={option.value} className={optionClassName}>
      <input
        type="checkbox"
        ref={i === 0 ? field.ref : undefined}
        checked={ticked.includes(option.value)}
        disabled={disabled}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={field.error ? errorId : undefined}
        onChange={(event) => toggle(option.value, event.target.checked)}
        onBlur={field.onBlur}
      />
      <span>{option.label}</span>
    </label>
  ));
  return (
    <fieldset className={className} aria-describedby={field.error ? errorId : undefined}>
      <legend>{legend}</legend>
      {children}
      {optionsClassName ? <div className={optionsClassName}>{boxes}</div> : boxes}
      <FieldError id={errorId} message={field.error} />
    </fieldset>
  );
}
