import { lazy, type ComponentType } from 'react';

/**
 * A component loaded on demand, in its own chunk, from a module that exports it by name (the house uses named
 * exports only). For parts of a page that its first render can do without, e.g. a form whose react-hook-form
 * chunk would put the page over the first-load budget; render it inside a `Suspense`.
 */
export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
