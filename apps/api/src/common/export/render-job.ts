import type { Report, Workbook } from './report-model';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';

/** What a render worker is asked to do: plain data in, file bytes out. */
export type RenderJob =
  | { readonly format: 'pdf' | 'docx'; readonly report: Report }
  | { readonly format: 'xlsx'; readonly workbook: Workbook };

export function runRenderJob(job: RenderJob): Promise<Buffer> {
  switch (job.format) {
    case 'pdf':
      return renderPdf(job.report);
    case 'docx':
      return renderDocx(job.report);
    case 'xlsx':
      return renderXlsx(job.workbook);
  }
}
