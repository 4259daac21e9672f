import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { PAGE_DEFAULT_LIMIT, PAGE_MAX_LIMIT, PAGE_MAX_OFFSET, type PageRequest } from '@ipgn/contracts';
import { z } from 'zod';
import { ApiException, type ApiFieldProblem } from '../errors/api-exception';

const integerText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, { message: 'isInt' })
    .transform(Number)
    .pipe(z.number().int().min(min, { message: 'min' }).max(max, { message: 'max' }));

/** The query string of a list request (`offset`, `limit`), strings in, numbers out, with the defaults applied. */
export const pageRequestSchema = z.object({
  offset: integerText(0, PAGE_MAX_OFFSET).optional().default(0),
  limit: integerText(1, PAGE_MAX_LIMIT).optional().default(PAGE_DEFAULT_LIMIT),
});

/** Reads `?offset=&limit=` with the page limits of the contracts; a bad value is a 400 in the common error shape. */
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
