import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageTable } from './coverage-table';

const DOC = join(__dirname, '../../../../docs/assessment.md');
const START = '<!-- coverage-table:start -->';
const END = '<!-- coverage-table:end -->';

describe('coverage table in docs/assessment.md', () => {
  it('lists every agenda item and GGL action with the question ids that ask about it', () => {
    const table = coverageTable();
    expect(table).toContain('`m11.ai-involvement-records`');
    expect(table).toContain('`m12.essential-patents`');
    expect(table).not.toMatch(/\| — \|/); // every agenda item and action has at least one question
  });

  it('matches the generated table (UPDATE_COVERAGE=1 rewrites it)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const expected = `${START}\n${coverageTable()}\n${END}`;
    const actual = doc.slice(start, end + END.length);
    if (process.env['UPDATE_COVERAGE'] === '1' && actual !== expected)
      writeFileSync(DOC, doc.slice(0, start) + expected + doc.slice(end + END.length));
    else expect(actual).toBe(expected);
  });
});
