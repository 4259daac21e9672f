import { ApiException } from '../errors/api-exception';
import { ParseId } from './parse-id.pipe';

const meta = { type: 'param' as const, data: 'id' };

describe('ParseId', () => {
  it('passes a UUID through unchanged', async () => {
    const id = '0b5a3c1e-8d2f-4c8a-9b1e-2f3a4b5c6d7e';
    await expect(ParseId.transform(id, meta)).resolves.toBe(id);
  });

  it.each(['nope', '', '0b5a3c1e-8d2f-4c8a-9b1e-2f3a4b5c6d7', '../x', 'x'.repeat(100000)])(
    'answers 404 NOT_FOUND for %#',
    async (value) => {
      const error = await ParseId.transform(value, meta).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ApiException);
      expect((error as ApiException).getStatus()).toBe(404);
      expect((error as ApiException).code).toBe('NOT_FOUND');
    },
  );
});
