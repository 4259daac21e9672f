import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SmeReport } from '@ipgn/assessment';
import { RequirePermission } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { exportStreamableFile } from '../../common/export/export-streamable-file';
import { SmeService } from './sme.service';

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
  async bankSheets(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.sme.bankSheets(org.organizationId, id, user.locale));
  }

  @Get('orgs/:orgId/assessments/:id/bank-sheets.docx')
  @RequirePermission('assessment:read')
  async bankSheetsDocx(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    return exportStreamableFile(await this.sme.bankSheetsDocx(org.organizationId, id, user.locale));
  }
}
