import type { Request } from 'express';

/** scheme://host the request came in on (behind a proxy, set PUBLIC_URL instead of trusting headers). */
export function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
