import { ParseUUIDPipe } from '@nestjs/common';
import { ApiException } from '../errors/api-exception';

/**
 * A path id that must be a UUID: anything else is exactly 404 `NOT_FOUND` in the common error shape (an id that
 * cannot exist is "not found", as a foreign organization's id is), before any query runs.
 */
export const ParseId = new ParseUUIDPipe({ exceptionFactory: () => ApiException.notFound() });
