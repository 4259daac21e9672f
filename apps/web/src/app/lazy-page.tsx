import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../shared/components/loading-state';
import { ensureFeatureTexts, instanceKey, type TextFeature } from '../shared/i18n/feature-texts';

/**
 * A page component loaded on demand from a module that exports it by name (the house uses named exports only),
 * together with the texts of the features it shows: the page's chunk and those texts are fetched at once and the
 * page renders when both are here (inside `page()`'s Suspense). app/page-texts.spec.ts checks `texts` against the
 * keys the page's code uses.
 */
export function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  texts: readonly TextFeature[],
) {
  let module: Promise<Record<K, ComponentType>> | undefined;
  // One React.lazy component per i18next instance (tests make one per render), each loading that instance's texts;
  // the chunk itself is fetched once. Keyed by the instance's store, not by useTranslation()'s per-component copy.
  const pages = new WeakMap<object, LazyExoticComponent<ComponentType>>();
  function LazyPage() {
    const { i18n } = useTranslation();
    const key = instanceKey(i18n);
    let Page = pages.get(key);
    if (!Page) {
      Page = lazy(async () => {
        module ??= load();
        try {
          const [loaded] = await Promise.all([module, ensureFeatureTexts(i18n, texts)]);
          return { default: loaded[name] };
        } catch (error) {
          // A chunk that failed to arrive (a moment offline) is fetched again when the page is next shown.
          module = undefined;
          pages.delete(key);
          throw error;
        }
      });
      pages.set(key, Page);
    }
    return <Page />;
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}

/** Wraps a lazily loaded page so the layout stays on screen while its chunk loads. */
export function page(element: ReactNode) {
  return <Suspense fallback={<LoadingState />}>{element}</Suspense>;
}
