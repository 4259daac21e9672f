import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { parseAllDocuments } from 'yaml';
import { AppConfig, loadConfig } from './app-config';

const ROOT = join(__dirname, '../../../..');
const K8S = join(ROOT, 'deploy/k8s');

/** tools/k8s-validate.mts (ESM: kubernetes-models is ESM-only) on a directory of manifests. */
function validate(dir: string): {
  status: number | null;
  problems: { file: string; document: number; message: string }[];
  documents: { kind: string }[];
} {
  const r = spawnSync('npx', ['tsx', join(ROOT, 'tools/k8s-validate.mts'), dir], { cwd: ROOT, encoding: 'utf8' });
  const out = JSON.parse(r.stdout || '{"problems":[{"file":"?","message":"no output"}],"documents":[]}') as {
    problems: { file: string; document: number; message: string }[];
    documents: { kind: string }[];
  };
  return { status: r.status, ...out };
}

/** A copy of deploy/k8s with the given text replacements made (each must apply). */
function brokenCopy(changes: { file: string; from: string; to: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipgn-k8s-'));
  cpSync(K8S, dir, { recursive: true });
  for (const { file, from, to } of changes) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
    writeFileSync(join(dir, file), text.replace(from, to));
  }
  return dir;
}

interface Probe {
  httpGet: { path: string; port: string };
  periodSeconds: number;
  failureThreshold: number;
}
interface Container {
  image: string;
  command: string[];
  env: { name: string }[];
  ports: { name: string; containerPort: number }[];
  readinessProbe: Probe;
  livenessProbe: Probe;
  startupProbe: Probe;
}
/** The fields these checks read, of any of our kinds (the validator above checks the full shapes). */
interface Manifest {
  data: Record<string, string>;
  spec: {
    replicas: number;
    minAvailable: number;
    selector: Record<string, string> & { matchLabels: Record<string, string> };
    strategy: { rollingUpdate: unknown };
    template: {
      metadata: { labels: Record<string, string> };
      spec: { containers: Container[]; terminationGracePeriodSeconds: number };
    };
  };
}

const load = (file: string) =>
  parseAllDocuments(readFileSync(join(K8S, file), 'utf8')).map((d) => d.toJS() as Manifest);
const [configMap] = load('configmap.yaml');
const [deployment] = load('deployment.yaml');
const [job] = load('migration-job.yaml');
const [pdb] = load('pdb.yaml');
const [service] = load('service.yaml');
const api = deployment.spec.template.spec.containers[0];

describe('Kubernetes manifests (deploy/k8s)', () => {
  it('every document is a known kind that passes the kubernetes-models schemas and has no unknown field', () => {
    const r = validate(K8S);
    expect(r.problems).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.documents.map((d) => d.kind).sort()).toEqual([
      'ConfigMap',
      'Deployment',
      'Job',
      'PodDisruptionBudget',
      'Service',
    ]);
  }, 180_000);

  it('fails on a misspelt field name and on a wrong type (a broken copy)', () => {
    // One copy, two mistakes (one validator run on a shared 2-core box takes ~30 s): each must be reported.
    const broken = validate(
      brokenCopy([
        { file: 'deployment.yaml', from: 'terminationGracePeriodSeconds:', to: 'terminationGracePeriodSecond:' },
        { file: 'configmap.yaml', from: "PORT: '3000'", to: 'PORT: 3000' },
      ]),
    );
    expect(broken.status).toBe(1);
    // The wrong type fails both checks; the misspelt field only the type check (the schemas allow unknown fields).
    expect(broken.problems).toEqual([
      { file: 'configmap.yaml', document: 0, message: expect.stringMatching(/^schema: .*PORT must be string/) },
      { file: 'configmap.yaml', document: 0, message: "fields: Type 'number' is not assignable to type 'string'." },
      {
        file: 'deployment.yaml',
        document: 0,
        message: expect.stringMatching(/^fields: .*'"terminationGracePeriodSecond"' does not exist/),
      },
    ]);
  }, 180_000);

  it('names only settings the API knows, and those settings pass its own validation at start', () => {
    const known = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(AppConfig, '', true, false)
        .map((m) => m.propertyName),
    );
    const named = [
      ...Object.keys(configMap.data),
      ...[api, job.spec.template.spec.containers[0]].flatMap((c) => c.env.map((e) => e.name)),
    ];
    expect(named.filter((n) => !known.has(n))).toEqual([]);
    const config = loadConfig({
      ...configMap.data,
      DATABASE_URL: 'postgres://ipgn@db.internal:5432/ipgn',
      CSRF_SECRET: 'x'.repeat(32),
    });
    expect(config.NODE_ENV).toBe('production');
    expect(String(api.ports[0].containerPort)).toBe(configMap.data.PORT);
  });

  it('drains on SIGTERM within the grace period, with readiness, liveness and startup on /api/health', () => {
    const drainSeconds = Number(configMap.data.SHUTDOWN_DRAIN_MS) / 1000;
    expect(drainSeconds).toBeGreaterThanOrEqual(5);
    // The drain, then the longest request (an export is capped at 15 s), then closing.
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(drainSeconds + 15 + 5);
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe'] as const)
      expect(api[probe].httpGet).toEqual({ path: '/api/health', port: 'http' });
    expect(api.ports[0].name).toBe('http');
    // Readiness takes a draining pod out well inside the drain; liveness never restarts it during the drain.
    expect(api.readinessProbe.periodSeconds * api.readinessProbe.failureThreshold).toBeLessThan(drainSeconds);
    expect(api.livenessProbe.periodSeconds * api.livenessProbe.failureThreshold).toBeGreaterThan(drainSeconds);
    expect(deployment.spec.strategy.rollingUpdate).toEqual({ maxSurge: 1, maxUnavailable: 0 });
  });

  it('the Service and the PodDisruptionBudget select the Deployment’s pods; the Job runs the migrations', () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    expect(pdb.spec.selector.matchLabels).toEqual(labels);
    expect(service.spec.selector).toEqual(labels);
    expect(pdb.spec.minAvailable).toBeLessThan(deployment.spec.replicas);
    expect(job.spec.template.spec.containers[0].command).toEqual(['node', 'dist/apps/api/main.js', 'migrate']);
    expect(job.spec.template.spec.containers[0].image).toBe(api.image);
    expect(job.spec.template.metadata.labels['app.kubernetes.io/component']).not.toBe(
      labels['app.kubernetes.io/component'],
    );
  });
});
