import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_METADATA, type RouteAccess } from '../src/common/auth/access.decorators';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteInfo {
  method: HttpMethod;
  /** Full path as Express sees it, e.g. `/api/orgs/:orgId/members/:userId`. */
  path: string;
  /** `public`, `signed-in` or `permission:<p>`; `NONE` when the route declares no access rule. */
  access: string;
  /** The permission of a permission route. */
  permission?: string;
  handler: string;
  /** The handler reads the request body (`@Body()`). */
  takesBody: boolean;
}

const GLOBAL_PREFIX = 'api';

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter((p) => p.length > 0)
    .join('/');
  return `/${joined}`;
}

function describeAccess(access: RouteAccess | undefined): Pick<RouteInfo, 'access' | 'permission'> {
  if (!access) return { access: 'NONE' };
  if (access.kind === 'permission') return { access: `permission:${access.permission}`, permission: access.permission };
  return { access: access.kind };
}

/**
 * Every controller route of the running application, read from Nest's own metadata (the same metadata the
 * router and the guards use), with the access rule the guards will apply.
 */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller || !wrapper.instance) continue;
      const prefixes = [
        (Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined) ?? '/',
      ].flat();
      const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as (...args: unknown[]) => unknown;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (paths === undefined || method === undefined) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, unknown>;
        const takesBody = Object.keys(args).some((k) => k.split(':')[0] === String(RouteParamtypes.BODY));
        const access = reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [handler, controller]);
        for (const prefix of prefixes) {
          for (const path of [paths].flat()) {
            routes.push({
              method: RequestMethod[method] as HttpMethod,
              path: joinPath(GLOBAL_PREFIX, prefix, path),
              ...describeAccess(access),
              handler: `${controller.name}.${name}`,
              takesBody,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => key(a).localeCompare(key(b)));
}

export function key(route: Pick<RouteInfo, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

interface ExpressLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** Every `METHOD path` the underlying Express router actually answers (middleware excluded). */
export function listExpressRoutes(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  const found = new Set<string>();
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    for (const path of [layer.route.path].flat()) {
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') found.add(`${method.toUpperCase()} ${path}`);
      }
    }
  }
  return [...found].sort();
}

/** Names of the `:params` in a route path. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
}

/** Fills a route path's params from `values`; throws if one is missing so that no route is called half-filled. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${path}`);
    return value;
  });
}
