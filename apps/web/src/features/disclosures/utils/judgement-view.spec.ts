import { judgeDisclosure } from '@ipgn/disclosure-scoring';
import { storedBeforeV24 } from '../../../testing/judgement-fixtures';
import { linkState, rolePieces, unanchoredKinds, unanchoredSentences } from './judgement-view';

// Our own passages. The first is strategy vocabulary about nothing named (issue 18); in the second, one sentence of
// such words follows a chain about a named business.
const VOCABULARY =
  'トップメッセージ\n' +
  '当社は、知的財産と無形資産こそが価値創造の源泉であると考えています。\n' +
  '長年磨いてきた独自の技術力とブランド力を掛け合わせ、他社が容易に模倣できない参入障壁を築くことで、揺るぎない競争優位を確立します。\n' +
  '差別化された提供価値によってお客様の課題を解決し、売上と利益率の持続的な向上につなげてまいります。\n' +
  '成長領域への投資を重点的に配分し、イノベーションの好循環を生み出すことで、2030年度にROIC10%の達成を目指します。';
const MIXED =
  '当社の電池材料事業では、正極材の焼成技術に関する特許群が、車載電池向け製品の売上高1,240億円を支えています。\n' +
  'これらの特許により競合他社の参入を防ぎ、同事業の営業利益率は14.2%と全社平均の2倍になっています。\n' +
  'また、長年磨いてきた独自の技術力とブランド力を掛け合わせ、他社が容易に模倣できない参入障壁を築くことで、揺るぎない競争優位を確立します。';

describe('judgement view: words about nothing named', () => {
  const vocabulary = judgeDisclosure(VOCABULARY);
  const mixed = judgeDisclosure(MIXED);

  it('marks exactly the sentences the scorer marked, with the scorer’s reason, and no gap between them', () => {
    const marked = vocabulary.sentences.filter((s) => s.unanchored);
    expect(marked.length).toBeGreaterThan(0);
    const pieces = rolePieces(VOCABULARY, vocabulary.sentences);
    expect(pieces.map((p) => p.text).join('')).toBe(VOCABULARY);
    const loose = pieces.filter((p) => p.unanchored);
    expect(loose.map((p) => p.start)).toEqual(marked.map((s) => s.start));
    expect(loose.map((p) => p.reason)).toEqual(marked.map((s) => s.reason));
    expect(loose[0]?.reason?.ja).toContain('名指ししておらず');
    for (const p of pieces.filter((x) => !x.unanchored)) expect(p.reason).toBeNull();
    expect(pieces.filter((p) => p.role === null).every((p) => !p.unanchored)).toBe(true);
  });

  it('lists the marked sentences in text order with their text, role, chain and reason', () => {
    const list = unanchoredSentences(VOCABULARY, [...vocabulary.sentences].reverse());
    const marked = vocabulary.sentences.filter((s) => s.unanchored);
    expect(list).toEqual(
      marked.map((s) => ({
        start: s.start,
        text: VOCABULARY.slice(s.start, s.end).trim(),
        role: s.role,
        chain: s.chain,
        reason: s.reason,
      })),
    );
    expect(list[0]?.text).toContain('参入障壁');
  });

  it('gives a chain’s words-only kinds in link order, never one the chain also tells about something named', () => {
    const [chain] = vocabulary.chains;
    expect(chain).toBeDefined();
    if (!chain) return;
    expect(chain.unanchored.length).toBeGreaterThan(0);
    expect(unanchoredKinds(chain)).toEqual(chain.unanchored);
    expect(linkState(chain, 'mechanism')).toBe(chain.unanchored.includes('mechanism') ? 'loose' : 'missing');
    expect(unanchoredKinds({ links: ['mechanism'], unanchored: ['allocation', 'mechanism', 'financial'] })).toEqual([
      'financial',
      'allocation',
    ]);
    expect(linkState({ links: ['mechanism'], unanchored: ['mechanism'] }, 'mechanism')).toBe('present');
    expect(linkState({ links: [], unanchored: ['financial'] }, 'financial')).toBe('loose');
    expect(linkState({ links: [], unanchored: ['financial'] }, 'kpi')).toBe('missing');
  });

  it('marks a sentence of words only even in a chain whose links are all named elsewhere', () => {
    const [chain] = mixed.chains;
    expect(chain?.links).toContain('mechanism');
    expect(chain && unanchoredKinds(chain)).toEqual([]);
    const list = unanchoredSentences(MIXED, mixed.sentences);
    expect(list).toHaveLength(1);
    expect(list[0]?.text).toContain('参入障壁');
    expect(list[0]?.chain).toBe(chain?.index);
  });

  it('marks nothing in a result saved before v2.4, and nothing the scorer did not flag', () => {
    const old = storedBeforeV24(vocabulary);
    expect(rolePieces(VOCABULARY, old.sentences).some((p) => p.unanchored)).toBe(false);
    expect(unanchoredSentences(VOCABULARY, old.sentences)).toEqual([]);
    for (const c of old.chains) expect(unanchoredKinds(c)).toEqual([]);
    // A reason alone (every v2 sentence has one) is not a mark.
    expect(vocabulary.sentences.some((s) => !s.unanchored && s.reason.ja.length > 0)).toBe(true);
    expect(unanchoredSentences(VOCABULARY, vocabulary.sentences).length).toBe(
      vocabulary.sentences.filter((s) => s.unanchored).length,
    );
  });
});
