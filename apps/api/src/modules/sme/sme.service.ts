import { Injectable } from '@nestjs/common';
import { BANK_VERSION, buildBankSheets, buildSmeReport, t, type BankSheets, type SmeReport } from '@ipgn/assessment';
import { PREFECTURES } from '@ipgn/contracts';
import { ApiException } from '../../common/errors/api-exception';
import { AssessmentsService, answersOf, type LoadedRound } from '../assessments/assessments.service';

/** SME results and bank sheets for a round of the SME track (bank 2026.12-1 or later). */
@Injectable()
export class SmeService {
  constructor(private readonly assessments: AssessmentsService) {}

  async report(organizationId: string, id: string): Promise<SmeReport> {
    return reportOf(await this.smeRound(organizationId, id));
  }

  async bankSheets(organizationId: string, id: string): Promise<{ sheets: BankSheets; round: LoadedRound }> {
    const round = await this.smeRound(organizationId, id);
    const org = round.organization;
    const pref = PREFECTURES.find((p) => p.id === org.prefecture);
    const sheets = buildBankSheets({
      answers: answersOf(round.answers),
      profile: round.profile,
      company: { name: org.legalNameJa, prefecture: pref ? t(pref.ja, pref.en) : null, employeeCount: org.employeeCount },
      report: reportOf(round),
    });
    return { sheets, round };
  }

  /** 404 unless the round is the organization's and of the current SME track (older SME rounds keep the old results). */
  private async smeRound(organizationId: string, id: string): Promise<LoadedRound> {
    const round = await this.assessments.loadRound(organizationId, id);
    if (round.assessment.track !== 'sme' || round.assessment.bankVersion !== BANK_VERSION) throw ApiException.notFound();
    return round;
  }
}

function reportOf(round: LoadedRound): SmeReport {
  return buildSmeReport({ answers: answersOf(round.answers), profile: round.profile, prefecture: round.organization.prefecture });
}
