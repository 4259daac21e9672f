import { workshopBodies } from './support/bad-input/workshop-bodies';
import { declareBadBodies, useBadInputSuite } from './support/bad-input/bad-input-harness';

describe('bad input: workshops, joining by code and participants (field errors in the user’s language, nothing written)', () => {
  declareBadBodies(useBadInputSuite(), workshopBodies);
});
