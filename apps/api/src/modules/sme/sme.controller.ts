import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SmeReport } from '@ipgn/assessment';
import { RequirePermission } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { SmeService } from './sme.service';
import { bankSheetsFileName } from './bank-sheets-file-name';
import { renderBankSheetsXlsx } from './bank-sheets-xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('sme')
@Controller()
export class SmeController {
  constructor(private readonly sme: SmeService) {}

  @Get('orgs/:orgId/assessments/:id/sme-report')
  @RequirePermission('assessment:read')
  report(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string): Promise<SmeReport> {
    return this.sme.report(org.organizationId, id);
  }

  @Get('orgs/:orgId/assessments/:id/bank-sheets.xlsx')
  @RequirePermission('assessment:read')
  async bankSheets(@CurrentOrganization() org: OrganizationContext, @CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<StreamableFile> {
    const { sheets } = await this.sme.bankSheets(org.organizationId, id);
    const now = new Date();
    return new StreamableFile(await renderBankSheetsXlsx(sheets, user.locale, now), {
      type: XLSX,
      disposition: bankSheetsFileName(sheets.company.name, now),
    });
  }
}
