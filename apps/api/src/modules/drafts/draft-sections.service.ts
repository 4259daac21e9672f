import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  isDraftEditable,
  parseSectionRuns,
  parseSectionText,
  sectionText,
  slotsOf,
  statusAfterEdit,
  type Draft,
  type DraftSection,
  type DraftDetail,
} from '@ipgn/drafting';
import { ApiException } from '../../common/errors/api-exception';
import { MAX_EXPORT_CHARS } from '../../common/export/export-limits';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import { toVersionSummary } from './draft-mappers';
import { DraftStore } from './draft-store.service';
import { DraftsService } from './drafts.service';
import { diffDrafts } from './draft-text';
import { MAX_SECTION_CHARS, type SaveSectionDto } from './dto/drafts.dto';
import { DraftVersionEntity } from './entities/draft-version.entity';
import type { DraftDiff, DraftVersionSummary } from '@ipgn/contracts';

/** Editing a draft's text: saving a section as a new version, the version history and the diff of two versions. */
@Injectable()
export class DraftSectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(DraftVersionEntity) private readonly versionRows: Repository<DraftVersionEntity>,
    private readonly store: DraftStore,
    private readonly drafts: DraftsService,
  ) {}

  /**
   * Saves a new text for one section as a new version (optimistic concurrency on the draft's version: 409
   * `DRAFT_VERSION_CONFLICT` when someone saved first), and scores it. 409 `DRAFT_LOCKED` while the workflow
   * says the text may not change (libs/drafting workflow).
   */
  async saveSection(
    org: OrganizationContext,
    actor: AuthenticatedUser,
    id: string,
    sectionId: string,
    dto: SaveSectionDto,
  ): Promise<DraftDetail> {
    const organizationId = org.organizationId;
    await this.db.transaction(async (manager) => {
      const draft = await this.store.findDraft(organizationId, id, manager, true);
      const current = await this.store.findVersion(organizationId, id, draft.currentVersion, manager);
      const section = current.sections.sections.find((s) => s.id === sectionId);
      if (!section) throw ApiException.notFound();
      if (!isDraftEditable(draft.status)) throw new ApiException(409, 'DRAFT_LOCKED', { status: draft.status });
      if (dto.expectedVersion !== draft.currentVersion) {
        throw new ApiException(409, 'DRAFT_VERSION_CONFLICT', { currentVersion: draft.currentVersion });
      }
      const first = draft.currentVersion === 1 ? current : await this.store.findVersion(organizationId, id, 1, manager);
      const known = slotsOf(first.sections, current.sections);
      // The limit is on the section as a whole, not per run: 52 runs of 20,000 characters are one 1 MB section.
      const runChars = (dto.paragraphs ?? []).reduce(
        (n, p) => n + p.runs.reduce((m, r) => m + (r.text?.length ?? 0), 0),
        0,
      );
      if (runChars > MAX_SECTION_CHARS) {
        throw ApiException.badRequest('VALIDATION_FAILED', [
          { field: 'paragraphs', code: 'maxLength', vars: { constraint: MAX_SECTION_CHARS.toLocaleString('en-US') } },
        ]);
      }
      const parsed =
        dto.paragraphs !== undefined
          ? parseSectionRuns(dto.paragraphs, known)
          : parseSectionText(dto.text ?? '', known, current.sections.language);
      if (!parsed.ok) throw ApiException.badRequest('VALIDATION_FAILED', parsed.problems);
      const next: Draft = {
        ...current.sections,
        sections: current.sections.sections.map((s): DraftSection =>
          s.id === sectionId ? { ...s, paragraphs: parsed.paragraphs } : s,
        ),
      };
      // A draft must stay exportable: its whole text is bounded by the export layer's cap.
      const draftChars = next.sections.reduce((n, s) => n + sectionText(s, next.language).length, 0);
      if (draftChars > MAX_EXPORT_CHARS) {
        throw ApiException.badRequest('VALIDATION_FAILED', [
          { field: 'text', code: 'draftTooLong', vars: { constraint: MAX_EXPORT_CHARS.toLocaleString('en-US') } },
        ]);
      }
      const version = draft.currentVersion + 1;
      await this.store.insertVersion(manager, draft, version, next, actor.id, dto.note ?? null);
      await this.store.setStatus(manager, organizationId, id, {
        currentVersion: version,
        status: statusAfterEdit(draft.status),
      });
    });
    return this.drafts.get(org, id);
  }

  async versions(org: OrganizationContext, id: string): Promise<DraftVersionSummary[]> {
    await this.store.findDraft(org.organizationId, id);
    const rows = await this.versionRows.find({
      where: { organizationId: org.organizationId, draftId: id },
      relations: { creator: true },
      order: { version: 'DESC' },
    });
    return rows.map(toVersionSummary);
  }

  async diff(org: OrganizationContext, id: string, a: string, b: string): Promise<DraftDiff> {
    await this.store.findDraft(org.organizationId, id);
    const from = await this.store.findVersion(org.organizationId, id, parseVersion(a));
    const to = await this.store.findVersion(org.organizationId, id, parseVersion(b));
    return {
      from: toVersionSummary(from),
      to: toVersionSummary(to),
      overallDelta: from.score && to.score ? to.score.overall - from.score.overall : null,
      sections: diffDrafts(from.sections, to.sections),
    };
  }
}

function parseVersion(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw ApiException.notFound();
  return Number(value);
}
