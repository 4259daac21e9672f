import type { Language } from '@ipgn/disclosure-scoring';

// The answers' types are bound in @ipgn/disclosure-scoring (api/disclosure-views.ts), the shapes in @ipgn/contracts.
export const DISCLOSURE_LANGUAGES: readonly Language[] = ['ja', 'en'];
