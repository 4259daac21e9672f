import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { AssessmentTransfer, ImportPreview } from '@ipgn/assessment';
import { RequirePermission } from '../../common/auth/access.decorators';
import { CurrentOrganization, CurrentUser } from '../../common/auth/current.decorators';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AssessmentExceptionFilter } from './assessment-exception.filter';
import { AssessmentPlanningService } from './assessment-planning.service';
import { AssessmentTransferService, type ImportFile } from './assessment-transfer.service';
import type { PlanningView } from './dto/planning-view';
import { SavePlanningDto } from './dto/planning.dto';
import { SingleFileUpload } from '../../common/http/single-file-upload.interceptor';
import { MAX_IMPORT_BYTES } from './assessment-transfer-xlsx';

/** The import file: JSON or XLSX, up to 1 MB. */
const ImportUpload = SingleFileUpload({ maxBytes: MAX_IMPORT_BYTES, limitLabel: '1 MB', fields: 4, fieldSize: 1024 });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Targets, scope and notes of a round; whole-round export and import (JSON, XLSX). */
@ApiTags('assessments')
@Controller('orgs/:orgId/assessments/:id')
@UseFilters(AssessmentExceptionFilter)
export class AssessmentTransferController {
  constructor(
    private readonly planning: AssessmentPlanningService,
    private readonly transfer: AssessmentTransferService,
  ) {}

  @Get('planning')
  @RequirePermission('assessment:read')
  getPlanning(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string): Promise<PlanningView> {
    return this.planning.get(org.organizationId, id);
  }

  @Put('planning')
  @RequirePermission('assessment:manage')
  savePlanning(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() dto: SavePlanningDto,
  ): Promise<PlanningView> {
    return this.planning.put(org, user, id, dto);
  }

  @Get('transfer.json')
  @RequirePermission('assessment:read')
  async exportJson(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string): Promise<StreamableFile> {
    const file: AssessmentTransfer = await this.transfer.exportFile(org.organizationId, id);
    return new StreamableFile(Buffer.from(JSON.stringify(file, null, 2), 'utf8'), {
      type: 'application/json; charset=utf-8',
      disposition: `attachment; filename="assessment-${id}.json"`,
    });
  }

  @Get('transfer.xlsx')
  @RequirePermission('assessment:read')
  async exportXlsx(@CurrentOrganization() org: OrganizationContext, @Param('id') id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.transfer.exportXlsx(org.organizationId, id), {
      type: XLSX,
      disposition: `attachment; filename="assessment-${id}-transfer.xlsx"`,
    });
  }

  @Post('import/preview')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(ImportUpload)
  @RequirePermission('assessment:manage')
  previewImport(
    @CurrentOrganization() org: OrganizationContext,
    @Param('id') id: string,
    @UploadedFile() file: ImportFile | undefined,
  ): Promise<ImportPreview> {
    return this.transfer.preview(org.organizationId, id, file);
  }

  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(ImportUpload)
  @RequirePermission('assessment:manage')
  confirmImport(
    @CurrentOrganization() org: OrganizationContext,
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @UploadedFile() file: ImportFile | undefined,
  ): Promise<ImportPreview> {
    return this.transfer.confirm(org, user, id, file);
  }
}
