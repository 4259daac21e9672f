import { Injectable } from '@nestjs/common';
import { BANK_VERSION, buildSmeReport, type Locale } from '@ipgn/assessment';
import { assertReportWithinLimits, assertWorkbookWithinLimits } from '../../common/export/export-limits';
import { exportFile, exportFileName, type ExportFile } from '../../common/export/export-file-name';
import { renderCsv } from '../../common/export/render-csv';
import { renderOffThread } from '../../common/export/render-off-thread';
import { assessmentFileLabel, assessmentReport, assessmentWorkbook, organizationName } from './assessment-report';
import { answersOf, scoreRound, type LoadedRound } from './assessment-round';
import { AssessmentsService } from './assessments.service';
import { smeResultsReport } from './sme-results-report';

/** CSV, XLSX and PDF exports of one round, through the shared export layer (common/export). */
@Injectable()
export class AssessmentExportService {
  constructor(private readonly assessments: AssessmentsService) {}

  async csv(organizationId: string, id: string, locale: Locale, now = new Date()): Promise<ExportFile> {
    const round = await this.assessments.loadRound(organizationId, id);
    const book = assessmentWorkbook(round, locale, now);
    assertWorkbookWithinLimits(book);
    return exportFile(
      renderCsv(book.sheets[0] as NonNullable<(typeof book.sheets)[0]>),
      this.name(round, locale, now, 'csv'),
      'csv',
    );
  }

  async xlsx(organizationId: string, id: string, locale: Locale, now = new Date()): Promise<ExportFile> {
    const round = await this.assessments.loadRound(organizationId, id);
    const workbook = assessmentWorkbook(round, locale, now);
    assertWorkbookWithinLimits(workbook);
    return exportFile(
      await renderOffThread({ format: 'xlsx', workbook }),
      this.name(round, locale, now, 'xlsx'),
      'xlsx',
    );
  }

  async pdf(organizationId: string, id: string, locale: Locale, now = new Date()): Promise<ExportFile> {
    const round = await this.assessments.loadRound(organizationId, id);
    // A round of the current SME track gets the SME results (no scores, no listed-company metrics).
    const report =
      round.assessment.track === 'sme' && round.assessment.bankVersion === BANK_VERSION
        ? smeResultsReport(
            buildSmeReport({
              answers: answersOf(round.answers),
              profile: round.profile,
              prefecture: round.organization.prefecture,
            }),
            organizationName(round, locale),
            locale,
            now,
          )
        : assessmentReport(round, scoreRound(round), locale, now);
    assertReportWithinLimits(report);
    return exportFile(await renderOffThread({ format: 'pdf', report }), this.name(round, locale, now, 'pdf'), 'pdf');
  }

  private name(round: LoadedRound, locale: Locale, now: Date, ext: 'csv' | 'xlsx' | 'pdf'): string {
    return exportFileName(
      organizationName(round, locale),
      `${assessmentFileLabel(locale)}-${round.assessment.round}`,
      now,
      ext,
    );
  }
}
