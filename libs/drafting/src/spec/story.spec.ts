import { STORY_STATUS_LABELS, buildStoryModel, generateDraft, storyDiagramText } from '../index';
import type { StoryFindingKind } from '../index';
import { MATRIX_COMPANIES, matrixInput } from '../testing/company-matrix';
import type { MatrixCompany } from '../testing/company-matrix';

const EXPECTED: Readonly<Record<MatrixCompany, readonly StoryFindingKind[]>> = {
  'rich-listed': [],
  'mid-listed-gaps': [
    'advantage-without-evidence',
    'kpi-unlinked',
    'largest-allocation-not-focus',
    'benchmark-unrelated',
  ],
  'pbr-below-1': [],
  'newly-listed': [],
  'sme-two-people': ['no-chain'],
  'sme-exporter': [],
};

describe('story model', () => {
  it.each(MATRIX_COMPANIES)('%s: flags exactly the mismatches of its story', (company) => {
    expect(buildStoryModel(matrixInput(company)).findings.map((f) => f.kind)).toEqual(EXPECTED[company]);
  });

  it('links each business: chain steps in order, the KPIs tracking it (KpiFact.intangibleId), its allocations', () => {
    const story = buildStoryModel(matrixInput('rich-listed'));
    const sensor = story.businesses.find((b) => b.segmentId === 'sensor');
    expect(sensor?.focus).toBe(true);
    expect(sensor?.chains[0]?.steps.map((s) => s.kind)).toEqual([
      'intangible',
      'advantage',
      'customer-value',
      'financial',
    ]);
    expect(sensor?.chains[0]?.kpiIds).toEqual(['coverage', 'licence-income', 'filings']);
    expect(story.businesses.find((b) => b.segmentId === 'power')?.allocationTotal).toBe(60_000);
    expect(story.companyAllocationIds).toEqual(['people']);
    // The Industrial Motors business has no path entered: the only line the checklist still warns about.
    expect(story.checklist.filter((c) => c.status !== 'ok').map((c) => [c.id, c.status])).toEqual([
      ['chains', 'warning'],
    ]);
  });

  it('names the subject and where to fix it in both languages', () => {
    const findings = buildStoryModel(matrixInput('mid-listed-gaps')).findings;
    const kpi = findings.find((f) => f.kind === 'kpi-unlinked');
    expect(kpi).toMatchObject({ subjectId: 'filings', factKey: 'kpis' });
    expect(kpi?.message.ja).toContain('特許出願件数');
    expect(kpi?.message.en).toContain('patent applications filed');
    const alloc = findings.find((f) => f.kind === 'largest-allocation-not-focus');
    expect(alloc).toMatchObject({ subjectId: 'materials-rd', factKey: 'allocations' });
    const checklist = buildStoryModel(matrixInput('mid-listed-gaps')).checklist;
    expect(checklist.find((c) => c.id === 'oversight')).toMatchObject({
      status: 'warning',
      questionId: 'm6.board-oversight',
    });
  });

  it('keeps the user’s own value-creation path when no chain was entered', () => {
    const input = matrixInput('sme-two-people');
    const answers = { ...input.answers, 'm4.value-story': '設計データを使い回して短納期で金型を作っている' };
    expect(buildStoryModel({ ...input, answers }).narrative).toContain('設計データを使い回して');
  });

  it('draws the story as a Mermaid flowchart with KPIs and allocations attached, and travels with every draft', () => {
    const story = buildStoryModel(matrixInput('rich-listed'));
    const ja = storyDiagramText(story, 'ja');
    expect(ja.split('\n')[0]).toBe('flowchart LR');
    expect(ja).toContain('subgraph s_sensor["車載センサ事業"]');
    expect(ja).toContain('i_sensor_patents -.-> k_coverage');
    expect(ja).toContain('al_power_rd ==> i_sic_know_how');
    expect(ja).toMatch(/al_power_rd\["投資: [\d,.]+億円"\]/);
    expect(generateDraft('cg-report', 'en', matrixInput('rich-listed')).attachments.story?.findings).toEqual([]);
  });

  it('says every checklist item, status, finding and diagram label in English as well as Japanese', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/u;
    expect(Object.values(STORY_STATUS_LABELS).map((l) => [japanese.test(l.ja), japanese.test(l.en)])).toEqual([
      [true, false],
      [true, false],
      [true, false],
    ]);
    for (const company of MATRIX_COMPANIES) {
      const story = buildStoryModel(matrixInput(company));
      for (const item of story.checklist) {
        expect({ company, id: item.id, ja: item.label.ja }).toEqual({ company, id: item.id, ja: expect.any(String) });
        expect({ company, id: item.id, en: japanese.test(item.label.en) }).toEqual({ company, id: item.id, en: false });
      }
      for (const f of story.findings) {
        expect(f.message.ja).not.toBe('');
        expect({ company, kind: f.kind, en: f.message.en, japanese: japanese.test(f.message.en) }).toEqual({
          company,
          kind: f.kind,
          en: f.message.en,
          japanese: false,
        });
      }
      const en = storyDiagramText(story, 'en');
      expect({ company, japanese: japanese.test(en) }).toEqual({ company, japanese: false });
    }
    const en = storyDiagramText(buildStoryModel(matrixInput('rich-listed')), 'en');
    expect(en).toMatch(/al_power_rd\["Investment: ¥[\d,.]+ (billion|million)"\]/);
    expect(en).not.toContain('投資');
  });

  it('falls back to the other language’s name when one is left empty, never to an empty 「」 or ""', () => {
    const input = matrixInput('mid-listed-gaps');
    const kpis = (input.facts?.kpis ?? []).map((k) => (k.id === 'filings' ? { ...k, name: { ...k.name, en: '' } } : k));
    const story = buildStoryModel({ ...input, facts: { ...input.facts, kpis } });
    const kpi = story.findings.find((f) => f.kind === 'kpi-unlinked');
    expect(kpi?.message.en).toContain('The KPI "特許出願件数"');
    expect(kpi?.message.en).not.toContain('""');
  });

  it('reads a diagram saved before it was bilingual (the Japanese source as a string) in either language', () => {
    expect(storyDiagramText({ mermaid: 'flowchart LR\n  a --> b' }, 'en')).toBe('flowchart LR\n  a --> b');
    expect(storyDiagramText({ mermaid: { ja: 'flowchart LR', en: 'flowchart LR ' } }, 'en')).toBe('flowchart LR ');
  });
});
