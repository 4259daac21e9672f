import {
  DEMO_ORGANIZATION,
  demoDraftInput,
  draftCompleteness,
  generateDraft,
  renderDraftMarkdown,
  renderDraftText,
} from '../index';

describe('integrated-report draft', () => {
  it('uses the six top-level Value Co-creation Guidance 2.0 headings, in order', () => {
    const ja = generateDraft('integrated-report', 'ja', demoDraftInput());
    expect(ja.sections.map((s) => s.id)).toEqual([
      'values',
      'long-term-strategy',
      'execution',
      'outcomes',
      'governance',
      'dialogue',
    ]);
    expect(ja.sections.map((s) => s.heading)).toEqual([
      '1. 価値観と重要課題',
      '2. 長期戦略とビジネスモデル（価値創造ストーリー）',
      '3. 実行戦略と資本配分',
      '4. 成果と重要な成果指標（KPI）',
      '5. ガバナンス',
      '6. 投資家との対話',
    ]);
  });

  it('tells the value-creation story as text, one causal chain per value-chain fact', () => {
    const text = renderDraftText(generateDraft('integrated-report', 'ja', demoDraftInput()));
    // One paragraph per business, three sentences per chain, no frame used more than twice.
    expect(text).toContain(
      '保守・データサービス事業では、導入先設備から集まる稼働データが強みを支えています。この強みが故障の予兆の早期検知を実現し、設備停止時間の短縮という形でお客様の役に立っています。財務面では継続課金型の保守契約収入につながっています（2026年3月期の保守契約の継続率：92%）。',
    );
    expect(text).toContain('研究開発費の売上高比率は5%');
    expect(text).toContain('時価総額に占める無形資産の比率は72.2%、PBRは3倍です');
    expect(text).toContain('2035年に向けて');
    expect(draftCompleteness(generateDraft('integrated-report', 'en', demoDraftInput())).complete).toBe(true);
  });

  it('gives the story as a diagram: nodes, edges and a Mermaid flowchart', () => {
    const d = generateDraft('integrated-report', 'en', demoDraftInput()).attachments.valueCreationDiagram;
    if (!d) throw new Error('no diagram');
    expect(d.nodes.filter((n) => n.kind === 'intangible')).toHaveLength(3);
    expect(d.nodes.filter((n) => n.kind === 'financial-result')).toHaveLength(3);
    expect(d.edges).toHaveLength(9);
    const ids = new Set(d.nodes.map((n) => n.id));
    for (const e of d.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    for (const n of d.nodes) expect(n.id).toMatch(/^[a-z]_[A-Za-z0-9_]+$/);
    // Every chain runs intangible → advantage → customer value → financial result.
    const kind = new Map(d.nodes.map((n) => [n.id, n.kind]));
    const order = ['intangible', 'advantage', 'customer-value', 'financial-result'];
    for (const e of d.edges)
      expect(order.indexOf(kind.get(e.to) ?? '')).toBe(order.indexOf(kind.get(e.from) ?? '') + 1);
    expect(d.mermaid.split('\n')[0]).toBe('flowchart LR');
    expect(d.mermaid).toContain('i_sic_know_how["our SiC wafer-processing know-how"]:::intangible');
    expect(d.mermaid).toContain('i_sic_know_how --> a_power_chain');
    expect(d.mermaid).toContain('(gross margin 34%, the year to March 2026)');
    expect(renderDraftMarkdown(generateDraft('integrated-report', 'en', demoDraftInput()))).toContain(
      '```mermaid\nflowchart LR',
    );
  });

  it('is mostly slots from an empty assessment, with an empty diagram', () => {
    const draft = generateDraft('integrated-report', 'ja', {
      organization: DEMO_ORGANIZATION,
      answers: {},
      asOf: '2026-06-30',
    });
    const c = draftCompleteness(draft);
    expect(c.paragraphsWithSlots / c.paragraphs).toBeGreaterThanOrEqual(0.7);
    expect(c.missing.map((m) => m.factKey)).toEqual(
      expect.arrayContaining(['valueChains', 'vision', 'kpis', 'dialogueEvents']),
    );
    expect(draft.attachments.valueCreationDiagram?.nodes).toEqual([]);
    expect(renderDraftMarkdown(draft)).not.toContain('mermaid');
  });
});
