#!/usr/bin/env node
// Builds the v2 evaluation corpus from what the collectors gathered and what two independent raters labelled:
// merges the ratings, reports agreement (quadratic-weighted kappa), applies the adjudicated labels, and freezes a
// split BY COMPANY (no company in two splits; ≥ 40 % of passages in the test split, per language) with its hash.
// The split is a pure function of the company keys and a fixed salt, so re-running it gives the same split.
//
// node build-corpus.mjs --collected a.jsonl,b.jsonl --raterA A1.jsonl,A2.jsonl --raterB B1.jsonl,B2.jsonl [--adjudicated adj.jsonl] [--test-share 0.42] --out DIR
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const SALT = 'ipgn-corpus-v2-2026-12-01';
// --test-share 1 puts every passage in the test split (a held-out check set collected after tuning).
const TEST_SHARE = args['test-share'] === undefined ? 0.42 : Number(args['test-share']);
const LEVEL = { weak: 0, medium: 1, strong: 2 };

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

// At most four passages per company (the collectors' cap), chosen in a fixed order, so no company dominates.
const MAX_PER_COMPANY = 4;
const collectedAll = args.collected.split(',').flatMap(readJsonl);
const perCompany = new Map();
const collected = [...collectedAll]
  .sort((x, y) =>
    createHash('sha256').update(x.id).digest('hex').localeCompare(createHash('sha256').update(y.id).digest('hex')),
  )
  .filter((p) => {
    const n = (perCompany.get(p.companyKey) ?? 0) + 1;
    perCompany.set(p.companyKey, n);
    return n <= MAX_PER_COMPANY;
  })
  .sort((x, y) => x.id.localeCompare(y.id));
const byId = new Map(collected.map((p) => [p.id, p]));
if (byId.size !== collected.length) throw new Error('duplicate passage ids in the collected files');
const raterA = new Map(
  args.raterA
    .split(',')
    .flatMap(readJsonl)
    .map((r) => [r.id, r]),
);
const raterB = new Map(
  args.raterB
    .split(',')
    .flatMap(readJsonl)
    .map((r) => [r.id, r]),
);
const adjudicated =
  args.adjudicated && existsSync(args.adjudicated)
    ? new Map(readJsonl(args.adjudicated).map((r) => [r.id, r]))
    : new Map();

/** Quadratic-weighted Cohen's kappa over ordinal labels 0..k-1. */
function weightedKappa(pairs, k = 3) {
  const n = pairs.length;
  const obs = Array.from({ length: k }, () => Array(k).fill(0));
  const ra = Array(k).fill(0);
  const rb = Array(k).fill(0);
  for (const [a, b] of pairs) {
    obs[a][b]++;
    ra[a]++;
    rb[b]++;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      num += w * obs[i][j];
      den += (w * ra[i] * rb[j]) / n;
    }
  return 1 - num / den;
}

const rated = [];
const missing = [];
for (const p of collected) {
  const a = raterA.get(p.id);
  const b = raterB.get(p.id);
  if (!a || !b) {
    missing.push(p.id);
    continue;
  }
  rated.push({ p, a, b });
}
const pairs = rated.map(({ a, b }) => [LEVEL[a.label], LEVEL[b.label]]);
const exact = pairs.filter(([x, y]) => x === y).length;
const kappa = weightedKappa(pairs);
const featureNames = [
  'business',
  'asset',
  'mechanism',
  'value',
  'kpi',
  'allocation',
  'oversight',
  'substitution',
  'boilerplate',
];
const featureAgreement = Object.fromEntries(
  featureNames.map((f) => [
    f,
    rated.filter(({ a, b }) => Boolean(a.features?.[f]) === Boolean(b.features?.[f])).length / rated.length,
  ]),
);

// Final label: agreed label; else the adjudicated label; else (not adjudicated) the lower of the two, as the rubric says.
const disagreements = [];
const labelled = rated.map(({ p, a, b }) => {
  let label;
  let settled;
  if (a.label === b.label) {
    label = a.label;
    settled = 'agreed';
  } else if (adjudicated.has(p.id)) {
    label = adjudicated.get(p.id).label;
    settled = 'adjudicated';
  } else {
    label = LEVEL[a.label] < LEVEL[b.label] ? a.label : b.label;
    settled = 'lower-of-two';
  }
  if (a.label !== b.label) disagreements.push({ id: p.id, a: a.label, b: b.label, final: label, settled });
  const features = Object.fromEntries(
    featureNames.map((f) => [f, Boolean(a.features?.[f]) && Boolean(b.features?.[f])]),
  );
  return {
    id: p.id,
    language: p.language,
    company: p.company,
    companyKey: p.companyKey,
    docType: p.docType,
    // The judge's own vocabulary of document types (what the product asks the user to choose).
    documentType:
      {
        'cg-report': 'cg_report',
        'integrated-report': 'integrated_report',
        'securities-report': 'securities_report',
        'ip-report': 'ip_report',
      }[p.docType] ?? 'other',
    year: p.year ?? null,
    sourceUrl: p.sourceUrl,
    sourceNote: p.sourceNote ?? '',
    text: p.text,
    label,
    labelSettled: settled,
    raterLabels: [a.label, b.label],
    features,
  };
});

// Split by company, per language, in a salted-hash order, until the test share is reached.
const hash = (s) => createHash('sha256').update(`${SALT}:${s}`).digest('hex');
const testCompanies = new Set();
for (const lang of ['ja', 'en']) {
  const inLang = labelled.filter((x) => x.language === lang);
  const companies = [...new Set(inLang.map((x) => x.companyKey))].sort((x, y) => hash(x).localeCompare(hash(y)));
  let taken = inLang.filter((x) => testCompanies.has(x.companyKey)).length;
  for (const c of companies) {
    if (taken >= TEST_SHARE * inLang.length) break;
    if (testCompanies.has(c)) continue;
    testCompanies.add(c);
    taken = inLang.filter((x) => testCompanies.has(x.companyKey)).length;
  }
}
const test = labelled.filter((x) => testCompanies.has(x.companyKey));
const dev = labelled.filter((x) => !testCompanies.has(x.companyKey));
const overlap = dev.filter((x) => testCompanies.has(x.companyKey));
if (overlap.length) throw new Error('a company is in both splits');

mkdirSync(args.out, { recursive: true });
const toJsonl = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(join(args.out, 'dev.jsonl'), toJsonl(dev));
const testText = toJsonl(test);
writeFileSync(join(args.out, 'test.jsonl'), testText);
const testHash = createHash('sha256').update(testText).digest('hex');
writeFileSync(join(args.out, 'test.sha256'), `${testHash}  test.jsonl\n`);

const count = (rows, key) => rows.reduce((m, r) => ((m[r[key]] = (m[r[key]] ?? 0) + 1), m), {});
const stats = {
  collected: collectedAll.length,
  droppedOverCompanyCap: collectedAll.length - collected.length,
  passages: labelled.length,
  notRatedByBoth: missing.length,
  companies: new Set(labelled.map((x) => x.companyKey)).size,
  byLanguage: count(labelled, 'language'),
  byDocType: count(labelled, 'docType'),
  byLabel: count(labelled, 'label'),
  agreement: { exact: exact / pairs.length, quadraticWeightedKappa: kappa, features: featureAgreement },
  disagreements: disagreements.length,
  settled: count(labelled, 'labelSettled'),
  dev: {
    passages: dev.length,
    companies: new Set(dev.map((x) => x.companyKey)).size,
    byLabel: count(dev, 'label'),
    byLanguage: count(dev, 'language'),
  },
  test: {
    passages: test.length,
    companies: testCompanies.size,
    byLabel: count(test, 'label'),
    byLanguage: count(test, 'language'),
    sha256: testHash,
  },
};
writeFileSync(
  join(args.out, 'stats.json'),
  JSON.stringify({ ...stats, disagreementList: disagreements }, null, 2) + '\n',
);
console.log(JSON.stringify(stats, null, 2));
