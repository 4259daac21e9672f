import type { AnswerErrorCode, LocalizedText, AnswerConflictBody } from '@ipgn/assessment';
import { ApiException } from '../../common/errors/api-exception';

/** 409 ANSWER_CONFLICT: carries both values so the client can show them side by side. */
export class AnswerConflictException extends ApiException {
  constructor(readonly conflict: AnswerConflictBody) {
    super(409, 'ANSWER_CONFLICT');
  }
}

/** 400 VALIDATION_FAILED on `value`, with the domain library's own bilingual message for the code. */
export class InvalidAnswerException extends ApiException {
  constructor(
    readonly answerCode: AnswerErrorCode,
    readonly answerMessage: LocalizedText,
  ) {
    super(400, 'VALIDATION_FAILED', {}, [{ field: 'value', code: answerCode }]);
  }
}
