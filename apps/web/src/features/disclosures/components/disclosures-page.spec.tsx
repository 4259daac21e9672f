import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scoreDisclosure, type DisclosureComparison, type DisclosureRecord } from '@ipgn/disclosure-scoring';
import type { OrganizationRole } from '@ipgn/contracts';
import { pageOf } from '@ipgn/contracts';
import {
  apiError,
  createMockApi,
  json,
  type MockApi,
  page,
  type RecordedCall,
  tooManyRequests,
} from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';
import {
  DISCLOSURE_RUBRIC,
  comparisonOf,
  deltasOf,
  disclosureRecordOf,
  disclosureSummaryOf,
} from '../../../testing/judgement-fixtures';
import { evidenceHighlights } from '../utils/evidence-highlights';

const WEAK = '当社は知的財産を重要な経営資源と認識し、適切に保護・管理してまいります。';
const STRONG =
  '当社の電池材料事業では、正極材の焼成技術に関する特許群（国内212件・海外348件）が、車載電池向け製品の売上高1,240億円（2025年度、前年比18%増）を支えています。' +
  'これらの特許により競合他社の参入を防ぎ、主要顧客3社との長期供給契約（2030年まで）を獲得したことで、同事業の営業利益率は14.2%と全社平均の2倍になっています。' +
  'CTOを委員長とする知財戦略委員会が四半期ごとに開催され、出願・放棄の判断と重点領域の見直しを行っています。';

/** A saved record as the API returns it, judged by the real scorer (a CG-report entry). */
function recordOf(id: string, title: string, text: string, createdAt: string): DisclosureRecord {
  const result = scoreDisclosure(text, { documentType: 'cg_report' });
  return disclosureRecordOf(text, result, { id, title, documentType: 'cg_report', createdAt });
}

const weak = recordOf('d-weak', '2025年版', WEAK, '2026-11-01T00:00:00.000Z');
const strong = recordOf('d-strong', '2026年版', STRONG, '2026-11-20T00:00:00.000Z');

function apiFor(role: OrganizationRole, history: DisclosureRecord[] = [strong, weak]): MockApi {
  return createMockApi({
    'GET /api/auth/me': json(200, aUser(role)),
    'GET /api/disclosure-rubric': json(200, DISCLOSURE_RUBRIC),
    [`GET /api/orgs/${ORG_ID}/disclosures`]: json(200, page(history.map(disclosureSummaryOf))),
    [`GET /api/orgs/${ORG_ID}/disclosures/${weak.id}`]: json(200, weak),
    [`GET /api/orgs/${ORG_ID}/disclosures/${strong.id}`]: json(200, strong),
  });
}

describe('Disclosure scoring pages', () => {
  it('scores pasted text and shows the score, the class meaning, the checklist, highlighted evidence and suggestions', async () => {
    const api = apiFor('contributor', []);
    api.on(`POST /api/orgs/${ORG_ID}/disclosures`, (call) => {
      const body = call.body as { title: string; text: string };
      return json(201, { ...recordOf('d-new', body.title, body.text, '2026-11-25T00:00:00.000Z') });
    });
    api.on(
      `GET /api/orgs/${ORG_ID}/disclosures/d-new`,
      json(200, recordOf('d-new', 'CG報告書 2026', STRONG, '2026-11-25T00:00:00.000Z')),
    );
    const user = userEvent.setup();
    const { location } = renderApp(api, `/o/${ORG_ID}/disclosures`);

    await user.type(await screen.findByLabelText(/^タイトル/), 'CG報告書 2026');
    await user.selectOptions(screen.getByLabelText('文書の種類'), '統合報告書');
    await user.click(screen.getByLabelText(/^評価する文章/));
    await user.paste(STRONG);
    const scrolled = jest.spyOn(window, 'scrollTo');
    await user.click(screen.getByRole('button', { name: '評価する' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'CG報告書 2026' });
    expect(location.pathname).toBe(`/o/${ORG_ID}/disclosures/d-new`);
    // At the top, with focus on the result's title: the loading title it took first was replaced by this one.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrolled).toHaveBeenCalledWith({ top: 0, left: 0, behavior: 'instant' });
    scrolled.mockRestore();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/disclosures`)[0].body).toEqual({
      title: 'CG報告書 2026',
      documentType: 'integrated_report',
      text: STRONG,
    });

    const expected = scoreDisclosure(STRONG, { documentType: 'cg_report' });
    expect(screen.getByTestId('disclosure-overall')).toHaveTextContent(`${expected.overall}点 / 100点`);
    expect(screen.getByTestId('disclosure-grade')).toHaveTextContent(expected.grade);
    // Right by the score: a rule-based judgement, not an official rating.
    expect(screen.getByTestId('rule-based-note')).toHaveTextContent('公式な格付け・評価ではありません');
    // What the grade is: the band of the score and how people rated texts in it, with the interval the scorer's own
    // sentence gives (one figure, not two differently rounded ones).
    const { band, n } = expected.calibration;
    const [min, max] = band.split('-');
    const meaning = screen.getByTestId('disclosure-calibration');
    expect(meaning).toHaveTextContent(`評価「${expected.grade}」は、総合スコア${min}〜${max}点の帯を表す記号です。`);
    if (n > 0) {
      const [, lo, hi] = /95%区間 (\d+)%〜(\d+)%/.exec(expected.calibration.meaning.ja) ?? [];
      expect(meaning).toHaveTextContent(`この帯の得点になった${n}件では`);
      expect(meaning).toHaveTextContent(`95%区間 ${lo}%〜${hi}%`);
      // Its source in Japanese, not the scorer's own "analysts: N rated texts, sets …".
      expect(meaning).toHaveTextContent(
        /出典：2人のアナリストがそれぞれ評価した実在の開示 \d+件（強い例と弱い例を含むように集めた組で、無作為の標本ではありません。\d{4}-\d{2}-\d{2}）/,
      );
      expect(meaning).not.toHaveTextContent('rated texts');
    }
    // One interval for the band (not two differently rounded ones), and one for the band on everyday disclosures.
    expect(screen.getByTestId('grade-meaning').textContent?.match(/95%区間/g) ?? []).toHaveLength(n > 0 ? 1 : 0);
    expect(
      screen
        .getByTestId('disclosure-calibration')
        .closest('section')
        ?.textContent?.match(/95%区間/g) ?? [],
    ).toHaveLength((n > 0 ? 1 : 0) + ((expected.calibration.ordinary?.n ?? 0) > 0 ? 1 : 0));
    expect(screen.getByTestId('grade-meaning-ordinary')).toHaveTextContent(/ふだんの開示（人が評価した開発用の文章/);
    // A band resting on few rated texts says so beside the grade.
    if (n < 10)
      expect(screen.getByTestId('few-rated')).toHaveTextContent(`人が評価した文章 ${n}件だけに基づく評価です`);
    else expect(screen.queryByTestId('few-rated')).toBeNull();
    const floor = screen.getByTestId('disclosure-floor-check');
    expect(
      within(floor).getByRole('heading', { name: 'JPX400分析の最低限チェック（品質評価ではありません）' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('disclosure-class')).toHaveTextContent('〇（具体的な取組が記載されている）');

    // Every sentence carries its role as a word and an icon, with a legend.
    const roles = screen.getByRole('region', { name: '役割を付けた本文' });
    const tagged = within(roles).getAllByTestId('role-sentence');
    expect(tagged.map((el) => el.dataset['role'])).toEqual(expected.sentences.map((x) => x.role));
    expect(tagged[1]).toHaveTextContent('［仕組み］連鎖1');
    expect(screen.getByTestId('role-legend-mechanism')).toHaveTextContent('仕組み: なぜ優位になるのか');
    // The chains, with each link present or missing in words, and where the chain breaks.
    const chain = screen.getAllByTestId('chain')[0];
    expect(within(chain).getByTestId('chain-link-mechanism')).toHaveTextContent('優位の仕組み: あり');
    expect(within(chain).getByTestId('chain-link-allocation')).toHaveTextContent('資源配分: なし');
    expect(within(chain).getByTestId('chain-break')).toHaveTextContent('足りない環：');
    expect(screen.getByTestId('score-meaning')).toHaveTextContent('生成された下書きの得点は品質の証拠になりません');

    // Every criterion is listed with its level and a status in words (not colour alone).
    const checklist = screen.getByRole('region', { name: '観点別チェックリスト' });
    const items = within(checklist)
      .getAllByRole('listitem')
      .filter((li) => li.dataset['testid']?.startsWith('criterion-'));
    expect(items).toHaveLength(expected.criteria.length);
    const linkage = screen.getByTestId('criterion-business-and-asset');
    const linkageResult = expected.criteria.find((c) => c.key === 'business-and-asset');
    expect(within(linkage).getByText(`レベル ${linkageResult?.score} / 3`)).toBeInTheDocument();
    expect(within(linkage).getByText(linkageResult?.score === 3 ? '満たしている' : '一部')).toBeInTheDocument();

    // The first criterion with evidence is highlighted; choosing another moves the highlights.
    const text = screen.getByRole('region', { name: '本文と根拠' });
    const firstMarks = within(text).getAllByTestId('evidence-mark');
    expect(firstMarks.length).toBeGreaterThan(0);
    const governance = screen.getByTestId('criterion-oversight');
    const governanceResult = expected.criteria.find((c) => c.key === 'oversight');
    const button = within(governance).getByRole('button', { name: /根拠を表示/ });
    const revealed: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      revealed.push(this);
    };
    try {
      await user.click(button);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
    expect(button).toHaveAttribute('aria-pressed', 'true');
    const marks = within(text).getAllByTestId('evidence-mark');
    expect(marks.map((m) => m.textContent?.replace(/\[[^\]]*\]/g, '').trim())).toEqual(
      governanceResult?.evidence.map((e) => e.text.trim()),
    );
    expect(marks[0]).toHaveTextContent('根拠の始まり（監督の具体性）');
    // The first highlight is brought into view (the text box scrolls on its own).
    expect(revealed).toEqual([marks[0]]);
    // The caption says what is highlighted: words inside so many sentences, or whole sentences.
    const shown = evidenceHighlights(STRONG, governanceResult?.evidence ?? [], expected.sentences);
    expect(text.parentElement?.querySelector('[role=status]')?.textContent ?? '').toBe(
      shown.kind === 'spans'
        ? `「監督の具体性」の根拠：${shown.sentences}文の中の語句 ${shown.spans}か所を強調表示しています。`
        : `「監督の具体性」の根拠：${shown.kind === 'sentences' ? shown.sentences : 0}文を強調表示しています。`,
    );

    // Suggestions are grouped under guidance headings.
    const suggestions = screen.getByRole('region', { name: /書き加えるとよい内容/ });
    for (const s of expected.suggestions) {
      expect(
        within(suggestions).getByRole('heading', {
          level: 3,
          name: `項目${s.vcgHeading.number}：${s.vcgHeading.name.ja}`,
        }),
      ).toBeInTheDocument();
    }
  });

  it("sends the company name given with another company's text, trimmed, so that it never counts as content", async () => {
    const api = apiFor('contributor', []);
    api.on(`POST /api/orgs/${ORG_ID}/disclosures`, (call) => {
      const body = call.body as { title: string; text: string };
      return json(201, { ...recordOf('d-other', body.title, body.text, '2026-11-25T00:00:00.000Z') });
    });
    api.on(
      `GET /api/orgs/${ORG_ID}/disclosures/d-other`,
      json(200, recordOf('d-other', '他社の統合報告書', STRONG, '2026-11-25T00:00:00.000Z')),
    );
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/disclosures`);
    await user.type(await screen.findByLabelText(/^タイトル/), '他社の統合報告書');
    const company = screen.getByLabelText(/^会社名（任意）/);
    expect(company).toHaveAccessibleDescription(expect.stringContaining('他社の文章を評価するときは'));
    await user.type(company, '  港灯株式会社 ');
    await user.click(screen.getByLabelText(/^評価する文章/));
    await user.paste(STRONG);
    await user.click(screen.getByRole('button', { name: '評価する' }));
    expect(await screen.findByRole('heading', { level: 1, name: '他社の統合報告書' })).toBeInTheDocument();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/disclosures`)[0].body).toMatchObject({ companyName: '港灯株式会社' });
  });

  it('shows the API field error next to the text and keeps what was typed', async () => {
    const api = apiFor('owner', []);
    api.on(
      `POST /api/orgs/${ORG_ID}/disclosures`,
      apiError(400, 'TEXT_EMPTY', '評価する文章がありません（空白だけの文章は評価できません）。', [
        { field: 'text', code: 'textEmpty', message: '評価する文章を入力してください。' },
      ]),
    );
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/disclosures`);
    await user.type(await screen.findByLabelText(/^タイトル/), '空の文章');
    const textarea = screen.getByLabelText(/^評価する文章/);
    await user.type(textarea, '   x');
    await user.click(screen.getByRole('button', { name: '評価する' }));

    await waitFor(() => expect(textarea).toHaveAttribute('aria-invalid', 'true'));
    expect(textarea).toHaveAccessibleDescription(expect.stringContaining('評価する文章を入力してください。'));
    expect(
      screen.getByText('評価する文章がありません（空白だけの文章は評価できません）。').closest('[role="alert"]'),
    ).not.toBeNull();
    expect(textarea).toHaveValue('   x');
  });

  it('says in English, beside the button, how long the judging limit asks to wait, and keeps title and text', async () => {
    const api = apiFor('contributor', []);
    api.on('GET /api/auth/me', json(200, aUser('contributor', { locale: 'en' })));
    api.on(
      `POST /api/orgs/${ORG_ID}/disclosures`,
      tooManyRequests(45, 'The limit on attempts has been reached for now. Please wait and try again.'),
    );
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/disclosures`, 'en');
    await user.type(await screen.findByLabelText(/^Title/), '2026 report');
    const textarea = screen.getByLabelText(/^Text to score/);
    await user.click(textarea);
    await user.paste(STRONG);
    const submit = screen.getByRole('button', { name: 'Score' });
    await user.click(submit);

    const alert = (await screen.findByText(/You can try again in about 1 minute\./)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('The limit on attempts has been reached for now. Please wait and try again.');
    expect(alert).toHaveTextContent('What you entered is kept.');
    expect(alert?.nextElementSibling).toBe(submit);
    expect(screen.getByLabelText(/^Title/)).toHaveValue('2026 report');
    expect(textarea).toHaveValue(STRONG);
  });

  it('keeps a paste over the 200,000-character limit whole and unsent, and brings back what was typed after leaving the page', async () => {
    const api = apiFor('owner', []);
    const user = userEvent.setup();
    const first = renderApp(api, `/o/${ORG_ID}/disclosures`);
    await user.type(await screen.findByLabelText(/^タイトル/), '2026年版');
    await user.selectOptions(screen.getByLabelText('言語'), 'en');
    const textarea = screen.getByLabelText(/^評価する文章/);
    fireEvent.change(textarea, { target: { value: 'あ'.repeat(200_001) } });
    await user.click(screen.getByRole('button', { name: '評価する' }));
    await waitFor(() => expect(textarea).toHaveAttribute('aria-invalid', 'true'));
    expect(textarea).toHaveFocus();
    expect((textarea as HTMLTextAreaElement).value).toHaveLength(200_001);
    expect(textarea).toHaveAccessibleDescription(/200,000 文字以内で入力してください（現在 200,001 文字）/);
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/disclosures`)).toHaveLength(0);

    fireEvent.change(textarea, { target: { value: WEAK } });
    first.unmount();
    renderApp(apiFor('owner', []), `/o/${ORG_ID}/disclosures`);
    expect(await screen.findByLabelText(/^タイトル/)).toHaveValue('2026年版');
    expect(screen.getByLabelText('言語')).toHaveValue('en');
    expect(screen.getByLabelText(/^評価する文章/)).toHaveValue(WEAK);
  });

  it('checks the title and the file before uploading, then uploads the file as multipart', async () => {
    const api = apiFor('advisor', []);
    api.on(
      `POST /api/orgs/${ORG_ID}/disclosures/upload`,
      json(201, { ...weak, id: 'd-up', source: 'upload', filename: 'cg.txt' }),
    );
    api.on(
      `GET /api/orgs/${ORG_ID}/disclosures/d-up`,
      json(200, { ...weak, id: 'd-up', source: 'upload', filename: 'cg.txt' }),
    );
    const user = userEvent.setup({ applyAccept: false });
    renderApp(api, `/o/${ORG_ID}/disclosures`);
    await user.click(await screen.findByLabelText('ファイルをアップロードする'));
    const input = screen.getByLabelText(/^ファイル/, { selector: 'input[type="file"]' });

    await user.upload(input, new File(['x'], 'notes.rtf', { type: 'application/rtf' }));
    await user.click(screen.getByRole('button', { name: '評価する' }));
    expect(await screen.findByText('.txt / .docx / .pdf のファイルを選んでください。')).toBeInTheDocument();
    expect(screen.getByLabelText(/^タイトル/)).toHaveAttribute('aria-invalid', 'true');

    await user.upload(input, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: '評価する' }));
    expect(await screen.findByText('ファイルは5 MB以内にしてください。')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/orgs/${ORG_ID}/disclosures/upload`)).toHaveLength(0);

    await user.type(screen.getByLabelText(/^タイトル/), 'アップロード');
    await user.upload(input, new File([WEAK], 'cg.txt', { type: 'text/plain' }));
    await user.click(screen.getByRole('button', { name: '評価する' }));
    expect(await screen.findByText('ファイル：cg.txt', { exact: false })).toBeInTheDocument();
    const [upload] = api.callsTo(`POST /api/orgs/${ORG_ID}/disclosures/upload`);
    expect(upload.headers['Content-Type']).toBeUndefined();
    expect(upload.headers['X-CSRF-Token']).toBe('csrf-1');
  });

  it('hides scoring and deleting from a viewer, who still sees the history', async () => {
    renderApp(apiFor('viewer'), `/o/${ORG_ID}/disclosures`);
    expect(await screen.findByRole('link', { name: '2026年版' })).toBeInTheDocument();
    expect(screen.getByText(/あなたの役割では評価の履歴を閲覧できます/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '評価する' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /削除/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '開示評価' })).toBeInTheDocument();
  });

  it('compares two chosen versions: overall and per-criterion change, and the added sentences', async () => {
    const api = apiFor('reviewer');
    const comparison = comparisonOf(weak, strong, {
      textDiff: [
        { op: 'removed', sentences: [WEAK] },
        { op: 'added', sentences: [STRONG] },
      ],
      fromPeriod: { year: 2025, month: null, source: 'title' },
      toPeriod: { year: 2026, month: null, source: 'title' },
    });
    api.on(`GET /api/orgs/${ORG_ID}/disclosures/${weak.id}/compare/${strong.id}`, json(200, comparison));
    const swapped: DisclosureComparison = {
      ...comparison,
      from: comparison.to,
      to: comparison.from,
      fromPeriod: comparison.toPeriod,
      toPeriod: comparison.fromPeriod,
      order: 'given',
      overallDelta: -comparison.overallDelta,
    };
    api.on(`GET /api/orgs/${ORG_ID}/disclosures/${strong.id}/compare/${weak.id}`, json(200, swapped));
    const user = userEvent.setup();
    const { location } = renderApp(api, `/o/${ORG_ID}/disclosures`);

    const compare = await screen.findByRole('button', { name: '選んだ2件を比較する' });
    expect(compare).toBeDisabled();
    // Chosen newest first; the comparison still reads older → newer.
    await user.click(screen.getByRole('checkbox', { name: '比較する：2026年版' }));
    await user.click(screen.getByRole('checkbox', { name: '比較する：2025年版' }));
    expect(screen.getByText('2 / 2 件を選択中')).toBeInTheDocument();
    await user.click(compare);

    expect(await screen.findByRole('heading', { level: 1, name: '評価の比較' })).toBeInTheDocument();
    expect(location.pathname).toBe(`/o/${ORG_ID}/disclosures/compare/${weak.id}/${strong.id}`);
    expect(await screen.findByTestId('overall-delta')).toHaveTextContent(
      `${weak.overall} → ${strong.overall}（+${strong.overall - weak.overall}）`,
    );
    const linkage = comparison.criteria.find((c) => c.key === 'business-and-asset');
    expect(
      within(screen.getByTestId('delta-business-and-asset')).getByText(`+${linkage?.delta} 改善`),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '観点ごとの変化' })).toBeInTheDocument();
    // The older text makes no claims: substitution had nothing to judge, so the change is "— → level", no number.
    const l7 = strong.result.criteria.find((c) => c.key === 'substitution');
    expect(weak.result.criteria.find((c) => c.key === 'substitution')?.notApplicable).toBe(true);
    const substitution = screen.getByTestId('delta-substitution');
    expect(substitution).toHaveTextContent(`— 判断対象なし${l7?.score}— → ${l7?.score}`);
    expect(substitution).not.toHaveTextContent(/改善|低下|変化なし|\+/);
    expect(screen.getByTestId('delta-not-applicable-note')).toHaveTextContent('判断対象なし');
    expect(screen.getByText(STRONG).tagName).toBe('INS');
    expect(screen.getByText(WEAK).tagName).toBe('DEL');
    expect(screen.getByText('（2025年度）')).toBeInTheDocument();

    expect(screen.getByTestId('compare-order')).toHaveTextContent(
      '文書の対象期間から、古い文書を比較元、新しい文書を比較先にしています。',
    );
    // The swap button makes the newer one "from".
    await user.click(screen.getByRole('button', { name: '比較元と比較先を入れ替える' }));
    expect(await screen.findByText('選んだ順に並べています。')).toBeInTheDocument();
    expect(location.pathname).toBe(`/o/${ORG_ID}/disclosures/compare/${strong.id}/${weak.id}`);
    expect(screen.getByTestId('overall-delta')).toHaveTextContent(
      `${strong.overall} → ${weak.overall}（−${strong.overall - weak.overall}）`,
    );
  });

  it('asks the API for the order chosen in a select remembered in the URL, and shows its order as given', async () => {
    const later = recordOf('d-later', '2026年版（速報）', WEAK, '2026-11-25T00:00:00.000Z');
    const newest = [later, strong, weak].map(disclosureSummaryOf);
    const byScore = [strong, later, weak].map(disclosureSummaryOf);
    const serve = (call: RecordedCall) => {
      const query = new URLSearchParams(call.path.split('?')[1]);
      return json(200, page(query.get('sort') === 'score' ? byScore : newest));
    };
    const user = userEvent.setup();
    const titles = () =>
      within(screen.getByTestId('disclosure-history-list'))
        .getAllByRole('link')
        .map((a) => a.textContent);
    const api = apiFor('viewer');
    api.on(`GET /api/orgs/${ORG_ID}/disclosures`, serve);
    const first = renderApp(api, `/o/${ORG_ID}/disclosures`);
    await screen.findByRole('link', { name: '2026年版' });
    expect(titles()).toEqual(['2026年版（速報）', '2026年版', '2025年版']);
    const sort = screen.getByRole('combobox', { name: '並べ替え' });
    expect(sort).toHaveValue('newest');
    await user.selectOptions(sort, 'スコアの高い順');
    await waitFor(() => expect(titles()).toEqual(['2026年版', '2026年版（速報）', '2025年版']));
    expect(first.location.search).toBe('?sort=score');
    const listCalls = () => api.callsTo(`GET /api/orgs/${ORG_ID}/disclosures`).map((c) => c.path.split('?')[1]);
    expect(listCalls()).toEqual(['sort=newest&offset=0', 'sort=score&offset=0']);
    // The select stays where it was (the old list is kept while the new order loads): focus is not lost.
    expect(screen.getByRole('combobox', { name: '並べ替え' })).toBe(sort);
    first.unmount();

    // Opened from the URL, in English: the first request already asks for the score order.
    const english = apiFor('viewer');
    english.on(`GET /api/orgs/${ORG_ID}/disclosures`, serve);
    english.on('GET /api/auth/me', json(200, aUser('viewer', { locale: 'en' })));
    renderApp(english, `/o/${ORG_ID}/disclosures?sort=score`, 'en');
    const sortEn = await screen.findByRole('combobox', { name: 'Sort by' });
    expect(sortEn).toHaveValue('score');
    await screen.findByRole('link', { name: '2026年版' });
    expect(titles()).toEqual(['2026年版', '2026年版（速報）', '2025年版']);
    expect(english.callsTo(`GET /api/orgs/${ORG_ID}/disclosures`).map((c) => c.path.split('?')[1])).toEqual([
      'sort=score&offset=0',
    ]);
    expect(within(sortEn).getByRole('option', { name: 'Newest first' })).toBeInTheDocument();
  });

  it('continues the score order with "Load more" from the server, with no note about a partial order', async () => {
    const later = recordOf('d-later', '2026年版（速報）', WEAK, '2026-11-25T00:00:00.000Z');
    const [one, two, three] = [strong, later, weak].map(disclosureSummaryOf);
    const api = apiFor('viewer');
    api.on(`GET /api/orgs/${ORG_ID}/disclosures`, (call) => {
      const query = new URLSearchParams(call.path.split('?')[1]);
      expect(query.get('sort')).toBe('score');
      return query.get('offset') === '0'
        ? json(200, pageOf([one], 3, { offset: 0, limit: 1 }))
        : json(200, pageOf([two, three], 3, { offset: 1, limit: 50 }));
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/disclosures?sort=score`);
    await screen.findByRole('link', { name: '2026年版' });
    expect(screen.getByText('3 件中 1 件を表示')).toBeInTheDocument();
    expect(screen.queryByText(/読み込んだ/)).toBeNull();
    // One chosen before more are loaded stays chosen.
    await user.click(screen.getByRole('checkbox', { name: '比較する：2026年版' }));
    await user.click(screen.getByRole('button', { name: 'もっと見る' }));
    await screen.findByRole('link', { name: '2025年版' });
    const titles = within(screen.getByTestId('disclosure-history-list'))
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(titles).toEqual(['2026年版', '2026年版（速報）', '2025年版']);
    expect(api.callsTo(`GET /api/orgs/${ORG_ID}/disclosures`).map((c) => c.path.split('?')[1])).toEqual([
      'sort=score&offset=0',
      'sort=score&offset=1',
    ]);
    expect(screen.getByRole('checkbox', { name: '比較する：2026年版' })).toBeChecked();
  });

  it('compares two different documents side by side as document A and B, not as versions', async () => {
    const a = recordOf('d-a', 'A社 統合報告書 2026', STRONG, '2026-11-20T00:00:00.000Z');
    const b = recordOf('d-b', 'B社 知財報告書 2026', WEAK, '2026-11-21T00:00:00.000Z');
    const comparison = comparisonOf(a, b, {
      textDiff: [
        { op: 'removed', sentences: [STRONG] },
        { op: 'added', sentences: [WEAK] },
      ],
      fromPeriod: { year: 2026, month: null, source: 'title' },
      toPeriod: { year: 2026, month: null, source: 'title' },
    });
    const api = apiFor('viewer');
    api.on(`GET /api/orgs/${ORG_ID}/disclosures/${a.id}/compare/${b.id}`, json(200, comparison));
    renderApp(api, `/o/${ORG_ID}/disclosures/compare/${a.id}/${b.id}`);

    const overall = await screen.findByTestId('overall-delta');
    expect(a.overall).toBeGreaterThan(b.overall);
    expect(overall).toHaveTextContent(
      `文書A ${a.overall}点・文書B ${b.overall}点（差 B−A：−${a.overall - b.overall}）`,
    );
    expect(overall).not.toHaveTextContent('→');
    expect(screen.getByTestId('compare-order')).toHaveTextContent('2つの別の文書（文書A・文書B）として並べています');
    // Columns stack on a phone: nothing says left or right.
    expect(document.body).not.toHaveTextContent(/左|右/);
    expect(screen.getByRole('button', { name: '文書Aと文書Bを入れ替える' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '総合スコア' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: '観点ごとのレベル' });
    expect(within(table).getByRole('columnheader', { name: '文書A' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: '差（B−A）' })).toBeInTheDocument();
    expect(table).not.toHaveTextContent(/低下|改善|▼|▲/);
    expect(screen.queryByText('削除された文')).toBeNull();
    expect(screen.queryByText('追加された文')).toBeNull();
    expect(screen.getByTestId('compare-no-diff')).toHaveTextContent('別の文書のため、文単位の差分');
  });

  it('says why two versions fell back to documents, and compares them as versions when asked, kept in the address', async () => {
    const older = recordOf('d-old', 'CG報告書 補充原則3-1③（前年度版）', WEAK, '2026-11-20T00:00:00.000Z');
    const newer = recordOf(
      'd-new',
      'CG報告書 補充原則3-1③・4-2②（2026年6月提出予定版）',
      STRONG,
      '2026-11-21T00:00:00.000Z',
    );
    const comparison = (order: 'document' | 'given', from = older, to = newer): DisclosureComparison => ({
      from: disclosureSummaryOf(from),
      to: disclosureSummaryOf(to),
      fromPeriod: null,
      toPeriod: null,
      order,
      overallDelta: to.overall - from.overall,
      criteria: deltasOf(from, to),
      textDiff: [
        { op: 'removed', sentences: [from.text] },
        { op: 'added', sentences: [to.text] },
      ],
      textDiffApproximate: false,
    });
    const api = apiFor('viewer');
    api.on(`GET /api/orgs/${ORG_ID}/disclosures/${older.id}/compare/${newer.id}`, json(200, comparison('document')));
    api.on(
      `GET /api/orgs/${ORG_ID}/disclosures/${newer.id}/compare/${older.id}`,
      json(200, comparison('given', newer, older)),
    );
    const user = userEvent.setup();
    const { location, unmount } = renderApp(api, `/o/${ORG_ID}/disclosures/compare/${older.id}/${newer.id}`);

    // Fallen back to documents, and says why: the titles differ in more than the period.
    expect(await screen.findByTestId('overall-delta')).toHaveAttribute('data-kind', 'documents');
    expect(screen.getByTestId('compare-fallback-reason')).toHaveTextContent(
      `理由：題名が、年度・期の表記のほかにも異なります（「${older.title}」／「${newer.title}」）。`,
    );
    await user.click(screen.getByRole('link', { name: '同じ文書の版として比較する' }));

    // As versions: change with improved/worse and the sentence diff; the choice is in the address.
    expect(location.search).toBe('?as=versions');
    expect(await screen.findByTestId('overall-delta')).toHaveAttribute('data-kind', 'versions');
    expect(screen.getByTestId('overall-delta')).toHaveTextContent(`${older.overall} → ${newer.overall}`);
    expect(screen.getByText('追加された文')).toBeInTheDocument();
    expect(screen.queryByTestId('compare-no-diff')).toBeNull();
    expect(screen.getByTestId('compare-kind')).toHaveTextContent('ご指定により、同じ文書の版として比較しています');
    // The link pressed is gone: focus is on the box that says which view this is, not lost.
    expect(screen.getByTestId('compare-kind')).toHaveFocus();

    // Swapping the sides keeps it.
    await user.click(screen.getByRole('button', { name: '比較元と比較先を入れ替える' }));
    expect(location.pathname).toBe(`/o/${ORG_ID}/disclosures/compare/${newer.id}/${older.id}`);
    expect(new URLSearchParams(location.search).get('as')).toBe('versions');
    expect(await screen.findByTestId('overall-delta')).toHaveAttribute('data-kind', 'versions');

    // A reload of that address keeps it too; and the way back to documents drops it.
    unmount();
    const reloaded = renderApp(api, `/o/${ORG_ID}/disclosures/compare/${newer.id}/${older.id}?order=given&as=versions`);
    expect(await screen.findByTestId('overall-delta')).toHaveAttribute('data-kind', 'versions');
    await user.click(screen.getByRole('link', { name: '別の文書として比較する' }));
    expect(reloaded.location.search).toBe('?order=given');
    expect(await screen.findByTestId('overall-delta')).toHaveAttribute('data-kind', 'documents');
  });

  it('says so when the document types differ, in English too', async () => {
    const a = recordOf('d-ta', 'Report 2025', WEAK, '2026-11-20T00:00:00.000Z');
    const b = {
      ...recordOf('d-tb', 'Report 2026', STRONG, '2026-11-21T00:00:00.000Z'),
      documentType: 'integrated_report' as const,
    };
    const comparison = comparisonOf(a, b);
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('viewer', { locale: 'en' })),
      'GET /api/disclosure-rubric': json(200, DISCLOSURE_RUBRIC),
      [`GET /api/orgs/${ORG_ID}/disclosures/${a.id}/compare/${b.id}`]: json(200, comparison),
    });
    renderApp(api, `/o/${ORG_ID}/disclosures/compare/${a.id}/${b.id}`, 'en');
    expect(await screen.findByTestId('compare-fallback-reason')).toHaveTextContent(
      'Why: their document types differ (CG report (e.g. supplementary principle 3-1③) / Integrated report).',
    );
    expect(screen.getByRole('link', { name: 'Compare as versions of one document' })).toHaveAttribute(
      'href',
      `/o/${ORG_ID}/disclosures/compare/${a.id}/${b.id}?as=versions`,
    );
  });

  it('shows no period under a text that had none, and says once that such texts are in scoring order', async () => {
    const a = recordOf('d-np-a', '貼り付けた文章', WEAK, '2026-11-20T00:00:00.000Z');
    const b = recordOf('d-np-b', '貼り付けた文章', STRONG, '2026-11-21T00:00:00.000Z');
    const comparison = comparisonOf(a, b, { textDiff: [{ op: 'added', sentences: [STRONG] }] });
    const api = apiFor('viewer');
    api.on(`GET /api/orgs/${ORG_ID}/disclosures/${a.id}/compare/${b.id}`, json(200, comparison));
    renderApp(api, `/o/${ORG_ID}/disclosures/compare/${a.id}/${b.id}`);

    expect(await screen.findByTestId('compare-order')).toHaveTextContent(
      '対象期間を読み取れない文書があるため、評価した順に並べています（先に評価した文書が比較元）。',
    );
    expect(document.querySelectorAll('.compare-side__period')).toHaveLength(0);
    expect(document.body).not.toHaveTextContent('読み取れませんでした');
    expect(screen.getAllByText('対象期間を読み取れない', { exact: false })).toHaveLength(1);
  });

  it('deletes a version after asking, and says so', async () => {
    const api = apiFor('admin');
    api.on(`DELETE /api/orgs/${ORG_ID}/disclosures/${weak.id}`, { status: 204 });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/disclosures`);
    await user.click(await screen.findByRole('button', { name: '「2025年版」を削除' }));
    await user.click(screen.getByRole('button', { name: '削除する' }));
    expect(await screen.findByText('「2025年版」を削除しました。')).toBeInTheDocument();
    expect(api.callsTo(`DELETE /api/orgs/${ORG_ID}/disclosures/${weak.id}`)).toHaveLength(1);
  });

  it('shows strategy words about nothing named on the result page: in the roles, their list and the evidence', async () => {
    const words = recordOf(
      'd-words',
      '統合報告書 2026',
      STRONG.slice(0, STRONG.indexOf('CTO')) +
        '長年磨いてきた独自の技術力とブランド力を掛け合わせ、他社が容易に模倣できない参入障壁を築くことで、揺るぎない競争優位を確立します。',
      '2026-11-25T00:00:00.000Z',
    );
    const loose = words.result.sentences.filter((s) => s.unanchored);
    expect(loose).toHaveLength(1);
    const api = apiFor('viewer');
    api.on(`GET /api/orgs/${ORG_ID}/disclosures/d-words`, json(200, words));
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/disclosures/d-words`);
    const roles = await screen.findByRole('region', { name: '役割を付けた本文' });
    expect(within(roles).getByRole('button', { name: '言葉だけ・対象なし' })).toHaveAccessibleDescription(
      loose[0]?.reason.ja ?? '',
    );
    expect(screen.getAllByTestId('unanchored-sentence')).toHaveLength(1);
    // The evidence of a criterion that quotes the sentence carries the marker too.
    const quoting = words.result.criteria.find((c) =>
      c.evidence.some((e) => e.start < (loose[0]?.end ?? 0) && e.end > (loose[0]?.start ?? 0)),
    );
    expect(quoting).toBeDefined();
    await user.click(
      within(screen.getByTestId(`criterion-${quoting?.key}`)).getByRole('button', { name: /根拠を表示/ }),
    );
    const text = screen.getByRole('region', { name: '本文と根拠' });
    expect(within(text).getByRole('button', { name: '言葉だけ・対象なし' })).toBeInTheDocument();
  });

  it('speaks English when the user does', async () => {
    const api = apiFor('owner');
    api.on('GET /api/auth/me', json(200, aUser('owner', { locale: 'en' })));
    renderApp(api, `/o/${ORG_ID}/disclosures/${strong.id}`, 'en');
    expect(await screen.findByRole('heading', { level: 2, name: 'Criteria checklist' })).toBeInTheDocument();
    expect(screen.getByTestId('disclosure-class')).toHaveTextContent('〇 (Concrete activity described)');
    expect(screen.getByRole('heading', { level: 3, name: 'Named business and asset' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Sentence roles' })).toBeInTheDocument();
    expect(screen.getByTestId('disclosure-floor-check')).toHaveTextContent(
      "JPX400's floor check (not a quality grade)",
    );
    expect(screen.getAllByTestId('role-sentence')[1]).toHaveTextContent('[Mechanism]chain 1');
  });
});
