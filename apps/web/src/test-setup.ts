import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// react-router needs these; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom has no scrolling: a no-op (tests spy on it) instead of its "not implemented" error on every page change.
window.scrollTo = () => undefined;

// On a loaded 2-core CI box a first render can take over a second: wait up to 5 s for elements to appear (a test
// that waits for something that never comes still fails, only later).
configure({ asyncUtilTimeout: 5_000 });

// Forms keep unsent text in sessionStorage (Back restores it); each test starts with an empty tab.
afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
