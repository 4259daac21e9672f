import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TypeOrmModule, getRepositoryToken } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Who owns which table, read from the API's own source and Nest module metadata, and every place where a module
 * reaches past its own tables. Used by `src/database/data-access-boundaries.spec.ts`; plain functions so the spec can also run
 * them over a deliberately broken example.
 */

/** An entity class, the table it maps and the feature folder (module) whose `entities/` holds it. */
/** Any class: a module, provider, controller, or the DataSource/EntityManager tokens. */
export type ClassRef = abstract new (...args: never[]) => unknown;

export interface OwnedEntity {
  className: string;
  table: string;
  owner: string;
}

export interface ModuleFacts {
  /** Feature folder relative to `apps/api/src`, e.g. `modules/drafts`. */
  folder: string;
  moduleClass: ClassRef;
  /** Entity class names listed in `TypeOrmModule.forFeature([...])`. */
  forFeature: string[];
  /** Providers and controllers declared by the module. */
  classes: ClassRef[];
  factoryInjections: unknown[];
  global: boolean;
}

export interface SourceFile {
  path: string;
  folder: string;
  text: string;
}

export const API_SRC = join(__dirname, '../../src');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The feature folder a file belongs to: `modules/<feature>` or `common/<area>`. */
export function folderOf(relPath: string): string {
  const [top, name] = relPath.split('/');
  return `${top}/${name}`;
}

export function readEntities(root = API_SRC): OwnedEntity[] {
  return walk(root)
    .filter((f) => f.endsWith('.entity.ts'))
    .flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const className = /export class (\w+)/.exec(text)?.[1];
      const table = /@Entity\(\s*(?:\{\s*name:\s*)?['"](\w+)['"]/.exec(text)?.[1];
      return className && table ? [{ className, table, owner: folderOf(relative(root, f)) }] : [];
    });
}

/** The application's source files that hold data access (not tests, migrations, entities or DTOs). */
export function readSources(root = API_SRC): SourceFile[] {
  return walk(root)
    .filter((f) => f.endsWith('.ts') && !/\.(spec|integration-spec|entity)\.ts$/.test(f))
    .map((f) => relative(root, f))
    .filter((rel) => /^(modules|common)\//.test(rel) && !/\/(dto|entities)\//.test(rel))
    .map((rel) => ({ path: rel, folder: folderOf(rel), text: readFileSync(join(root, rel), 'utf8') }));
}

type ModuleMetadataValue = unknown[] | undefined;

/** Every `@Module` class exported by a `*.module.ts` under `modules/` and `common/`, with what it declares. */
export function readModules(root = API_SRC): ModuleFacts[] {
  const facts: ModuleFacts[] = [];
  for (const file of walk(root).filter((f) => f.endsWith('.module.ts'))) {
    const rel = relative(root, file);
    if (!/^(modules|common)\//.test(rel)) continue;
    const exported = require(file) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (
        typeof value !== 'function' ||
        !['imports', 'providers', 'controllers'].some((key) => Reflect.hasMetadata(key, value))
      )
        continue;
      facts.push(describeModule(folderOf(rel), value as ClassRef));
    }
  }
  return facts;
}

export function describeModule(folder: string, moduleClass: ClassRef): ModuleFacts {
  const read = (key: string): unknown[] => (Reflect.getMetadata(key, moduleClass) as ModuleMetadataValue) ?? [];
  const forFeature: string[] = [];
  for (const imported of read('imports')) {
    const dynamic = imported as { module?: unknown; providers?: { provide: unknown }[] };
    if (dynamic?.module !== TypeOrmModule) continue;
    for (const p of dynamic.providers ?? []) forFeature.push(String(p.provide).replace(/Repository$/, ''));
  }
  const classes: ClassRef[] = [...(read('controllers') as ClassRef[])];
  const factoryInjections: unknown[] = [];
  for (const provider of read('providers')) {
    if (typeof provider === 'function') classes.push(provider as ClassRef);
    else {
      const p = provider as { useClass?: ClassRef; inject?: unknown[] };
      if (p.useClass) classes.push(p.useClass);
      factoryInjections.push(...(p.inject ?? []));
    }
  }
  return {
    folder,
    moduleClass,
    forFeature,
    classes,
    factoryInjections,
    global: Reflect.getMetadata('__module:global__', moduleClass) === true,
  };
}

/** The tokens a class receives in its constructor: `@Inject(...)` tokens where present, else the declared types. */
export function constructorTokens(cls: ClassRef): unknown[] {
  const declared = (Reflect.getMetadata('design:paramtypes', cls) as unknown[] | undefined) ?? [];
  const explicit =
    (Reflect.getMetadata('self:paramtypes', cls) as { index: number; param: unknown }[] | undefined) ?? [];
  const tokens = [...declared];
  for (const { index, param } of explicit) tokens[index] = param;
  return tokens;
}

/** Breaches of "a module injects only its own repositories, and the database handle only where allowed". */
export function injectionViolations(
  modules: ModuleFacts[],
  entities: OwnedEntity[],
  dataSourceAllowed: ReadonlySet<string>,
): string[] {
  const ownerOf = new Map(entities.map((e) => [e.className, e.owner]));
  const repositoryTokens = new Map(
    entities.map((e) => [getRepositoryToken(namedOnly(e.className)) as string, e.className]),
  );
  const out: string[] = [];
  for (const m of modules) {
    if (m.global) out.push(`${m.moduleClass.name} is @Global(): import it where it is used`);
    for (const entity of m.forFeature) {
      if (ownerOf.get(entity) !== m.folder)
        out.push(
          `${m.moduleClass.name} lists ${entity} in forFeature, but ${ownerOf.get(entity) ?? 'no module'} owns it`,
        );
    }
    for (const cls of m.classes) {
      for (const token of constructorTokens(cls)) {
        const entity = typeof token === 'string' ? repositoryTokens.get(token) : undefined;
        if (entity && !m.forFeature.includes(entity))
          out.push(
            `${cls.name} (${m.folder}) injects the repository of ${entity}, which is not in ${m.moduleClass.name}'s forFeature`,
          );
        if ((token === DataSource || token === EntityManager) && !dataSourceAllowed.has(cls.name))
          out.push(`${cls.name} (${m.folder}) injects ${(token as ClassRef).name}`);
      }
    }
    for (const token of m.factoryInjections) {
      if (token === DataSource || token === EntityManager)
        out.push(`a factory provider of ${m.moduleClass.name} injects ${(token as ClassRef).name}`);
    }
  }
  return out;
}

/** `getRepositoryToken` only reads a plain entity's name: `<Name>Repository`. */
function namedOnly(className: string): ClassRef {
  return { name: className } as unknown as ClassRef;
}

const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_]+)"?/g;

/**
 * Breaches found in the source text: `InjectDataSource` outside the allow-list, `getRepository(Entity)` of another
 * module's entity (also on a transaction's manager), raw SQL or query-builder joins on another module's table.
 */
export function sourceViolations(
  sources: SourceFile[],
  entities: OwnedEntity[],
  dataSourceFiles: ReadonlySet<string>,
): string[] {
  const byClass = new Map(entities.map((e) => [e.className, e]));
  const byTable = new Map(entities.map((e) => [e.table, e]));
  const out: string[] = [];
  for (const s of sources) {
    if (/\bInjectDataSource\b/.test(s.text) && !dataSourceFiles.has(s.path))
      out.push(`${s.path}: InjectDataSource outside the allow-list`);
    for (const match of s.text.matchAll(
      /(?:getRepository|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect)\(\s*(\w+Entity)\b/g,
    )) {
      const entity = byClass.get(match[1]);
      if (entity && entity.owner !== s.folder) out.push(`${s.path}: ${match[1]} belongs to ${entity.owner}`);
    }
    for (const match of s.text.matchAll(SQL_TABLE)) {
      const entity = byTable.get(match[1]);
      if (entity && entity.owner !== s.folder) out.push(`${s.path}: SQL on ${match[1]}, which ${entity.owner} owns`);
    }
  }
  return [...new Set(out)];
}

/** Entities whose owning module does not list them in its `forFeature` (so nobody can inject their repository). */
export function undeclaredEntities(
  modules: ModuleFacts[],
  entities: OwnedEntity[],
  reachedOtherwise: ReadonlySet<string>,
): string[] {
  return entities
    .filter((e) => !reachedOtherwise.has(e.className))
    .filter((e) => !modules.some((m) => m.folder === e.owner && m.forFeature.includes(e.className)))
    .map((e) => `${e.className} is not in the forFeature of ${e.owner}`);
}

interface DynamicModuleLike {
  module: ClassRef;
  global?: boolean;
  imports?: unknown[];
}

function isDynamicModule(value: unknown): value is DynamicModuleLike {
  return typeof value === 'object' && value !== null && typeof (value as DynamicModuleLike).module === 'function';
}

/**
 * Every dynamic module (what a `forRoot()`/`register()` returns) declaring `global: true`, anywhere in the import
 * graph under `root` (promised dynamic modules are awaited): a global module hides who depends on it. Static
 * `@Global()` classes of our own are reported by `injectionViolations`; libraries' own internal global host modules
 * (TypeORM's connection, @nestjs/config's store) are not our module graph and are not reported.
 */
export async function globalDynamicModules(root: unknown): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const visit = async (node: unknown): Promise<void> => {
    const value: unknown = await node;
    if (value === undefined || value === null || seen.has(value)) return;
    seen.add(value);
    if (isDynamicModule(value)) {
      if (value.global === true)
        out.push(`${value.module.name} is a global dynamic module: import it where it is used`);
      for (const imported of value.imports ?? []) await visit(imported);
      await visit(value.module);
    } else if (typeof value === 'function') {
      for (const imported of (Reflect.getMetadata('imports', value) as unknown[] | undefined) ?? [])
        await visit(imported);
    }
  };
  await visit(root);
  return out;
}
