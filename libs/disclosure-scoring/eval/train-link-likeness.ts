/**
 * Writes the learned link-likeness model (see link-likeness-training.ts):
 *   npx tsx libs/disclosure-scoring/eval/train-link-likeness.ts [--sets 13-74]
 * The fresh analysts' sets collected after the model was trained are its check (docs/disclosure-scoring.md).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelModule, trainLinkLikeness } from './link-likeness-training';

export const MODEL_FILE = join(__dirname, '../src/v2/learned/link-likeness-model.ts');
const args = process.argv.slice(2);
const i = args.indexOf('--sets');
const [from, to] = (i >= 0 ? (args[i + 1] ?? '') : '13-74').split('-').map(Number);
const { model, summary } = trainLinkLikeness(from ?? 13, to ?? 74);
writeFileSync(MODEL_FILE, modelModule(model, summary));
console.log(`wrote ${MODEL_FILE}: ${summary}`);
