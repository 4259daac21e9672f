import { createContext, useContext } from 'react';

/** Messages by API field path for the fields of the surrounding form (its check's and the API's). */
export const FormErrorsContext = createContext<(path: string) => string | undefined>(() => undefined);

export function useFormErrorsContext(): (path: string) => string | undefined {
  return useContext(FormErrorsContext);
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
