import { useRef } from 'react';
import {
  useWatch,
  type Control,
  type FieldArray,
  type FieldArrayPath,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormSetValue,
} from 'react-hook-form';

export interface FormRows<Row> {
  rows: Row[];
  /** A stable React key per row (rows are named by index, so keys keep each row's inputs with it). */
  keys: readonly string[];
  append: (row: Row) => void;
  remove: (index: number) => void;
}

let lastKey = 0;
const nextKey = () => `row-${++lastKey}`;

/**
 * The rows of a list field of a {@link useAppForm} form, to add and remove. Built on `useWatch` and `setValue`,
 * which every form already loads, instead of react-hook-form's `useFieldArray`: that would add 1.5 kB to the
 * shared form chunk of every page with a form (and put create-organization-page over the first-load budget).
 */
export function useFormRows<T extends FieldValues, N extends FieldArrayPath<T>>({
  control,
  setValue,
  name,
}: {
  control: Control<T>;
  setValue: UseFormSetValue<T>;
  name: N;
}): FormRows<FieldArray<T, N>> {
  const path = name as unknown as Path<T>;
  const watched: unknown = useWatch({ control, name: path });
  const rows = (Array.isArray(watched) ? watched : []) as FieldArray<T, N>[];
  const keys = useRef<string[]>([]);
  // Rows put in from outside (the form reset to the saved version) take the keys of the rows they replace.
  while (keys.current.length < rows.length) keys.current.push(nextKey());
  keys.current.length = rows.length;
  const write = (next: FieldArray<T, N>[]) =>
    setValue(path, next as PathValue<T, Path<T>>, { shouldDirty: true, shouldTouch: true });
  return {
    rows,
    keys: keys.current,
    append: (row) => write([...rows, row]),
    remove: (index) => {
      keys.current.splice(index, 1);
      write(rows.filter((_, i) => i !== index));
    },
  };
}
