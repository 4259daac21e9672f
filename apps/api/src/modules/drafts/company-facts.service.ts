import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { companyFactsIssues, type CompanyFacts, type CompanyFactsView } from '@ipgn/drafting';
import { ApiException } from '../../common/errors/api-exception';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { AuditService } from '../audit/audit.service';
import type { PutCompanyFactsDto } from './dto/drafts.dto';
import { CompanyFactsEntity } from './entities/company-facts.entity';

@Injectable()
export class CompanyFactsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(org: OrganizationContext): Promise<CompanyFactsView> {
    const row = await this.db
      .getRepository(CompanyFactsEntity)
      .findOne({ where: { organizationId: org.organizationId }, relations: { updater: true } });
    if (!row) return { facts: {}, version: 0, updatedBy: null, updatedAt: null };
    return toView(row, row.updater?.displayName ?? '');
  }

  /** Replaces the facts (validated field by field) when `expectedVersion` is the stored version (409 otherwise). */
  async put(org: OrganizationContext, actor: AuthenticatedUser, dto: PutCompanyFactsDto): Promise<CompanyFactsView> {
    // One zod schema (libs/drafting) checks the facts; the web form validates with the same schema.
    const problems = companyFactsIssues(dto.facts).map((i) => ({
      field: i.field,
      code: i.code,
      ...(i.limit === undefined ? {} : { vars: { constraint: i.limit } }),
    }));
    if (problems.length > 0) throw ApiException.badRequest('VALIDATION_FAILED', problems);
    const facts = dto.facts as CompanyFacts;
    const organizationId = org.organizationId;
    let saved: CompanyFactsEntity;
    try {
      saved = await this.db.transaction(async (manager) => {
        const repo = manager.getRepository(CompanyFactsEntity);
        const current = await repo.findOne({ where: { organizationId }, lock: { mode: 'pessimistic_write' } });
        const version = current?.version ?? 0;
        if (dto.expectedVersion !== version)
          throw new ApiException(409, 'FACTS_VERSION_CONFLICT', { currentVersion: version });
        // The first save inserts (two first saves at once: the primary key lets one win); later saves update the locked row.
        if (current) await repo.update({ organizationId }, { facts, version: version + 1, updatedBy: actor.id });
        else await repo.insert({ organizationId, facts, version: 1, updatedBy: actor.id });
        await this.audit.record(
          {
            organizationId,
            actorUserId: actor.id,
            action: 'company_facts.updated',
            target: null,
            data: { version: version + 1, keys: Object.keys(facts) },
          },
          manager,
        );
        return repo.findOneOrFail({ where: { organizationId } });
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ApiException(409, 'FACTS_VERSION_CONFLICT', { currentVersion: 1 });
      }
      throw error;
    }
    return toView(saved, actor.displayName);
  }
}

function toView(row: CompanyFactsEntity, displayName: string): CompanyFactsView {
  return {
    facts: row.facts,
    version: row.version,
    updatedBy: row.updatedBy ? { userId: row.updatedBy, displayName } : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
