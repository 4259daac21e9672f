// Validates the Kubernetes manifests (deploy/k8s/*.yaml) offline, without a cluster:
//  1. each YAML document parses and is of a kind we ship (ConfigMap, Secret, Service, Deployment, Job,
//     PodDisruptionBudget);
//  2. kubernetes-models' JSON-schema validation (`.validate()`): types, required fields, formats;
//  3. the same documents type-checked against kubernetes-models' TypeScript interfaces, whose excess-property
//     check catches a misspelt field name (the JSON schemas allow unknown fields, so step 2 alone would not).
// Prints the problems as JSON and exits 1 when there are any. Run: npx tsx tools/k8s-validate.mts [dir]
// (ESM because kubernetes-models is ESM-only; used by apps/api/src/config/k8s-manifests.spec.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Model {
  validate(): void;
}
/** apiVersion/kind → the model class, and the module and interface that type it. */
const KINDS: Record<string, { model: new (data: never) => Model; module: string; type: string }> = {
  'v1/ConfigMap': { model: ConfigMap, module: 'kubernetes-models/v1/ConfigMap', type: 'IConfigMap' },
  'v1/Secret': { model: Secret, module: 'kubernetes-models/v1/Secret', type: 'ISecret' },
  'v1/Service': { model: Service, module: 'kubernetes-models/v1/Service', type: 'IService' },
  'apps/v1/Deployment': { model: Deployment, module: 'kubernetes-models/apps/v1/Deployment', type: 'IDeployment' },
  'batch/v1/Job': { model: Job, module: 'kubernetes-models/batch/v1/Job', type: 'IJob' },
  'policy/v1/PodDisruptionBudget': {
    model: PodDisruptionBudget,
    module: 'kubernetes-models/policy/v1/PodDisruptionBudget',
    type: 'IPodDisruptionBudget',
  },
};

export interface Problem {
  file: string;
  document: number;
  message: string;
}

interface Parsed {
  file: string;
  document: number;
  kindKey: string;
  data: Record<string, unknown>;
}

function parse(dir: string, problems: Problem[]): Parsed[] {
  const parsed: Parsed[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    parseAllDocuments(readFileSync(join(dir, file), 'utf8')).forEach((doc, document) => {
      if ('errors' in doc && doc.errors.length) {
        for (const e of doc.errors) problems.push({ file, document, message: `YAML: ${e.message}` });
        return;
      }
      const data = doc.toJS() as Record<string, unknown> | null;
      if (!data) return;
      const kindKey = `${String(data['apiVersion'])}/${String(data['kind'])}`;
      if (!KINDS[kindKey]) problems.push({ file, document, message: `unknown apiVersion/kind ${kindKey}` });
      else parsed.push({ file, document, kindKey, data });
    });
  }
  return parsed;
}

/** kubernetes-models' schema validation of each document. */
function validateSchemas(docs: Parsed[], problems: Problem[]): void {
  for (const d of docs) {
    try {
      new KINDS[d.kindKey].model(d.data as never).validate();
    } catch (error) {
      problems.push({
        file: d.file,
        document: d.document,
        message: `schema: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
}

/** Type-checks every document as an object literal of its interface: unknown (misspelt) fields are errors. */
function checkTypes(docs: Parsed[], problems: Problem[]): void {
  const path = join(ROOT, 'tools', '__k8s-manifests__.mts');
  const lines = [...new Set(docs.map((d) => d.kindKey))].map(
    (k) => `import type { ${KINDS[k].type} } from '${KINDS[k].module}';`,
  );
  const starts: number[] = [];
  docs.forEach((d, i) => {
    starts.push(lines.length);
    lines.push(...`export const doc${i}: ${KINDS[d.kindKey].type} = ${JSON.stringify(d.data, null, 1)};`.split('\n'));
  });
  const text = lines.join('\n');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    resolve(name) === path ? ts.createSourceFile(name, text, language, true) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === path || fileExists(name);
  const program = ts.createProgram([path], options, host);
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const line =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
        : -1;
    let index = starts.length - 1;
    while (index > 0 && starts[index] > line) index--;
    const d = docs[index];
    problems.push({
      file: d?.file ?? '?',
      document: d?.document ?? -1,
      message: `fields: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
    });
  }
}

export function validateManifests(dir: string): {
  documents: { file: string; kind: string; name: string }[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const docs = parse(dir, problems);
  validateSchemas(docs, problems);
  if (docs.length) checkTypes(docs, problems);
  const documents = docs.map((d) => ({
    file: d.file,
    kind: String(d.data['kind']),
    name: String((d.data['metadata'] as { name?: string } | undefined)?.name),
  }));
  return { documents, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = validateManifests(resolve(process.argv[2] ?? join(ROOT, 'deploy/k8s')));
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  process.exit(result.problems.length ? 1 : 0);
}
