import type { DraftLanguage } from '../lib/model/draft';
import { generateDrafts } from '../lib/generate-drafts';
import { renderDraftText } from '../lib/render/render-draft';
import { buildStoryModel } from '../lib/story/build-story';
import type { MatrixCompany } from './company-matrix';
import { matrixInput } from './company-matrix';

/** What a reviewer reads for one company in one language: the four drafts, then the story findings. */
export function reviewText(company: MatrixCompany, lang: DraftLanguage): string {
  const input = matrixInput(company);
  const drafts = generateDrafts(input, { languages: [lang] }).map(renderDraftText);
  const story = buildStoryModel(input);
  const findings = story.findings.map((f) => `- [${f.kind}] ${f.message[lang]}`);
  const checklist = story.checklist.map((c) => `- ${c.status}: ${c.label[lang]}`);
  return [...drafts, '== story checklist ==', ...checklist, '== story findings ==', ...(findings.length > 0 ? findings : ['- none']), ''].join('\n');
}
