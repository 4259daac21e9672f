import { createContext, useContext, useEffect } from 'react';

/** Messages by API field path for the fields of the surrounding form (its check's and the API's). */
export const FormErrorsContext = createContext<(path: string) => string | undefined>(() => undefined);

export function useFormErrorsContext(): (path: string) => string | undefined {
  return useContext(FormErrorsContext);
}

/**
 * Tells the form which API paths a field's messages come under when they differ from its name (`errorKey`), so that
 * editing the field clears the API's message for those paths too. Returns the function that forgets them.
 */
export type RegisterFieldPaths = (name: string, paths: readonly string[]) => () => void;

export const FormFieldPathsContext = createContext<RegisterFieldPaths>(() => () => undefined);

/** Registers a field's `errorKey` paths with the surrounding form while the field is on the page. */
export function useRegisterFieldPaths(name: string, errorKey: string | readonly string[] | undefined): void {
  const register = useContext(FormFieldPathsContext);
  const key = errorKey === undefined ? '' : typeof errorKey === 'string' ? errorKey : errorKey.join('\n');
  useEffect(() => (key === '' ? undefined : register(name, key.split('\n'))), [register, name, key]);
}

/** The first message found for a field under any of its API paths. */
export function firstFieldMessage(
  lookup: (path: string) => string | undefined,
  key: string | readonly string[],
): string | undefined {
  return (typeof key === 'string' ? [key] : key).reduce<string | undefined>(
    (found, k) => found ?? lookup(k),
    undefined,
  );
}
