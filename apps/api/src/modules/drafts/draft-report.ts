import type { Draft, DraftLanguage } from '@ipgn/drafting';
import { formatDate } from '../../common/export/format-values';
import type { Report, ReportBlock } from '../../common/export/report-model';
import { slotMarker } from './draft-text';

// The draft as a report for the shared export layer: used for a draft's own exports and, by the publishing
// module, for the PDF of a published version on the public page.

/** What an export shows besides the text, and the instant every embedded timestamp is set to. */
export interface ExportContext {
  draft: Draft;
  organizationName: string;
  /** "公開日 2026年11月25日" / "Published 25 November 2026", or the export date for unpublished versions. */
  dateLine: string;
  at: Date;
  published: boolean;
  /** The title printed (a publication's title as the company chose it; the draft's title otherwise). */
  title?: string;
}

export function dateLine(language: DraftLanguage, at: Date, published: boolean): string {
  const d = formatDate(at, language);
  if (language === 'ja') return `${published ? '公開日' : '出力日'} ${d}`;
  return `${published ? 'Published' : 'Exported'} ${d}`;
}

/** The draft as the shared report model: header lines, title, one heading per section, slot markers highlighted. */
export function draftReport(ctx: ExportContext): Report {
  const { draft } = ctx;
  const blocks: ReportBlock[] = [];
  for (const section of draft.sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.heading });
    for (const p of section.paragraphs) {
      blocks.push({
        kind: 'paragraph',
        runs: p.runs.map((r) =>
          r.kind === 'text' ? { text: r.text } : { text: slotMarker(r, draft.language), style: 'marker' as const },
        ),
      });
    }
  }
  // The value-creation diagram's Mermaid source stays out: a PDF or Word reader (and an investor reading a
  // published PDF) would see code, not a diagram. The Markdown export keeps it, where Mermaid renders.
  return {
    language: draft.language,
    title: ctx.title ?? draft.title,
    header: [ctx.organizationName, ctx.dateLine],
    author: ctx.organizationName,
    createdAt: ctx.at,
    blocks,
  };
}
