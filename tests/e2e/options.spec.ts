/**
 * "What are my options?": both modes completed for several situations, by keyboard alone, with focus
 * moved to each new question and its progress in the heading; axe and the privacy crawl on every step;
 * answers never in the address, title, history or storage; "Start again" wipes them; quick exit from a
 * question; the no-JavaScript situation pages; a translated checker.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { allowedAnswers, askedQuestions, questionsFor, relevantAnswers, type Answers } from '../../src/lib/options/index.ts';
import { situationStatuses } from '../../src/lib/options/situations.ts';
import { text } from '../../src/lib/options/text.en.ts';
import { expectNoTrace } from './privacy-check.ts';
import { fakeExitSite, linksIn } from './site.ts';

const strings = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}/ui.json`, import.meta.url), 'utf8')) as Record<string, string>;
const en = strings('en');
const ar = strings('ar');

const checker = '[data-options-checker]';
const card = (page: Page, id: string) => page.locator(`${checker} [data-results] [data-option="${id}"]`);
const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);

/** Accessibility problems on the page as it is now, as "<step>: <rule> <nodes>". */
async function axeProblems(page: Page, step: string): Promise<string[]> {
  const results = await axe(page).analyze();
  return results.violations.map((v) => `${step}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What a reader could notice changing: the address, the title, how far Back goes. */
async function traces(page: Page) {
  return { url: page.url(), title: await page.title(), history: await page.evaluate(() => history.length) };
}

/** The text the keyboard focus is on. */
const focused = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName, text: (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '' }));

/**
 * Answer one question with the keyboard only: Tab into the radio group, Space to choose the first
 * answer, arrow keys down to the wanted one, Tab to Continue and press Enter.
 */
async function answerByKeyboard(page: Page, question: (typeof askedQuestions)[number], answer: string | undefined) {
  if (answer !== undefined) {
    const index = (allowedAnswers(question) as readonly string[]).indexOf(answer);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await expect(page.locator(`#options-${question}-${answer}`)).toBeChecked();
    await page.keyboard.press('Tab');
  } else {
    // Skipping: the first Tab from the heading reaches the first answer; one more leaves the group.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
  }
  const now = await focused(page);
  expect(now.text).toBe(en['options.continue']);
  await page.keyboard.press('Enter');
}

/** Survivor mode from the first question to the results, by keyboard, checking each step. */
async function completeSurvivorMode(page: Page, answers: Answers, check?: (step: string) => Promise<void>) {
  await page.goto('/en/options/');
  const before = await traces(page);
  await page.locator(`${checker} [data-mode="survivor"]`).focus();
  await page.keyboard.press('Enter');
  let step = 0;
  const soFar: Record<string, string> = {};
  for (;;) {
    // The total counts the questions that apply given the answers so far, so it may grow as they come.
    const list = questionsFor(relevantAnswers(soFar as Answers));
    const fieldset = page.locator(`${checker} fieldset:visible`);
    await expect(fieldset).toHaveCount(1);
    const question = (await fieldset.getAttribute('data-question')) as (typeof askedQuestions)[number];
    step += 1;
    // A screen reader hears where it is: focus is on the new question's heading, which says "Question n of m".
    const now = await focused(page);
    expect(now.tag).toBe('H2');
    expect(now.text).toContain(`Question ${list.indexOf(question) + 1} of ${list.length}`);
    expect(now.text).toContain(text[`question.${question}`].survivor);
    if (check) await check(`question ${step} (${question})`);
    await answerByKeyboard(page, question, answers[question]);
    if (answers[question] !== undefined) soFar[question] = answers[question];
    const next = questionsFor(relevantAnswers(soFar as Answers));
    if (next.indexOf(question) === next.length - 1) break;
  }
  await expect(page.locator(`${checker} [data-step="results"]`)).toBeVisible();
  const now = await focused(page);
  expect(now.text).toBe(en['options.resultsHeading']);
  expect(await traces(page)).toEqual(before);
}

test.describe('the options checker, survivor mode', () => {
  test('a woman in danger on a partner visa with "no public funds" and children, by keyboard: the concession, children\'s services, 999 first', async ({ page }) => {
    const answers: Answers = {
      danger: 'yes',
      status: 'partner-visa-british-settled',
      publicFunds: 'no-public-funds',
      housing: 'private-renter',
      livingWithAbuser: 'yes',
      home: 'leave',
      children: 'yes',
      childrenDetails: 'son-12-or-over',
      gender: 'woman',
      age: '18-or-over',
    };
    let bannerSeen = false;
    await completeSurvivorMode(page, answers, async (step) => {
      if (!step.includes('(danger)')) {
        await expect(page.locator('[data-danger-banner]'), step).toBeVisible();
        bannerSeen = true;
      }
    });
    expect(bannerSeen).toBe(true);
    const results = page.locator(`${checker} [data-results] > li`);
    await expect(results.first()).toHaveAttribute('data-option', 'emergency');
    await expect(results.first().getByRole('link', { name: /999/ }).first()).toBeVisible();
    await expect(card(page, 'mvdac')).toContainText(text['title.mvdac'].survivor);
    await expect(card(page, 'mvdac')).toContainText(text['label.likely'].survivor);
    await expect(card(page, 'children-s17')).toContainText(text['explain.s17.nrpf'].survivor);
    await expect(card(page, 'homelessness-help')).toContainText(text['explain.homelessness.after-mvdac'].survivor);
    await expect(card(page, 'refuge')).toContainText(text['step.tell-children-ages'].survivor);
    // Plain words in this mode: no legal basis, no statute.
    await expect(card(page, 'mvdac').locator('[data-slot="basis-block"]')).toBeHidden();
    expect(await card(page, 'mvdac').innerText()).not.toContain('Appendix FM');
    expect(await card(page, 'mvdac').innerText()).toContain(text['explain.mvdac'].survivor);
  });

  test('a man with no current immigration status and a child, skipping what he would rather not say: no council housing, but children\'s services and a human rights assessment', async ({ page }) => {
    const answers: Answers = { danger: 'no', status: 'no-status', housing: 'no-home', children: 'yes', childrenDetails: 'prefer-not-to-say', gender: 'man', age: 'prefer-not-to-say' };
    await completeSurvivorMode(page, answers);
    await expect(card(page, 'homelessness-help')).toContainText(text['label.not-eligible'].survivor);
    await expect(card(page, 'human-rights-assessment')).toContainText(text['label.likely'].survivor);
    await expect(card(page, 'children-s17')).toBeVisible();
    await expect(card(page, 'refuge')).toHaveCount(0);
    await expect(card(page, 'helpline')).toContainText("Men's Advice Line");
    // "No" to danger: emergency help is still there, after the rest.
    await expect(page.locator(`${checker} [data-results] > li`).last()).toHaveAttribute('data-option', 'emergency');
  });

  test('every answer "I\'m not sure": cautious options and advice, never "you cannot get this"', async ({ page }) => {
    const answers: Answers = Object.fromEntries(askedQuestions.map((q) => [q, 'not-sure'])) as Answers;
    await completeSurvivorMode(page, answers);
    await expect(page.locator(`${checker} [data-results] > li`).first()).toHaveAttribute('data-option', 'emergency');
    await expect(page.locator(`${checker} [data-results] [data-eligibility="not-eligible"]`)).toHaveCount(0);
    await expect(card(page, 'immigration-advice')).toContainText(text['explain.immigration-advice.unclear'].survivor);
    await expect(card(page, 'smv')).toContainText(text['label.verify'].survivor);
  });

  test('axe passes and nothing is left behind on every step: choosing a mode, each question, the results', async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    await expectNoTrace(page, context, baseURL!, '/en/options/', true, undefined, async (page) => {
      problems.push(...(await axeProblems(page, 'mode')));
      await completeSurvivorMode(
        page,
        { danger: 'yes', status: 'eu-pre-settled', working: 'no', housing: 'social-tenant', home: 'leave', children: 'no', gender: 'woman', deaf: 'yes', community: 'black-or-minoritised' },
        async (step) => {
          problems.push(...(await axeProblems(page, step)));
        },
      );
      problems.push(...(await axeProblems(page, 'results')));
      await page.emulateMedia({ colorScheme: 'dark' });
      problems.push(...(await axeProblems(page, 'results, dark')));
    });
    expect(problems).toEqual([]);
  });

  test('"Previous question" goes back without losing answers; "Start again" wipes every answer', async ({ page }) => {
    await page.goto('/en/options/');
    const before = await traces(page);
    await page.locator(`${checker} [data-mode="survivor"]`).click();
    await page.locator('#options-danger-yes').check();
    await page.locator(`${checker} [data-action="continue"]`).click();
    await page.locator('#options-status-partner-of-refugee').check();
    await page.locator(`${checker} [data-action="continue"]`).click();
    await expect(page.locator(`${checker} fieldset:visible`)).toHaveAttribute('data-question', 'publicFunds');
    await page.locator(`${checker} [data-action="back"]`).click();
    await expect(page.locator('#options-status-partner-of-refugee')).toBeChecked();
    expect((await focused(page)).text).toContain('Question 2 of');

    await page.locator(`${checker} [data-action="restart"]:visible`).click();
    await expect(page.locator(`${checker} [data-step="mode"]`)).toBeVisible();
    expect((await focused(page)).text).toBe(en['options.modeHeading']);
    await expect(page.locator(`${checker} input:checked`)).toHaveCount(0);
    await page.locator(`${checker} [data-mode="survivor"]`).click();
    await expect(page.locator('[data-danger-banner]')).toBeHidden();
    expect((await focused(page)).text).toContain(`Question 1 of ${questionsFor({}).length}`);
    expect(await traces(page)).toEqual(before);
  });

  test('the quick exit leaves from the middle of the questions', async ({ page }) => {
    await fakeExitSite(page);
    await page.goto('/en/options/');
    await page.locator(`${checker} [data-mode="survivor"]`).click();
    await page.locator('#options-danger-yes').check();
    await page.locator(`${checker} [data-action="continue"]`).click();
    await page.locator('.quick-exit__button').click();
    await expect(page).toHaveTitle('Weather');
  });
});

test.describe('the options checker, professional mode', () => {
  test('by keyboard: every question on one page, follow-up questions appear, legal basis and answers shown, a summary to print with no personal detail', async ({ page }) => {
    await page.goto('/en/options/');
    const before = await traces(page);
    await page.locator(`${checker} [data-mode="professional"]`).focus();
    await page.keyboard.press('Enter');
    expect((await focused(page)).text).toContain(text['question.danger'].professional);
    await expect(page.locator(`${checker} fieldset:visible`)).toHaveCount(questionsFor({}).length);
    await expect(page.locator('[data-question="publicFunds"]')).toBeHidden();

    // Status: Tab into the group, Space, arrows to "partner of a worker, student or graduate".
    await page.keyboard.press('Tab'); // danger
    await page.keyboard.press('Tab'); // status
    await page.keyboard.press('Space');
    const index = (allowedAnswers('status') as readonly string[]).indexOf('partner-of-worker-student-graduate');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await expect(page.locator('#options-status-partner-of-worker-student-graduate')).toBeChecked();
    await expect(page.locator('[data-question="publicFunds"]')).toBeVisible();
    await page.keyboard.press('Tab'); // "no public funds"?
    await page.keyboard.press('Space');
    await expect(page.locator('#options-publicFunds-no-public-funds')).toBeChecked();
    // On to "Show options" by keyboard.
    for (let i = 0; i < 40 && (await focused(page)).text !== en['options.showOptions']; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    expect((await focused(page)).text).toBe(en['options.resultsHeading']);
    await expect(card(page, 'appendix-vda')).toContainText(text['explain.vda.worker-partner'].professional);
    await expect(card(page, 'appendix-vda')).toContainText(text['label.not-eligible'].professional);
    const basis = card(page, 'mvdac').locator('[data-slot="basis"]');
    await expect(basis).toBeVisible();
    await expect(basis.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(card(page, 'smv')).toContainText(en['options.notConfirmed']!);
    await expect(page.locator('[data-answers]')).toContainText(text['answer.status.partner-of-worker-student-graduate'].professional);
    await expect(page.locator('[data-answers]')).toContainText(en['options.notAnswered']!);

    // The printed summary: results and answers, no questions or buttons, and nowhere to type a name.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-results]')).toBeVisible();
    await expect(page.locator('[data-answers]')).toBeVisible();
    await expect(page.locator(`${checker} [data-step="questions"]`)).toBeHidden();
    await expect(page.locator(`${checker} button:visible`)).toHaveCount(0);
    await expect(page.locator('.quick-exit:visible')).toHaveCount(0);
    await expect(page.locator(`${checker} input:not([type="radio"]), ${checker} textarea`)).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
    expect(await traces(page)).toEqual(before);
  });

  test('a changed status drops the follow-up answer it made relevant; axe and the privacy crawl pass on the form and the results', async ({ page, context, baseURL }) => {
    const problems: string[] = [];
    await expectNoTrace(page, context, baseURL!, '/en/options/', true, undefined, async (page) => {
      await page.locator(`${checker} [data-mode="professional"]`).click();
      problems.push(...(await axeProblems(page, 'form')));
      await page.locator('#options-status-partner-visa-british-settled').check();
      await page.locator('#options-publicFunds-no-public-funds').check();
      problems.push(...(await axeProblems(page, 'form with a follow-up question')));
      await page.locator('#options-status-british-or-irish').check();
      await expect(page.locator('[data-question="publicFunds"]')).toBeHidden();
      await page.locator('#options-housing-social-tenant').check();
      await page.locator('#options-home-leave').check();
      await page.locator(`${checker} [data-action="show"]`).click();
      await expect(card(page, 'homelessness-help')).toContainText(text['label.likely'].professional);
      await expect(card(page, 'mvdac')).toHaveCount(0);
      // The referral route a professional needs, from the service record.
      const reciprocal = card(page, 'pan-london-reciprocal').locator('.option-contact__referral');
      await expect(reciprocal).toContainText('Professional referral form for the Pan-London Housing Reciprocal');
      await expect(reciprocal).toContainText(en['directory.forProfessionals']!);
      problems.push(...(await axeProblems(page, 'results')));
    });
    expect(problems).toEqual([]);
  });

  test('pressing Shift three times on the results leaves for the neutral site', async ({ page }) => {
    await fakeExitSite(page);
    await page.goto('/en/options/');
    await page.locator(`${checker} [data-mode="professional"]`).click();
    await page.locator('#options-status-no-status').check();
    await page.locator(`${checker} [data-action="show"]`).click();
    await expect(page.locator('[data-results-heading]')).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveTitle('Weather');
  });
});

test.describe('the options pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the checker stays hidden, the page says why, and every status has its own page of options', async ({ page, baseURL }) => {
    await page.goto('/en/options/');
    await expect(page.locator(checker)).toBeHidden();
    await expect(page.getByText(en['options.noScript']!)).toBeVisible();
    const links = await page.locator('.options-situations a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toEqual(situationStatuses.map((s) => `/en/options/${s}/`));
    const html = await (await page.request.get('/en/options/')).text();
    // No address on the page could carry an answer: only a status's own page.
    const optionLinks = (await linksIn(page, html, baseURL!)).map((l) => new URL(l.href)).filter((u) => u.pathname.startsWith('/en/options'));
    expect(optionLinks.filter((u) => u.search !== '' || u.hash !== '' || !/^\/en\/options\/([a-z-]+\/)?$/.test(u.pathname))).toEqual([]);
  });
});

test.describe('the options pages by status', () => {
  test('a status page shows its options with the legal basis for professionals, in plain words first', async ({ page }) => {
    await page.goto('/en/options/other-visa-nrpf/');
    await expect(page.locator('h1')).toContainText(text['answer.status.other-visa-nrpf'].survivor);
    const item = (id: string) => page.locator(`.option-list [data-option="${id}"]`);
    await expect(item('homelessness-help')).toContainText(text['explain.homelessness.nrpf'].survivor);
    await expect(item('homelessness-help')).toContainText(text['label.not-eligible'].survivor);
    await expect(item('children-s17')).toContainText(text['label.get-advice'].survivor);
    await item('smv').locator('summary').click();
    await expect(item('smv').locator('details')).toContainText(text['explain.smv.priority'].professional);
    await expect(item('smv').getByRole('link', { name: /Support for Migrant Victims/ })).toBeVisible();
    expect(await axeProblems(page, 'status page')).toEqual([]);
  });
});

test.describe('the options checker in Arabic', () => {
  test('survivor mode asks in Arabic; professional mode is in English and marked so', async ({ page }) => {
    await page.goto('/ar/options/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText(ar['translation.pageMachine']!)).toBeVisible();
    await page.locator(`${checker} [data-mode="survivor"]`).click();
    const heading = page.locator('[data-question="danger"] h2');
    await expect(heading).toBeFocused();
    await expect(heading.locator('[data-register="survivor"]')).not.toHaveAttribute('lang', 'en');
    await expect(page.locator(`${checker} [data-action="continue"]`)).toHaveText(ar['options.continue']!);
    await page.locator(`${checker} [data-action="restart"]:visible`).click();
    await page.locator(`${checker} [data-mode="professional"]`).click();
    await expect(heading.locator('[data-register="professional"]')).toHaveAttribute('lang', 'en');
    await expect(heading).toContainText(text['question.danger'].professional);
  });
});
