import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRAFT_LANGUAGES } from '../index';
import { MATRIX_COMPANIES } from '../testing/company-matrix';
import { reviewText } from '../testing/review-text';

/*
 * The drafts of the six test companies, as a person read and reviewed them against the checklist in
 * docs/drafting.md. Any change to the text fails here until someone reads the new text and re-approves it:
 *   UPDATE_DRAFT_FIXTURES=1 npx jest -c libs/drafting/jest.config.cts reviewed-drafts
 * (then read the diff of libs/drafting/src/spec/reviewed/ before committing it).
 */
const DIR = join(__dirname, 'reviewed');
const UPDATE = process.env['UPDATE_DRAFT_FIXTURES'] === '1';

describe('reviewed drafts (fixtures)', () => {
  for (const company of MATRIX_COMPANIES) {
    for (const lang of DRAFT_LANGUAGES) {
      it(`${company} (${lang}) is the reviewed text`, () => {
        const file = join(DIR, `${company}.${lang}.txt`);
        const text = reviewText(company, lang);
        if (UPDATE) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, text);
        }
        expect(existsSync(file)).toBe(true);
        expect(text).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});
