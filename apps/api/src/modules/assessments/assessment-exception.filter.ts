import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pickLocale, translate } from '../../common/i18n/api-i18n';
import type { RequestWithContext } from '../../common/http/request-context';
import { AnswerConflictException, InvalidAnswerException } from './assessment-errors';

/**
 * Renders the two assessment errors that carry more than the common shape: the conflict (both values) and an
 * invalid answer (the question-specific message from the domain library). Same fields as every other error.
 */
@Catch(AnswerConflictException, InvalidAnswerException)
export class AssessmentExceptionFilter implements ExceptionFilter {
  catch(exception: AnswerConflictException | InvalidAnswerException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request & RequestWithContext>();
    const res = http.getResponse<Response>();
    const locale = pickLocale(req.user?.locale, req.headers['accept-language']);
    const base = {
      statusCode: exception.getStatus(),
      code: exception.code,
      message: translate(locale, `errors.${exception.code}`),
      requestId: String(req.id ?? ''),
    };
    const body =
      exception instanceof AnswerConflictException
        ? { ...base, ...exception.conflict }
        : {
            ...base,
            errors: [{ field: 'value', code: exception.answerCode, message: exception.answerMessage[locale] }],
          };
    res.status(base.statusCode).json(body);
  }
}
