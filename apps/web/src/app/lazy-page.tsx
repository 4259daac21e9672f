import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { LoadingState } from '../shared/components/loading-state';

/** A page component loaded on demand from a module that exports it by name (the house uses named exports only). */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** Wraps a lazily loaded page so the layout stays on screen while its chunk loads. */
export function page(element: ReactNode) {
  return <Suspense fallback={<LoadingState />}>{element}</Suspense>;
}
