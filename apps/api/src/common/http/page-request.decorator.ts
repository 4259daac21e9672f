import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { pageRequestSchema, type PageRequest } from '@ipgn/contracts';
import { ApiException, type ApiFieldProblem } from '../errors/api-exception';

/** Reads `?offset=&limit=` with the shared schema; a bad value is a 400 in the common error shape. */
export function parsePageRequest(query: Record<string, unknown>): PageRequest {
  const input = { offset: single(query['offset']), limit: single(query['limit']) };
  const parsed = pageRequestSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems: ApiFieldProblem[] = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? 'query');
    if (issue.code === 'too_small') return { field, code: 'min', vars: { constraint: Number(issue.minimum) } };
    if (issue.code === 'too_big') return { field, code: 'max', vars: { constraint: Number(issue.maximum) } };
    return { field, code: 'isInt' };
  });
  throw ApiException.badRequest('VALIDATION_FAILED', problems);
}

function single(value: unknown): unknown {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : '?';
}

/** The page a list request asks for (`offset` from 0, `limit` 1…200, default 50). */
export const PageQuery = createParamDecorator((_: unknown, ctx: ExecutionContext): PageRequest =>
  parsePageRequest(ctx.switchToHttp().getRequest<Request>().query as Record<string, unknown>),
);
