import { createContext, useContext } from 'react';

/** Messages by API field path for the fields of the surrounding form (its check's and the API's). */
export const FormErrorsContext = createContext<(path: string) => string | undefined>(() => undefined);

export function useFormErrorsContext(): (path: string) => string | undefined {
  return useContext(FormErrorsContext);
}
