import { createParamDecorator, ExecutionContext, InternalServerErrorException } from '@nestjs/common';
import type { AuthenticatedUser, OrganizationContext, RequestWithContext } from '../http/request-context';

/** The signed-in user. Throws (500) on a route that is not behind authentication: a wiring bug must be loud. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const user = ctx.switchToHttp().getRequest<RequestWithContext>().user;
  if (!user) throw new InternalServerErrorException('CurrentUser used on a route without authentication');
  return user;
});

/** The organization this request acts in. Throws (500) when the route has no permission check: never "all". */
export const CurrentOrganization = createParamDecorator((_: unknown, ctx: ExecutionContext): OrganizationContext => {
  const context = ctx.switchToHttp().getRequest<RequestWithContext>().organizationContext;
  if (!context) throw new InternalServerErrorException('CurrentOrganization used on a route without an organization');
  return context;
});
