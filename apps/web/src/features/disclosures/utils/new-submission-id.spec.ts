import { newSubmissionId } from './new-submission-id';

describe('newSubmissionId', () => {
  it('makes a version-4 UUID the API accepts, a new one each time', () => {
    const ids = Array.from({ length: 50 }, () => newSubmissionId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
