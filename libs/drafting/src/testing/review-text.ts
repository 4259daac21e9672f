import type { DraftLanguage } from '../lib/model/draft';
import { generateDrafts } from '../lib/generate-drafts';
import { renderDraftText } from '../lib/render/render-draft';
import { buildStoryModel } from '../lib/story/build-story';
import { smeOnePagerChecklist } from '../lib/check/sme-one-pager-checklist';
import type { MatrixCompany } from './company-matrix';
import { matrixInput } from './company-matrix';

/** What a reviewer reads for one company in one language: the four drafts, then the story findings. */
export function reviewText(company: MatrixCompany, lang: DraftLanguage): string {
  const input = matrixInput(company);
  // An unlisted company files no CG or securities report: its reviewer reads the one-pager.
  const types = input.organization.listingStatus === 'unlisted' ? (['sme-one-pager'] as const) : undefined;
  const generated = generateDrafts(input, { languages: [lang], ...(types ? { types } : {}) });
  const drafts = generated.map(renderDraftText);
  // An SME's one-pager is judged by what its bank reads for, not by the listed story checklist.
  const sme = types ? generated.map(smeOnePagerChecklist).find((c) => c !== null) : undefined;
  if (sme)
    return [
      ...drafts,
      '== SME checklist ==',
      ...sme.items.map(
        (i) =>
          `- ${i.met ? 'ok' : 'missing'}: ${i.label[lang]}${i.examples?.length ? ` (${i.examples.join(' / ')})` : ''}`,
      ),
      '',
    ].join('\n');
  const story = buildStoryModel(input);
  const findings = story.findings.map((f) => `- [${f.kind}] ${f.message[lang]}`);
  const checklist = story.checklist.map((c) => `- ${c.status}: ${c.label[lang]}`);
  return [
    ...drafts,
    '== story checklist ==',
    ...checklist,
    '== story findings ==',
    ...(findings.length > 0 ? findings : ['- none']),
    '',
  ].join('\n');
}
