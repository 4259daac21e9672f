/**
 * The calibration behind the displayed meaning of a score (since v2.45): how two analysts rated the real passages of
 * the analysts' sets 75-171 (930 passages since v2.55, 870 in v2.54, 760 in v2.53; each set collected blind to include strong and weak examples,
 * each passage rated by two analysts), each scored by learned readings that never saw it: the links are trained on
 * 13-74, and the whole-text reading, trained on every set for the product, is retrained without the text's block of
 * six sets to score it (cross-fitting; 111-147 with a reading trained on 13-110 in v2.51-v2.52). A passage counts as
 * strong when the two labels average 1.5 or more (strong + strong, strong + medium), weak at 0.5 or less, medium
 * otherwise. The development split (173 texts, 6 strong) had left grade A resting on one rated text.
 *   npx tsx libs/disclosure-scoring/eval/analyst-calibration.ts   (writes src/v2/calibration-table.ts)
 */
import { join } from 'node:path';
import { judgeDisclosure } from '../src/index';
import type { CalibrationBand, CalibrationTable, PairBand } from '../src/v2/calibration';
import { buildCalibration, writeCalibration } from './calibrate';
import { doubleRatedSet, firstTimeOnly } from './analyst-sets';
import { companyNameOf } from './company-name-of';
import { passageFoldModel } from './link-likeness-training';
import { LINK_LIKENESS_MODEL } from '../src/v2/learned/link-likeness-model';
import { CORPUS_DIR, documentTypeOf, loadJsonl, type Label } from './corpus';

export const CALIBRATION_SETS: readonly [number, number] = [75, 171];
/**
 * The calibration's blocks of sets: each text is scored by a whole-text reading trained on every set but its block's
 * (passageFoldModel), the links being trained on 13-74, before the calibration's first set.
 */
export const CALIBRATION_FOLD = 6;
/** Score differences the order of two texts is reported for (see PairBand); the last band is open-ended. */
export const PAIR_BANDS: readonly (readonly [number, number])[] = [
  [1, 4],
  [5, 9],
  [10, 19],
  [20, 29],
  [30, 100],
];
const VALUE: Record<string, number> = { weak: 0, medium: 1, strong: 2 };

interface Rated {
  readonly score: number;
  readonly label: Label;
}

interface RatedInSet extends Rated {
  readonly set: number;
  /** The two analysts' labels averaged (weak 0, medium 1, strong 2). */
  readonly mean: number;
}

/**
 * Every double-rated passage of the calibration sets with the two analysts' joint label, scored now — each by a
 * whole-text reading that never saw its block of sets (cross-fitted; see CALIBRATION_FOLD).
 */
export function ratedPassages([from, to]: readonly [number, number] = CALIBRATION_SETS): RatedInSet[] {
  const out: RatedInSet[] = [];
  const firstTime = firstTimeOnly();
  for (let first = from; first <= to; first += CALIBRATION_FOLD) {
    const last = Math.min(to, first + CALIBRATION_FOLD - 1);
    const model = passageFoldModel(LINK_LIKENESS_MODEL, [first, last]);
    for (let n = first; n <= last; n++) {
      for (const p of doubleRatedSet(n).filter(firstTime)) {
        const mean = ((VALUE[p.label] ?? 0) + (VALUE[p.second.label] ?? 0)) / 2;
        const r = judgeDisclosure(
          p.text,
          {
            companyNames: companyNameOf(p.company),
            ...(/cg/i.test(p.docType) ? { documentType: 'cg_report' as const } : {}),
          },
          model,
        );
        out.push({ set: n, mean, score: r.overall, label: mean >= 1.5 ? 'strong' : mean <= 0.5 ? 'weak' : 'medium' });
      }
    }
  }
  return out;
}

/** The development split of the rated corpus (everyday disclosures as found, most of them weak), scored now. */
function everydayPassages(): Rated[] {
  return loadJsonl(join(CORPUS_DIR, 'dev.jsonl')).map((p) => ({
    score: judgeDisclosure(p.text, {
      companyNames: p.company ? [p.company] : [],
      documentType: documentTypeOf(p.docType),
    }).overall,
    label: p.label,
  }));
}

/**
 * Every pair of texts within one set that the analysts rated differently (by their averaged labels), by how far apart
 * the scores are: how many had the higher score on the text rated higher. Equal scores order nothing and are left out.
 */
export function pairBands(rated: readonly RatedInSet[]): PairBand[] {
  const bands = PAIR_BANDS.map(([min, max]) => ({ min, max, pairs: 0, agree: 0 }));
  const sets = new Map<number, RatedInSet[]>();
  for (const r of rated) sets.set(r.set, [...(sets.get(r.set) ?? []), r]);
  for (const texts of sets.values())
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        const difference = Math.abs(a.score - b.score);
        const band = bands.find((x) => difference >= x.min && difference <= x.max);
        if (a.mean === b.mean || !band) return;
        band.pairs++;
        if (a.score > b.score === a.mean > b.mean) band.agree++;
      }),
    );
  return bands;
}

/**
 * The calibration table from the analysts' sets, and the same bands counted on the development split of everyday
 * disclosures (a second figure beside each grade: strong texts are rarer there); `date` names when it was made.
 */
export function analystCalibration(date: string): CalibrationTable {
  const rated = ratedPassages();
  const [from, to] = CALIBRATION_SETS;
  const table = buildCalibration(
    rated.map((r) => r.score),
    rated.map((r) => r.label),
    `analysts: ${rated.length} rated texts, sets ${from}-${to}, ${date}`,
  );
  const everyday = everydayPassages();
  const count = (b: CalibrationBand, label: Label) =>
    everyday.filter((r) => r.score >= b.min && r.score <= b.max && r.label === label).length;
  return {
    ...table,
    pairs: {
      source: `analysts: pairs within sets ${from}-${to} rated differently, ${date}`,
      bands: pairBands(rated),
    },
    ordinary: {
      source: `dev: ${everyday.length} rated texts, ${date}`,
      bands: table.bands.map((b) => {
        const [strong, medium, weak] = [count(b, 'strong'), count(b, 'medium'), count(b, 'weak')];
        return { ...b, n: strong + medium + weak, strong, medium, weak };
      }),
    },
  };
}

if (require.main === module) {
  const table = analystCalibration(new Date().toISOString().slice(0, 10));
  const file = writeCalibration(table);
  for (const b of table.bands)
    console.log(`${b.grade} ${b.min}-${b.max}: ${b.n} texts, ${b.strong} strong, ${b.medium} medium, ${b.weak} weak`);
  for (const b of table.ordinary?.bands ?? [])
    console.log(`  everyday ${b.grade}: ${b.n} texts, ${b.strong} strong, ${b.medium} medium, ${b.weak} weak`);
  for (const b of table.pairs?.bands ?? [])
    console.log(`  pairs ${b.min}-${b.max} points apart: ${b.agree} of ${b.pairs} in the analysts' order`);
  console.log(`calibration written to ${file} (${table.source})`);
}
