import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { getQuestion, type AnswerValue, type Locale, type Question } from '@ipgn/assessment';
import { answerCell, answerMeaning, formatAnswer } from '../../common/export/answer-cells';
import { assertReportWithinLimits, assertWorkbookWithinLimits } from '../../common/export/export-limits';
import { exportFile, exportFileName, type ExportFile } from '../../common/export/export-file-name';
import { renderCsv } from '../../common/export/render-csv';
import { renderOffThread } from '../../common/export/render-off-thread';
import { empty, num, text, type ReportCell, type ReportSheet } from '../../common/export/report-model';
import { OrganizationsService } from '../organizations/organizations.service';
import { WorkshopAnswerEntity } from './entities/workshop-answer.entity';
import { WorkshopParticipantEntity } from './entities/workshop-participant.entity';
import { WorkshopEntity } from './entities/workshop.entity';
import type { WorkshopDepartment } from './workshop-departments';
import { buildWorkshopReport } from './workshop-report';
import { DEPARTMENT_LABELS, WORKSHOP_REPORT_TEXT } from './workshop-report-text';
import { WorkshopStore } from './workshop-store.service';

/** One row of the raw export. Anonymous workshops leave out `participant` and `answeredAt` entirely. */
export interface RawResponseRow {
  participant?: string;
  department: string;
  questionNo: number;
  questionId: string;
  prompt: string;
  /** The readable answer (sorting, and the cell for text and choices). */
  answer: string;
  /** The answer as a typed cell: a number for levels, amounts and counts. */
  answerCell: ReportCell;
  meaning: string;
  answeredAt?: Date;
}

type RawColumn = Exclude<keyof RawResponseRow, 'answerCell'>;

/** The label of departments merged because they are too small to be shown on their own. */
export const MERGED_DEPARTMENT: Record<Locale, string> = {
  ja: 'その他（少人数の部門を統合）',
  en: 'Other (small departments merged)',
};

interface LatestRow {
  participant_id: string;
  question_id: string;
  value: AnswerValue | null;
  answered_at: Date | string;
}

/** The workshop report (PDF, DOCX) and its raw responses (CSV, XLSX), anonymised as the workshop is configured. */
@Injectable()
export class WorkshopExportService {
  constructor(
    @InjectRepository(WorkshopParticipantEntity) private readonly participants: Repository<WorkshopParticipantEntity>,
    @InjectRepository(WorkshopAnswerEntity) private readonly answers: Repository<WorkshopAnswerEntity>,
    private readonly store: WorkshopStore,
    private readonly organizations: OrganizationsService,
  ) {}

  async reportPdf(organizationId: string, id: string, locale: Locale, now = new Date()): Promise<ExportFile> {
    const { report, organizationName, scheduledAt } = await this.report(organizationId, id, locale, now);
    assertReportWithinLimits(report);
    return exportFile(
      await renderOffThread({ format: 'pdf', report }),
      exportFileName(organizationName, WORKSHOP_REPORT_TEXT[locale].file, scheduledAt, 'pdf'),
      'pdf',
    );
  }

  async reportDocx(organizationId: string, id: string, locale: Locale, now = new Date()): Promise<ExportFile> {
    const { report, organizationName, scheduledAt } = await this.report(organizationId, id, locale, now);
    assertReportWithinLimits(report);
    return exportFile(
      await renderOffThread({ format: 'docx', report }),
      exportFileName(organizationName, WORKSHOP_REPORT_TEXT[locale].file, scheduledAt, 'docx'),
      'docx',
    );
  }

  async csv(organizationId: string, id: string, locale: Locale, now = new Date()): Promise<ExportFile> {
    const { sheet, name } = await this.responsesSheet(organizationId, id, locale);
    assertWorkbookWithinLimits({ language: locale, createdAt: now, sheets: [sheet] });
    return exportFile(renderCsv(sheet), `${name}.csv`, 'csv');
  }

  async xlsx(organizationId: string, id: string, locale: Locale, now = new Date()): Promise<ExportFile> {
    const { sheet, name } = await this.responsesSheet(organizationId, id, locale);
    const workbook = { language: locale, createdAt: now, sheets: [sheet] };
    assertWorkbookWithinLimits(workbook);
    return exportFile(await renderOffThread({ format: 'xlsx', workbook }), `${name}.xlsx`, 'xlsx');
  }

  /** The raw responses as one typed sheet (answers as numbers where they are numbers, times in Asia/Tokyo). */
  private async responsesSheet(
    organizationId: string,
    id: string,
    locale: Locale,
  ): Promise<{ sheet: ReportSheet; name: string }> {
    const { columns, rows, workshop, organizationName } = await this.rawRows(organizationId, id, locale);
    const t = WORKSHOP_REPORT_TEXT[locale];
    const widths: Record<RawColumn, number> = {
      participant: 20,
      department: 24,
      questionNo: 8,
      questionId: 24,
      prompt: 60,
      answer: 12,
      meaning: 40,
      answeredAt: 18,
    };
    const cell = (r: RawResponseRow, c: RawColumn): ReportCell => {
      if (c === 'answer') return r.answerCell;
      if (c === 'questionNo') return num(r.questionNo);
      if (c === 'answeredAt') return r.answeredAt ? { kind: 'datetime', value: r.answeredAt } : empty();
      const v = r[c];
      return text(v ?? '');
    };
    const sheet: ReportSheet = {
      name: t.sheet,
      columns: columns.map((c) => ({ label: t.headers[c], width: widths[c] })),
      rows: rows.map((r) => columns.map((c) => cell(r, c))),
    };
    return {
      sheet,
      name: exportFileName(organizationName, `${t.responsesFile}`, workshop.scheduledAt, 'csv').replace(/\.csv$/, ''),
    };
  }

  private async report(organizationId: string, id: string, locale: Locale, now: Date) {
    // results() checks the workshop belongs to the organization (404 otherwise) before anything else is read.
    const workshop = await this.workshop(organizationId, id);
    const results = await this.store.results(workshop);
    const org = await this.organizations.findById(organizationId);
    const agreed = new Map<string, AnswerValue>();
    for (const [questionId, a] of Object.entries(workshop.agreedAnswers))
      agreed.set(questionId, a.value as AnswerValue);
    const organizationName = locale === 'en' && org.legalNameEn ? org.legalNameEn : org.legalNameJa;
    const report = buildWorkshopReport({
      locale,
      now,
      organizationName,
      title: workshop.title,
      scheduledAt: workshop.scheduledAt,
      anonymity: workshop.anonymity,
      questions: this.questions(workshop),
      results,
      agreed,
    });
    return { report, organizationName, scheduledAt: workshop.scheduledAt };
  }

  private async workshop(organizationId: string, id: string): Promise<WorkshopEntity> {
    return this.store.find(organizationId, id);
  }

  private questions(workshop: WorkshopEntity): Question[] {
    return workshop.questionIds.map((q) => getQuestion(q)).filter((q): q is Question => q !== undefined);
  }

  /**
   * Named workshops: the latest answer of each participant to each question, with names and times. Anonymous
   * workshops: exactly the answers behind the published figures — only questions whose figures are published
   * (frozen, at least 3 respondents), their answers as frozen, departments the results hide merged into one
   * "other" group; no names, user ids, participant keys or times; rows sorted by question, department and answer
   * so that no row order links one person's answers.
   */
  private async rawRows(
    organizationId: string,
    id: string,
    locale: Locale,
  ): Promise<{ columns: RawColumn[]; rows: RawResponseRow[]; workshop: WorkshopEntity; organizationName: string }> {
    const workshop = await this.workshop(organizationId, id);
    const org = await this.organizations.findById(organizationId);
    const organizationName = locale === 'en' && org.legalNameEn ? org.legalNameEn : org.legalNameJa;
    const anonymous = workshop.anonymity === 'anonymous';
    const participants = await this.participants.find({
      where: { organizationId, workshopId: id },
      order: { joinedAt: 'ASC' },
    });
    const byId = new Map(
      participants.map((p, i) => [p.id, { department: p.department, name: p.displayName ?? `#${i + 1}` }]),
    );
    const latest = (await this.answers.query(
      `SELECT DISTINCT ON (participant_id, question_id) participant_id, question_id, value, answered_at
         FROM workshop_answers
        WHERE organization_id = $1 AND workshop_id = $2
        ORDER BY participant_id, question_id, id DESC`,
      [organizationId, id],
    )) as LatestRow[];
    const rows: RawResponseRow[] = [];
    // Anonymous: exactly the frozen answers behind the published figures (@ipgn/workshops), nothing more.
    const publications = anonymous ? await this.store.publications(workshop) : null;
    this.questions(workshop).forEach((q, index) => {
      const dept = (r: LatestRow) => byId.get(r.participant_id)?.department as WorkshopDepartment;
      let entries: { department: WorkshopDepartment; value: AnswerValue; row: LatestRow | null }[];
      let shown: ReadonlySet<WorkshopDepartment> | null = null;
      if (publications) {
        const publication = publications.get(q.id);
        if (!publication?.totalShown) return;
        entries = publication.answers.map((a) => ({ department: a.department, value: a.value, row: null }));
        shown = publication.shownDepartments;
      } else {
        entries = latest
          .filter((r) => r.question_id === q.id && r.value !== null && byId.has(r.participant_id))
          .map((r) => ({ department: dept(r), value: r.value as AnswerValue, row: r }));
      }
      const questionRows = entries.map((e): RawResponseRow => {
        const d = e.department;
        const department = shown === null || shown.has(d) ? DEPARTMENT_LABELS[d][locale] : MERGED_DEPARTMENT[locale];
        const value = e.value;
        const base = {
          department,
          questionNo: index + 1,
          questionId: q.id,
          prompt: q.prompt[locale],
          answer: formatAnswer(q, value, locale),
          answerCell: answerCell(q, value, locale),
          meaning: answerMeaning(q, value, locale),
        };
        return anonymous || !e.row
          ? base
          : {
              participant: byId.get(e.row.participant_id)?.name ?? '',
              ...base,
              answeredAt: new Date(e.row.answered_at),
            };
      });
      questionRows.sort((a, b) =>
        anonymous
          ? a.department.localeCompare(b.department) || a.answer.localeCompare(b.answer)
          : (a.participant ?? '').localeCompare(b.participant ?? ''),
      );
      rows.push(...questionRows);
    });
    const columns: RawColumn[] = anonymous
      ? ['department', 'questionNo', 'questionId', 'prompt', 'answer', 'meaning']
      : ['participant', 'department', 'questionNo', 'questionId', 'prompt', 'answer', 'meaning', 'answeredAt'];
    return { columns, rows, workshop, organizationName };
  }
}
