import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { getQuestion, type AnswerValue, type Locale, type Question } from '@ipgn/assessment';
import { formatValue } from '../assessments/assessment-export.service';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { WorkshopParticipantEntity } from './entities/workshop-participant.entity';
import { WorkshopEntity } from './entities/workshop.entity';
import type { WorkshopDepartment } from './workshop-departments';
import { buildWorkshopReport, DEPARTMENT_LABELS, renderWorkshopDocx, renderWorkshopPdf } from './workshop-report';
import { MIN_GROUP_SIZE, visibleDepartments } from './workshop-results';
import { WorkshopsService } from './workshops.service';

/** One row of the raw export. Anonymous workshops leave out `participant` and `answeredAt` entirely. */
export interface RawResponseRow {
  participant?: string;
  department: string;
  questionNo: number;
  questionId: string;
  prompt: string;
  answer: string;
  answeredAt?: string;
}

const HEADERS: Record<Locale, Record<keyof RawResponseRow, string>> = {
  ja: { participant: '参加者', department: '部門', questionNo: '質問番号', questionId: '設問ID', prompt: '質問', answer: '回答', answeredAt: '回答日時' },
  en: { participant: 'Participant', department: 'Department', questionNo: 'No.', questionId: 'Question ID', prompt: 'Question', answer: 'Answer', answeredAt: 'Answered at' },
};

/** The label of departments merged because they are too small to be shown on their own. */
export const MERGED_DEPARTMENT: Record<Locale, string> = { ja: 'その他（少人数の部門を統合）', en: 'Other (small departments merged)' };

interface LatestRow {
  participant_id: string;
  question_id: string;
  value: AnswerValue | null;
  answered_at: Date | string;
}

function csvCell(value: string | number): string {
  const s = String(value);
  // Quote separators, and neutralise leading formula characters so a spreadsheet never runs a cell.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The workshop report (PDF, DOCX) and its raw responses (CSV, XLSX), anonymised as the workshop is configured. */
@Injectable()
export class WorkshopExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly workshops: WorkshopsService,
  ) {}

  async reportPdf(organizationId: string, id: string, locale: Locale): Promise<Buffer> {
    return renderWorkshopPdf(await this.report(organizationId, id, locale));
  }

  async reportDocx(organizationId: string, id: string, locale: Locale): Promise<Buffer> {
    return renderWorkshopDocx(await this.report(organizationId, id, locale));
  }

  async csv(organizationId: string, id: string, locale: Locale): Promise<Buffer> {
    const { columns, rows } = await this.rawRows(organizationId, id, locale);
    const lines = [columns.map((c) => HEADERS[locale][c]), ...rows.map((r) => columns.map((c) => r[c] ?? ''))].map((cells) => cells.map(csvCell).join(','));
    // BOM so that spreadsheet programs read the Japanese text as UTF-8.
    return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  }

  async xlsx(organizationId: string, id: string, locale: Locale): Promise<Buffer> {
    const { columns, rows } = await this.rawRows(organizationId, id, locale);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(locale === 'ja' ? '回答' : 'Responses');
    sheet.columns = columns.map((key) => ({ header: HEADERS[locale][key], key, width: key === 'prompt' ? 60 : 20 }));
    for (const row of rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  private async report(organizationId: string, id: string, locale: Locale) {
    // results() checks the workshop belongs to the organization (404 otherwise) before anything else is read.
    const results = await this.workshops.results(organizationId, id);
    const workshop = await this.workshop(organizationId, id);
    const org = await this.db.getRepository(OrganizationEntity).findOneOrFail({ where: { id: organizationId } });
    const agreed = new Map<string, AnswerValue>();
    for (const [questionId, a] of Object.entries(workshop.agreedAnswers)) agreed.set(questionId, a.value as AnswerValue);
    return buildWorkshopReport({
      locale,
      organizationName: locale === 'en' && org.legalNameEn ? org.legalNameEn : org.legalNameJa,
      title: workshop.title,
      scheduledAt: workshop.scheduledAt,
      anonymity: workshop.anonymity,
      questions: this.questions(workshop),
      results,
      agreed,
    });
  }

  private async workshop(organizationId: string, id: string): Promise<WorkshopEntity> {
    await this.workshops.detail(organizationId, id);
    return this.db.getRepository(WorkshopEntity).findOneOrFail({ where: { organizationId, id } });
  }

  private questions(workshop: WorkshopEntity): Question[] {
    return workshop.questionIds.map((q) => getQuestion(q)).filter((q): q is Question => q !== undefined);
  }

  /**
   * The latest answer of each participant to each question. Anonymous workshops: no names, user ids, participant
   * keys or times; per question, departments the results would hide (fewer than 3 respondents, plus secondary
   * suppression) are merged into one "other" group, a question with fewer than 3 respondents in all is left out,
   * and rows are sorted by question, department and answer so that no row order links one person's answers.
   */
  private async rawRows(organizationId: string, id: string, locale: Locale): Promise<{ columns: (keyof RawResponseRow)[]; rows: RawResponseRow[] }> {
    const workshop = await this.workshop(organizationId, id);
    const anonymous = workshop.anonymity === 'anonymous';
    const participants = await this.db.getRepository(WorkshopParticipantEntity).find({ where: { organizationId, workshopId: id }, order: { joinedAt: 'ASC' } });
    const byId = new Map(participants.map((p, i) => [p.id, { department: p.department, name: p.displayName ?? `#${i + 1}` }]));
    const latest = (await this.db.query(
      `SELECT DISTINCT ON (participant_id, question_id) participant_id, question_id, value, answered_at
         FROM workshop_answers
        WHERE organization_id = $1 AND workshop_id = $2
        ORDER BY participant_id, question_id, id DESC`,
      [organizationId, id],
    )) as LatestRow[];
    const rows: RawResponseRow[] = [];
    this.questions(workshop).forEach((q, index) => {
      const answers = latest.filter((r) => r.question_id === q.id && r.value !== null && byId.has(r.participant_id));
      const dept = (r: LatestRow) => byId.get(r.participant_id)?.department as WorkshopDepartment;
      let shown: Set<WorkshopDepartment> | null = null;
      if (anonymous) {
        if (answers.length < MIN_GROUP_SIZE) return;
        const counts = new Map<WorkshopDepartment, number>();
        for (const a of answers) counts.set(dept(a), (counts.get(dept(a)) ?? 0) + 1);
        shown = visibleDepartments(counts);
      }
      const questionRows = answers.map((a): RawResponseRow => {
        const d = dept(a);
        const department = shown === null || shown.has(d) ? DEPARTMENT_LABELS[d][locale] : MERGED_DEPARTMENT[locale];
        const base = { department, questionNo: index + 1, questionId: q.id, prompt: q.prompt[locale], answer: formatValue(q, a.value as AnswerValue, locale) };
        return anonymous ? base : { participant: byId.get(a.participant_id)?.name ?? '', ...base, answeredAt: new Date(a.answered_at).toISOString() };
      });
      questionRows.sort((a, b) => (anonymous ? a.department.localeCompare(b.department) || a.answer.localeCompare(b.answer) : (a.participant ?? '').localeCompare(b.participant ?? '')));
      rows.push(...questionRows);
    });
    const columns: (keyof RawResponseRow)[] = anonymous
      ? ['department', 'questionNo', 'questionId', 'prompt', 'answer']
      : ['participant', 'department', 'questionNo', 'questionId', 'prompt', 'answer', 'answeredAt'];
    return { columns, rows };
  }
}
