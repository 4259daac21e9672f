import { demoDraftInput, generateDraft } from '@ipgn/drafting';
import { dateLine, draftReport } from './draft-report';

describe('draftReport (the PDF and Word export of a draft)', () => {
  it('prints the sections of an integrated report but not the Mermaid source of its diagram', () => {
    const draft = generateDraft('integrated-report', 'ja', demoDraftInput());
    expect(draft.attachments.valueCreationDiagram?.nodes.length).toBeGreaterThan(0);
    const at = new Date('2026-12-02T00:00:00Z');
    const report = draftReport({
      draft,
      organizationName: 'デモ電機株式会社',
      dateLine: dateLine('ja', at, false),
      at,
      published: false,
    });
    const headings = report.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(draft.sections.map((s) => s.heading));
    expect(report.blocks.filter((b) => b.kind === 'code')).toEqual([]);
    expect(JSON.stringify(report)).not.toContain('flowchart LR');
  });
});
