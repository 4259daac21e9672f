import { Injectable } from '@nestjs/common';
import {
  BANK_VERSION,
  buildBankSheets,
  buildSmeReport,
  t,
  type BankSheets,
  type Locale,
  type SmeReport,
} from '@ipgn/assessment';
import { PREFECTURES } from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import { assertWorkbookWithinLimits } from '../../common/export/export-limits';
import { exportFile, exportFileName, type ExportFile } from '../../common/export/export-file-name';
import { renderOffThread } from '../../common/export/render-off-thread';
import { bankSheetsReport } from './bank-sheets-report';
import { bankSheetsWorkbook } from './bank-sheets-workbook';
import { answersOf, type LoadedRound } from '../assessments/assessment-round';
import { AssessmentsService } from '../assessments/assessments.service';

/** SME results and bank sheets for a round of the SME track (bank 2026.12-1 or later). */
@Injectable()
export class SmeService {
  constructor(private readonly assessments: AssessmentsService) {}

  async report(organizationId: string, id: string): Promise<SmeReport> {
    return reportOf(await this.smeRound(organizationId, id));
  }

  /** The 経営デザインシート / ロカベン workbook, rendered off the event loop by the shared export layer. */
  async bankSheets(organizationId: string, id: string, locale: Locale, now = new Date()): Promise<ExportFile> {
    const { org, sheets } = await this.sheetsOf(organizationId, id);
    const workbook = bankSheetsWorkbook(sheets, locale, now);
    assertWorkbookWithinLimits(workbook);
    const what = locale === 'ja' ? '経営デザインシート_ロカベン' : 'management-design-sheet_locaben';
    return exportFile(
      await renderOffThread({ format: 'xlsx', workbook }),
      exportFileName(org.legalNameJa, what, now, 'xlsx'),
      'xlsx',
    );
  }

  /** The same two sheets as an editable Word document (the bank may prefer to read and annotate it there). */
  async bankSheetsDocx(organizationId: string, id: string, locale: Locale, now = new Date()): Promise<ExportFile> {
    const { org, sheets } = await this.sheetsOf(organizationId, id);
    const report = bankSheetsReport(sheets, locale, now);
    const what = locale === 'ja' ? '経営デザインシート_ロカベン' : 'management-design-sheet_locaben';
    return exportFile(
      await renderOffThread({ format: 'docx', report }),
      exportFileName(org.legalNameJa, what, now, 'docx'),
      'docx',
    );
  }

  private async sheetsOf(
    organizationId: string,
    id: string,
  ): Promise<{ org: LoadedRound['organization']; sheets: BankSheets }> {
    const round = await this.smeRound(organizationId, id);
    const org = round.organization;
    const pref = PREFECTURES.find((p) => p.id === org.prefecture);
    const sheets = buildBankSheets({
      answers: answersOf(round.answers),
      profile: round.profile,
      company: {
        name: org.legalNameJa,
        prefecture: pref ? t(pref.ja, pref.en) : null,
        employeeCount: org.employeeCount,
      },
      report: reportOf(round),
    });
    return { org, sheets };
  }

  /** 404 unless the round is the organization's and of the current SME track (older SME rounds keep the old results). */
  private async smeRound(organizationId: string, id: string): Promise<LoadedRound> {
    const round = await this.assessments.loadRound(organizationId, id);
    if (round.assessment.track !== 'sme' || round.assessment.bankVersion !== BANK_VERSION)
      throw ApiException.notFound();
    return round;
  }
}

function reportOf(round: LoadedRound): SmeReport {
  return buildSmeReport({
    answers: answersOf(round.answers),
    profile: round.profile,
    prefecture: round.organization.prefecture,
  });
}
