/**
 * What the API client needs of a response schema: a `safeParse` that either returns the typed value or lists
 * what did not match. A zod (or zod/mini) schema has this shape, so the client itself never imports zod: the
 * schemas live beside the feature's API calls and load with that page's chunk, not with the entry.
 */
export interface ResponseSchema<T> {
  safeParse(data: unknown): ResponseParseResult<T>;
}

/**
 * A schema fetched on first use (a dynamic import): the client starts loading it beside the request, so zod and
 * the feature's schemas stay out of the page's first-load JavaScript and cost no extra round trip.
 */
export interface LazyResponseSchema<T> {
  load(): Promise<ResponseSchema<T>>;
}

export type ResponseSchemaSource<T> = ResponseSchema<T> | LazyResponseSchema<T>;

/** `lazySchema(() => import('./x-schemas').then((m) => m.xSchema))`; the module is loaded once and kept. */
export function lazySchema<T>(load: () => Promise<ResponseSchema<T>>): LazyResponseSchema<T> {
  let loaded: Promise<ResponseSchema<T>> | null = null;
  return {
    load: () => {
      if (!loaded) {
        const pending = load();
        loaded = pending;
        // A failed chunk load (e.g. offline) must not stick: the next call tries again.
        pending.catch(() => {
          if (loaded === pending) loaded = null;
        });
      }
      return loaded;
    },
  };
}

type SchemaOutput<S> = S extends ResponseSchema<infer T> ? T : never;

/**
 * One feature's schema module, loaded on first use: `const schema = lazySchemas(() => import('./x-schemas'))`, then
 * `client.get(path, schema('xSchema'))`.
 */
export function lazySchemas<M>(load: () => Promise<M>) {
  return <K extends keyof M>(key: K): LazyResponseSchema<SchemaOutput<M[K]>> =>
    lazySchema(() => load().then((module) => module[key] as ResponseSchema<SchemaOutput<M[K]>>));
}

export function loadSchema<T>(source: ResponseSchemaSource<T>): Promise<ResponseSchema<T>> {
  return 'load' in source ? source.load() : Promise.resolve(source);
}

export type ResponseParseResult<T> =
  { success: true; data: T } | { success: false; error: { issues: readonly ResponseIssue[] } };

export interface ResponseIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** `answers[3].value` style, for the console report of a response that did not match. */
export function issuePath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}${acc ? '.' : ''}${String(key)}`),
      '',
    ) || '(root)'
  );
}
