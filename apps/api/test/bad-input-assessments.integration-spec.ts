import { assessmentBodies } from './support/bad-input/assessment-bodies';
import { declareBadBodies, useBadInputSuite } from './support/bad-input/bad-input-harness';

describe('bad input: assessment rounds and benchmark participation (field errors in the user’s language, nothing written)', () => {
  declareBadBodies(useBadInputSuite(), assessmentBodies);
});
