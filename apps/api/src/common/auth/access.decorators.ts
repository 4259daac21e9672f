import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import type { Permission } from '@ipgn/contracts';

export const ACCESS_METADATA = 'ipgn:access';

/**
 * Every route declares who may call it, with exactly one of these:
 * - `@Public()`: anyone, signed in or not;
 * - `@SignedIn()`: any signed-in account, not scoped to an organization (e.g. your own profile);
 * - `@RequirePermission(p)`: a member of the `:orgId` in the path whose role holds `p`.
 * A route with none of them is refused at run time (and listed by the route-permission test).
 */
export type RouteAccess = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; permission: Permission };

export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies RouteAccess);

export const SignedIn = () =>
  applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'signed-in' } satisfies RouteAccess), ApiCookieAuth());

export const RequirePermission = (permission: Permission) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { kind: 'permission', permission } satisfies RouteAccess),
    ApiCookieAuth(),
  );
