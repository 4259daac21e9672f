import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEvent, Page, PageRequest } from '@ipgn/contracts';
import { RequirePermission } from '../../common/auth/access.decorators';
import { CurrentOrganization } from '../../common/auth/current.decorators';
import { PageQuery } from '../../common/http/page-request.decorator';
import type { OrganizationContext } from '../../common/http/request-context';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('orgs/:orgId/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission('audit:read')
  list(@CurrentOrganization() org: OrganizationContext, @PageQuery() page: PageRequest): Promise<Page<AuditEvent>> {
    return this.audit.list(org.organizationId, page);
  }
}
