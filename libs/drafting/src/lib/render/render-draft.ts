import type { Draft, DraftLanguage, Paragraph, Run, SlotRun } from '../model/draft';
import { RENDER_TEXT } from '../templates/render.template';

export function renderSlot(slot: SlotRun, lang: DraftLanguage): string {
  return RENDER_TEXT.slot[lang].replace('{label}', slot.label[lang]);
}

function runText(run: Run, lang: DraftLanguage): string {
  return run.kind === 'text' ? run.text : renderSlot(run, lang);
}

export function renderParagraph(paragraph: Paragraph, lang: DraftLanguage): string {
  return paragraph.runs.map((r) => runText(r, lang)).join('');
}

/** Plain text: title, headings and paragraphs separated by blank lines; slots as 【要記入：…】 / [To be completed: …]. */
export function renderDraftText(draft: Draft): string {
  const parts: string[] = [draft.title];
  for (const s of draft.sections) {
    parts.push(s.heading);
    for (const p of s.paragraphs) parts.push(renderParagraph(p, draft.language));
  }
  return `${parts.join('\n\n')}\n`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Markdown: `#` title, `##` sections; slots in bold so that they stand out in any viewer. */
export function renderDraftMarkdown(draft: Draft): string {
  const lang = draft.language;
  const parts: string[] = [`# ${escapeMarkdown(draft.title)}`];
  for (const s of draft.sections) {
    parts.push(`## ${escapeMarkdown(s.heading)}`);
    for (const p of s.paragraphs) {
      parts.push(
        p.runs
          .map((r) => (r.kind === 'text' ? escapeMarkdown(r.text) : `**${escapeMarkdown(renderSlot(r, lang))}**`))
          .join(''),
      );
    }
  }
  const diagram = draft.attachments.valueCreationDiagram;
  if (diagram && diagram.nodes.length > 0) {
    parts.push(`## ${escapeMarkdown(RENDER_TEXT.diagramHeading[lang])}`);
    parts.push(`\`\`\`mermaid\n${diagram.mermaid}\n\`\`\``);
  }
  return `${parts.join('\n\n')}\n`;
}
