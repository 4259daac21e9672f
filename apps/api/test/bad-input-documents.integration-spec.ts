import { documentBodies } from './support/bad-input/document-bodies';
import { declareBadBodies, useBadInputSuite } from './support/bad-input/bad-input-harness';

describe('bad input: disclosures, company facts, drafts and the investor dialogue (field errors in the user’s language, nothing written)', () => {
  declareBadBodies(useBadInputSuite(), documentBodies);
});
