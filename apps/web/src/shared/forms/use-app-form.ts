import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { ApiFieldError } from '@ipgn/contracts';
import { isApiRequestError } from '../api/api-request-error';
import type { RegisterFieldPaths } from './form-errors-context';

/** Messages keyed by the API's field path (`facts.kpis.0.name.ja`); an empty or missing entry means no problem. */
export type FormCheckErrors = Partial<Record<string, string | undefined>>;

export interface UseAppFormOptions<T extends FieldValues> {
  defaultValues: DefaultValues<T>;
  /** The request's error: the field errors of the API's 400 body show beside the fields with that path. */
  serverError?: unknown;
  /** True while the request runs: another submit is ignored. */
  pending?: boolean;
  /** Checks on the whole form (e.g. the body the API will receive), keyed by the API's field path. */
  check?: (values: T) => FormCheckErrors;
  /**
   * Called with the values once every field rule and the check pass. Return the request's promise
   * (`mutateAsync`) so that a second submit is ignored until it settles; its rejection is the request's error.
   */
  onValid: (values: T) => unknown;
}

export interface AppFormApi<T extends FieldValues> {
  form: UseFormReturn<T>;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The message for an API field path: the form's check first, else what the API said. */
  fieldError: (path: string) => string | undefined;
  /**
   * The request's error as it still applies: the API's message for a field is dropped once the user edits that field
   * (it was about the value sent), and an error that only named fields the user has since edited is gone.
   */
  serverError: unknown;
  /** For AppForm: fields whose API paths differ from their names (`errorKey`) register them here. */
  registerFieldPaths: RegisterFieldPaths;
  /** True when the form's own rules or check found problems (the alert shows its summary). */
  invalid: boolean;
}

/**
 * One form on react-hook-form: field rules, an optional whole-form check, the API's field errors, focus on the
 * first invalid field, and one request per submit however often the button is pressed.
 */
export function useAppForm<T extends FieldValues>(options: UseAppFormOptions<T>): AppFormApi<T> {
  const { defaultValues, serverError, pending = false } = options;
  const form = useForm<T>({ defaultValues, mode: 'onSubmit', reValidateMode: 'onChange', shouldFocusError: true });
  const formRef = useRef<HTMLFormElement>(null);
  const [checkErrors, setCheckErrors] = useState<FormCheckErrors>({});
  const latest = useRef({ options, pending });
  latest.current = { options, pending };
  const busy = useRef(false);
  // Which fields the user changed since the current server error arrived (react-hook-form names).
  const [edited, setEdited] = useState<{ error: unknown; names: ReadonlySet<string> }>({
    error: undefined,
    names: new Set(),
  });
  const fieldPaths = useRef(new Map<string, readonly string[]>());
  const registerFieldPaths = useCallback<RegisterFieldPaths>((name, paths) => {
    fieldPaths.current.set(name, paths);
    return () => {
      if (fieldPaths.current.get(name) === paths) fieldPaths.current.delete(name);
    };
  }, []);

  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      const current = latest.current.options.serverError;
      if (!name || !isApiRequestError(current) || current.fieldErrors.length === 0) return;
      setEdited((previous) => {
        const names = previous.error === current ? previous.names : new Set<string>();
        if (names.has(name)) return previous.error === current ? previous : { error: current, names };
        return { error: current, names: new Set([...names, name]) };
      });
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const editedNames = edited.error === serverError ? edited.names : undefined;
  const liveServerError = useMemo(() => {
    if (!editedNames || editedNames.size === 0 || !isApiRequestError(serverError)) return serverError;
    const changed = (e: ApiFieldError) =>
      [...editedNames].some((name) =>
        [name, ...(fieldPaths.current.get(name) ?? [])].some(
          (path) => e.field === path || e.field.startsWith(`${path}.`) || path.startsWith(`${e.field}.`),
        ),
      );
    return serverError.keepFieldErrors((e) => !changed(e));
  }, [serverError, editedNames]);

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (busy.current || latest.current.pending) return;
      busy.current = true;
      const run = form.handleSubmit(
        async (values) => {
          const found = latest.current.options.check?.(values) ?? {};
          const present = Object.fromEntries(Object.entries(found).filter(([, message]) => Boolean(message)));
          setCheckErrors(present);
          if (Object.keys(present).length > 0) return;
          await latest.current.options.onValid(values);
        },
        () => setCheckErrors({}),
      );
      run(event)
        .catch(() => undefined)
        .finally(() => {
          busy.current = false;
        });
    },
    [form],
  );

  const fieldError = useCallback(
    (path: string) =>
      checkErrors[path] ?? (isApiRequestError(liveServerError) ? liveServerError.fieldError(path) : undefined),
    [checkErrors, liveServerError],
  );

  // Errors found by the check or sent by the API: focus the first field showing one (the field rules'
  // errors are focused by react-hook-form itself). On a new answer only, never while the user edits.
  useEffect(() => {
    const fromServer = isApiRequestError(serverError) && serverError.fieldErrors.length > 0;
    if (Object.keys(checkErrors).length === 0 && !fromServer) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [checkErrors, serverError]);

  const invalid = Object.keys(form.formState.errors).length > 0 || Object.keys(checkErrors).length > 0;
  return { form, formRef, onSubmit, fieldError, serverError: liveServerError, registerFieldPaths, invalid };
}
