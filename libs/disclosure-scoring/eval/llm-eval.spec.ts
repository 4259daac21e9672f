import { llmEndpointFromEnv, llmMarkdown, runLlm } from './llm-eval';
import type { EvalPassage } from './corpus';

// Our own passages about invented businesses (no corpus text).
const PASSAGES: EvalPassage[] = [
  {
    id: 'a',
    language: 'ja',
    company: '',
    docType: 'own',
    label: 'strong',
    text: '業務用空調事業では、基本特許をライセンス供与して標準規格とし、ライセンス収入を得ています。',
  },
  {
    id: 'b',
    language: 'ja',
    company: '',
    docType: 'own',
    label: 'weak',
    text: '2023年度の特許出願件数は1,250件でした。',
  },
  {
    id: 'c',
    language: 'en',
    company: '',
    docType: 'own',
    label: 'medium',
    text: 'Our packaging film business relies on a barrier coating technology.',
  },
];

describe('LLM evaluation (--llm)', () => {
  it('is off without AI_REWRITE_URL and AI_REWRITE_MODEL', () => {
    expect(llmEndpointFromEnv({})).toBeNull();
    expect(llmEndpointFromEnv({ AI_REWRITE_URL: 'http://x' })).toBeNull();
    expect(llmEndpointFromEnv({ AI_REWRITE_URL: 'http://x', AI_REWRITE_MODEL: 'm' })).toMatchObject({
      url: 'http://x',
      model: 'm',
    });
  });

  it('asks once per passage, counts unavailable answers as missing, and reports both scorers on the answered ones', async () => {
    const calls: string[] = [];
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { messages: { content: string }[] };
      const text = body.messages[1]?.content ?? '';
      calls.push(text);
      if (text.includes('packaging')) return new Response('down', { status: 503 });
      const label = text.includes('ライセンス') ? 'strong' : 'weak';
      return new Response(
        JSON.stringify({
          choices: [
            {
              message: {
                content: JSON.stringify({ label, features: { business: { present: true, quotes: ['invented'] } } }),
              },
            },
          ],
        }),
        { status: 200 },
      );
    }) as unknown as typeof fetch;
    const run = await runLlm({ url: 'http://x', model: 'm', fetch: fakeFetch }, PASSAGES);
    expect(calls).toHaveLength(3);
    expect(run.labels).toEqual([2, 0, null]);
    expect(run.failures).toEqual({ UNAVAILABLE: 1 });
    expect(run.droppedQuotes).toBe(2);
    const md = llmMarkdown(run, PASSAGES, [80, 5, 30], 'm');
    expect(md).toContain('2 of 3 passages answered (unavailable: UNAVAILABLE 1)');
    expect(md).toMatch(/\| all \| LLM label \(strong 2 \/ medium 1 \/ weak 0\) \| 2 \(1s\/1w\) \| 1\.000 \|/);
  });
});
