import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiException } from './api-exception';

// NUL, or a UTF-16 surrogate without its partner: PostgreSQL cannot store the first, UTF-8 cannot encode the second.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN = { test: (s: string): boolean => s.includes(String.fromCharCode(0)) || LONE_SURROGATE.test(s) };
const MAX_PROBLEMS = 20;

function walk(value: unknown, path: string, problems: string[], depth: number): void {
  if (problems.length >= MAX_PROBLEMS || depth > 64) return;
  if (typeof value === 'string') {
    if (FORBIDDEN.test(value)) problems.push(path);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, problems, depth + 1));
    return;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      const key = path ? `${path}.${k}` : k;
      if (FORBIDDEN.test(k)) problems.push(key);
      walk(v, key, problems, depth + 1);
    }
  }
}

/**
 * Runs before validation on every body, query and route parameter: any string (or key) with a NUL character or
 * a lone surrogate is refused with 400 INVALID_CHARACTERS naming the fields, so no such string reaches a DTO, the
 * database or an export. (Body size, depth and element count are bounded by the JSON parser before this.)
 */
@Injectable()
export class SafeStringsPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param') return value;
    const problems: string[] = [];
    walk(value, metadata.type === 'body' ? '' : (metadata.data ?? ''), problems, 0);
    if (problems.length > 0) {
      throw ApiException.badRequest(
        'INVALID_CHARACTERS',
        problems.map((field) => ({ field: field || metadata.type, code: 'invalidCharacters' })),
      );
    }
    return value;
  }
}
