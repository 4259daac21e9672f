import { ValidationError } from 'class-validator';
import { toFieldProblems, validationExceptionFactory } from './validation-exception.factory';

function error(
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('toFieldProblems', () => {
  it('gives one problem per failed constraint, with the bound read back from the message', () => {
    expect(
      toFieldProblems([
        error('displayName', {
          maxLength: 'displayName must be shorter than or equal to 100 characters',
          isString: 'displayName must be a string',
        }),
        error('fiscalYearEndMonth', { min: 'fiscalYearEndMonth must not be less than 1' }),
      ]),
    ).toEqual([
      { field: 'displayName', code: 'maxLength', vars: { constraint: '100' } },
      { field: 'displayName', code: 'isString', vars: { constraint: '' } },
      { field: 'fiscalYearEndMonth', code: 'min', vars: { constraint: '1' } },
    ]);
  });

  it('names nested fields with dotted paths and skips nodes without own constraints', () => {
    const nested = error('members', {}, [
      error('0', {}, [error('role', { isIn: 'role must be one of the following values: owner, admin' })]),
    ]);
    expect(toFieldProblems([nested])).toEqual([{ field: 'members.0.role', code: 'isIn', vars: { constraint: '' } }]);
  });

  it('is empty for no errors, and the factory wraps problems in a 400 VALIDATION_FAILED', () => {
    expect(toFieldProblems([])).toEqual([]);
    const ex = validationExceptionFactory([error('email', { isEmail: 'email must be an email' })]);
    expect(ex.getStatus()).toBe(400);
    expect(ex.code).toBe('VALIDATION_FAILED');
    expect(ex.fieldProblems).toEqual([{ field: 'email', code: 'isEmail', vars: { constraint: '' } }]);
  });
});
