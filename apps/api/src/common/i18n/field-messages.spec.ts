import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { companyFactsIssues } from '@ipgn/drafting';
import { API_MESSAGES } from './api-messages';
import { translate } from './api-i18n';
// Every DTO module, so their decorators register with class-validator's metadata storage.
import '../../modules/assessments/dto/assessments.dto';
import '../../modules/assessments/dto/bank-query.dto';
import '../../modules/assessments/dto/planning.dto';
import '../../modules/auth/dto/auth.dto';
import '../../modules/disclosures/dto/create-disclosure.dto';
import '../../modules/drafts/dto/drafts.dto';
import '../../modules/members/dto/members.dto';
import '../../modules/organizations/dto/organization.dto';
import '../../modules/publishing/dto/publishing.dto';
import '../../modules/workshops/dto/workshops.dto';

/** Constraints that never produce a field message (markers and switches). */
const NOT_MESSAGES = new Set(['isOptional', 'allow', 'nestedValidation', 'conditionalValidation', 'whitelist']);
/** Constraints with a bound: the message must say it. */
const BOUNDED = new Set(['min', 'max', 'minLength', 'maxLength', 'arrayMinSize', 'arrayMaxSize', 'draftTooLong']);

function constraintNames(): string[] {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, Array<{ name?: string; type: string }>>;
  };
  const names = new Set<string>();
  for (const list of storage.validationMetadatas.values()) {
    for (const m of list) {
      const name = m.name ?? m.type;
      if (!NOT_MESSAGES.has(name)) names.add(name);
    }
  }
  return [...names].sort();
}

/** Field codes the services raise themselves (`{ field: 'email', code: 'emailTaken' }`), read from their sources. */
function serviceFieldCodes(dir = join(__dirname, '../../')): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      for (const [code, file] of serviceFieldCodes(path)) found.set(code, file);
    } else if (entry.endsWith('.ts') && !entry.includes('spec.ts')) {
      for (const m of readFileSync(path, 'utf8').matchAll(/\{\s*field[^{}]*?\bcode:\s*'([A-Za-z]+)'/g))
        found.set(m[1] as string, path);
    }
  }
  return found;
}

describe('field messages', () => {
  const fields = API_MESSAGES.ja.fields as Record<string, string>;
  const fieldsEn = API_MESSAGES.en.fields as Record<string, string>;

  it('finds the DTO constraints (the test looks at something)', () => {
    expect(constraintNames()).toEqual(expect.arrayContaining(['isIn', 'maxLength', 'min', 'isInt', 'isString']));
  });

  it.each(constraintNames())('the constraint %s has its own message in both languages', (name) => {
    expect(fields[name]).toEqual(expect.any(String));
    expect(fieldsEn[name]).toEqual(expect.any(String));
  });

  it('every field code a service raises has its own message in both languages (not 「値が正しくありません」)', () => {
    const codes = serviceFieldCodes();
    // The walk sees the codes it must (the test looks at something).
    expect([...codes.keys()]).toEqual(expect.arrayContaining(['emailTaken', 'invalidToken', 'alreadyMember']));
    for (const [code, file] of codes) {
      expect({ code, file, ja: fields[code], en: fieldsEn[code] }).toEqual({
        code,
        file,
        ja: expect.any(String),
        en: expect.any(String),
      });
    }
    expect(translate('ja', 'fields.emailTaken')).toContain('既に登録されています');
    expect(translate('en', 'fields.emailTaken')).toContain('already registered');
  });

  it('every company-facts issue code has its own message', () => {
    const broken = {
      segments: [{ id: 's', name: { ja: 'x'.repeat(10_000), en: '' } }],
      kpis: [
        {
          id: 'k',
          name: { ja: 'a', en: 'a' },
          kind: 'nope',
          unit: 'count',
          target: { value: Number.NaN, fiscalYear: 1.5 },
        },
      ],
      allocations: [
        { id: 'a', area: 'rd', amount: -1e20, fromFiscalYear: 2020, toFiscalYear: 2021, purpose: { ja: 'p', en: 'p' } },
      ],
      disclosureUrl: 'not a url',
      extra: true,
    };
    const codes = [...new Set(companyFactsIssues(broken).map((i) => i.code))];
    expect(codes.length).toBeGreaterThan(3);
    for (const code of codes) expect({ code, message: fields[code] }).toEqual({ code, message: expect.any(String) });
  });

  it.each([...BOUNDED])('the message for %s states the bound', (name) => {
    expect(translate('ja', `fields.${name}`, { constraint: '2000' })).toContain('2000');
    expect(translate('en', `fields.${name}`, { constraint: '2000' })).toContain('2000');
  });
});
