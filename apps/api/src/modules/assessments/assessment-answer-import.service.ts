import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { getQuestion, validateAnswer, type AnswerValue } from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';
import { AssessmentEntity } from './entities/assessment.entity';

/** Answers agreed elsewhere (e.g. in a workshop), to be written into a draft round. */
export interface ImportedAnswers {
  readonly organizationId: string;
  readonly assessmentId: string;
  readonly answers: readonly { questionId: string; value: AnswerValue }[];
  readonly answeredBy: string;
  /** When the answers were given (the workshop's date), not when they are imported. */
  readonly answeredAt: Date;
  /** Where they came from, e.g. `workshop:<id>`; shown beside each answer. */
  readonly source: string;
}

export interface ImportedAnswersResult {
  readonly track: string;
  readonly applied: string[];
  /** Questions not part of the round's track, or whose value no longer validates. */
  readonly skipped: string[];
}

/**
 * The assessments module's one door for other modules that write answers: checks the round (same
 * organization, still a draft, locked while writing), validates every answer, and bumps each answer's
 * version, so that anyone editing the round meanwhile gets the usual conflict instead of overwriting unawares.
 */
@Injectable()
export class AssessmentAnswerImportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async importAnswers(input: ImportedAnswers): Promise<ImportedAnswersResult> {
    const { organizationId, assessmentId } = input;
    return this.db.transaction(async (manager) => {
      const assessment = await manager
        .getRepository(AssessmentEntity)
        .findOne({ where: { organizationId, id: assessmentId }, lock: { mode: 'pessimistic_write' } });
      if (!assessment) throw ApiException.notFound();
      if (assessment.status !== 'draft') throw new ApiException(409, 'ASSESSMENT_LOCKED');
      const applied: string[] = [];
      const skipped: string[] = [];
      for (const { questionId, value } of input.answers) {
        const question = getQuestion(questionId);
        if (!question || !question.tracks.includes(assessment.track) || !validateAnswer(question, value).ok) {
          skipped.push(questionId);
          continue;
        }
        await manager.query(
          `INSERT INTO assessment_answers (organization_id, assessment_id, question_id, value, version, answered_by, answered_at, source)
           VALUES ($1, $2, $3, $4::jsonb, 1, $5, $6, $7)
           ON CONFLICT (organization_id, assessment_id, question_id) DO UPDATE
              SET value = EXCLUDED.value, version = assessment_answers.version + 1, answered_by = EXCLUDED.answered_by,
                  answered_at = EXCLUDED.answered_at, source = EXCLUDED.source`,
          [
            organizationId,
            assessmentId,
            questionId,
            JSON.stringify(value),
            input.answeredBy,
            input.answeredAt,
            input.source,
          ],
        );
        applied.push(questionId);
      }
      return { track: assessment.track, applied, skipped };
    });
  }
}
