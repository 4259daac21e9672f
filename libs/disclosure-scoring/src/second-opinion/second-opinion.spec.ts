import { parseSecondOpinion } from './parse-second-opinion';
import { MAX_SECOND_OPINION_CHARS, requestSecondOpinion } from './request-second-opinion';
import { buildSecondOpinionMessages } from './second-opinion-prompt';
import { SecondOpinionError } from './second-opinion-types';

// Our own passage about an invented business.
const TEXT =
  '当社は、業務用空調事業の省エネ制御技術について、基本特許をライセンス供与して業界の標準規格とし、ライセンス収入を得ています。';

const answer = (o: unknown): string => JSON.stringify(o);
const feature = (present: boolean, quotes: string[] = []): { present: boolean; quotes: string[] } => ({
  present,
  quotes,
});

describe('parseSecondOpinion', () => {
  it('keeps quotes found verbatim, with offsets, and the label', () => {
    const r = parseSecondOpinion(
      answer({
        label: 'strong',
        features: {
          business: feature(true, ['業務用空調事業']),
          mechanism: feature(true, ['「基本特許をライセンス供与して業界の標準規格とし」']),
          value: feature(true, ['ライセンス収入']),
        },
        reason: 'つながっている。',
      }),
      TEXT,
      'm',
    );
    expect(r.label).toBe('strong');
    expect(r.aiGenerated).toBe(true);
    const business = r.features.find((f) => f.id === 'business');
    expect(business?.present).toBe(true);
    for (const f of r.features) for (const e of f.evidence) expect(TEXT.slice(e.start, e.end)).toBe(e.text);
    expect(r.features.find((f) => f.id === 'mechanism')?.evidence[0]?.text).toBe(
      '基本特許をライセンス供与して業界の標準規格とし',
    );
    expect(r.droppedQuotes).toBe(0);
    expect(r.features.map((f) => f.id)).toEqual([
      'business',
      'asset',
      'mechanism',
      'value',
      'kpi',
      'allocation',
      'oversight',
      'substitution',
      'boilerplate',
    ]);
  });

  it('drops invented quotes and does not credit a feature backed only by them', () => {
    const r = parseSecondOpinion(
      answer({
        label: 'strong',
        features: {
          business: feature(true, ['業務用空調事業']),
          kpi: feature(true, ['営業利益率を2030年までに20%へ']),
          oversight: feature(true, []),
        },
      }),
      TEXT,
      'm',
    );
    const kpi = r.features.find((f) => f.id === 'kpi');
    expect(kpi).toMatchObject({ claimed: true, present: false, evidence: [] });
    expect(r.features.find((f) => f.id === 'oversight')?.present).toBe(false);
    expect(r.droppedQuotes).toBe(1);
  });

  it('reads an answer inside a code fence, and substitution without quotes', () => {
    const r = parseSecondOpinion(
      'Here it is:\n```json\n' + answer({ label: 'Weak', features: { substitution: { present: true } } }) + '\n```',
      TEXT,
      'm',
    );
    expect(r.label).toBe('weak');
    expect(r.features.find((f) => f.id === 'substitution')?.present).toBe(true);
  });

  it.each([
    ['no JSON', 'I think it is strong.'],
    ['broken JSON', '{"label": "strong", '],
    ['unknown label', answer({ label: 'excellent' })],
    ['an array', '[1, 2]'],
    ['a runaway answer', `{"label":"weak","reason":"${'x'.repeat(100_001)}"}`],
  ])('refuses %s as BAD_RESPONSE', (_name, bad) => {
    expect(() => parseSecondOpinion(bad, TEXT, 'm')).toThrow(expect.objectContaining({ code: 'BAD_RESPONSE' }));
  });
});

describe('requestSecondOpinion', () => {
  const ok = (content: string): typeof fetch =>
    jest.fn(
      async () => new Response(JSON.stringify({ choices: [{ message: { content } }] }), { status: 200 }),
    ) as unknown as typeof fetch;

  it('sends the rubric prompt with the text to the configured model and parses the answer', async () => {
    const fetchMock = ok(answer({ label: 'medium', features: {} }));
    const r = await requestSecondOpinion(
      { url: 'http://127.0.0.1:1/v1/chat/completions', model: 'x', apiKey: 'k', fetch: fetchMock },
      TEXT,
      'ja',
    );
    expect(r.label).toBe('medium');
    const [url, init] = (fetchMock as unknown as jest.Mock).mock.calls[0] as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:1/v1/chat/completions');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer k');
    const body = JSON.parse(String(init.body)) as { model: string; messages: { content: string }[] };
    expect(body.model).toBe('x');
    expect(body.messages[1]?.content).toContain(TEXT);
    expect(body.messages[0]?.content).toContain('strong');
  });

  it('refuses a text over the limit before any request', async () => {
    const fetchMock = ok('{}');
    await expect(
      requestSecondOpinion(
        { url: 'http://x', model: 'x', fetch: fetchMock },
        'あ'.repeat(MAX_SECOND_OPINION_CHARS + 1),
        'ja',
      ),
    ).rejects.toMatchObject({ code: 'TEXT_TOO_LONG' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('maps a non-2xx answer, a network error and a timeout to their codes', async () => {
    const status500 = jest.fn(async () => new Response('boom', { status: 500 })) as unknown as typeof fetch;
    await expect(
      requestSecondOpinion({ url: 'http://x', model: 'x', fetch: status500 }, TEXT, 'ja'),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const refused = jest.fn(async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(
      requestSecondOpinion({ url: 'http://x', model: 'x', fetch: refused }, TEXT, 'ja'),
    ).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const hanging = ((_u: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as unknown as typeof fetch;
    await expect(
      requestSecondOpinion({ url: 'http://x', model: 'x', fetch: hanging, timeoutMs: 50 }, TEXT, 'ja'),
    ).rejects.toMatchObject({ code: 'TIMEOUT' });
    const notJson = jest.fn(async () => new Response('<html>', { status: 200 })) as unknown as typeof fetch;
    await expect(
      requestSecondOpinion({ url: 'http://x', model: 'x', fetch: notJson }, TEXT, 'ja'),
    ).rejects.toBeInstanceOf(SecondOpinionError);
  });

  it('writes the prompt in the passage language', () => {
    expect(buildSecondOpinionMessages('text', 'en')[0]?.content).toMatch(/^You are an analyst/);
    expect(buildSecondOpinionMessages('本文', 'ja')[0]?.content).toMatch(/^あなたは/);
  });
});
