/**
 * Search (issue #8): real words in every script find real pages; synonyms; announcements; keyboard;
 * the query never reaches the URL, title, history or storage; the A to Z list without JavaScript or
 * when the index cannot load.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { languageCodes } from '../../src/i18n/languages.ts';
import { expectNoTrace } from './privacy-check.ts';
import { builtPages, testPages } from './site.ts';

const strings = new Map<string, Record<string, string>>();
/** A UI string as the reader sees it (read from locales/, as the build does). */
function ui(lang: string, key: string): string {
  if (!strings.has(lang)) strings.set(lang, JSON.parse(readFileSync(new URL(`../../locales/${lang}/ui.json`, import.meta.url), 'utf8')));
  const text = strings.get(lang)![key];
  if (text === undefined) throw new Error(`locales/${lang}/ui.json has no "${key}"`);
  return text;
}
const englishSlugs = readdirSync(fileURLToPath(new URL('../../content/en/', import.meta.url)), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, '').replace(/(^|\/)index$/, ''));
/** Pages the A to Z lists besides the content pages: the language list and the directory's lists. */
const listSlugs = ['languages', 'services', 'help-in'];

const box = (page: Page) => page.getByRole('search').getByRole('searchbox');
const status = (page: Page) => page.getByRole('search').locator('xpath=..').getByRole('status');
const resultLinks = (page: Page) => page.locator('[data-search-list] li > a');

/** Search on a language's search page and wait for the answer; returns the result links' paths. */
async function search(page: Page, lang: string, query: string): Promise<string[]> {
  if (!page.url().endsWith(`/${lang}/search/`)) await page.goto(`/${lang}/search/`);
  await box(page).fill(query);
  await box(page).press('Enter');
  await expect(status(page)).not.toHaveText(ui(lang, 'search.searching'));
  await expect(status(page)).not.toHaveText('');
  return resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

// Real words from content/<lang>/*.mdx, each with a page it must find. Where a script has accents or
// marks readers may leave out, the word is also searched without them.
const scripts: { script: string; lang: string; words: string[]; finds: string }[] = [
  { script: 'Latin, Polish (with and without diacritics)', lang: 'pl', words: ['bezpieczeństwo', 'bezpieczenstwo'], finds: 'safe-accommodation' },
  { script: 'Latin, Romanian (with and without diacritics)', lang: 'ro', words: ['adăpost', 'adapost'], finds: 'safe-accommodation' },
  { script: 'Latin, Turkish (with and without Turkish letters)', lang: 'tr', words: ['sığınma', 'siginma', 'şiddet', 'siddet'], finds: 'safe-accommodation' },
  { script: 'Cyrillic, Russian', lang: 'ru', words: ['безопасности'], finds: 'safe-accommodation' },
  { script: 'Cyrillic, Ukrainian', lang: 'uk', words: ['безпеці'], finds: 'safe-accommodation' },
  { script: 'Cyrillic, Bulgarian', lang: 'bg', words: ['убежище'], finds: 'safe-accommodation' },
  { script: 'Greek (with and without accents)', lang: 'el', words: ['ξενώνα', 'ξενωνα'], finds: 'safe-accommodation' },
  { script: 'Arabic (with and without hamza)', lang: 'ar', words: ['بأمان', 'بامان'], finds: 'using-this-site-safely' },
  { script: 'Arabic script, Urdu (also typed with a Persian heh)', lang: 'ur', words: ['پناہ', 'پناه'], finds: 'safe-accommodation' },
  { script: 'Arabic script, Persian (also with Arabic yeh and kaf)', lang: 'fa', words: ['خانه', 'کمک', 'كمك'], finds: 'safe-accommodation' },
  // Pagefind drops the virama (hasanta, pulli) and the Gurmukhi addak on both sides, so words with them
  // are found, and so are the same words typed without them.
  { script: 'Bengali (with and without hasanta)', lang: 'bn', words: ['বাসস্থান', 'সাহায্য', 'সাহাযয'], finds: 'safe-accommodation' },
  { script: 'Gujarati', lang: 'gu', words: ['સલામત', 'માટે'], finds: 'safe-accommodation' },
  { script: 'Gurmukhi, Panjabi (with and without addak)', lang: 'pa', words: ['ਸੁਰੱਖਿਅਤ', 'ਸੁਰਖਿਅਤ', 'ਵਿੱਚ'], finds: 'safe-accommodation' },
  { script: 'Tamil (with and without pulli)', lang: 'ta', words: ['பாதுகாப்பு', 'நீங்கள்', 'நீஙகள'], finds: 'safe-accommodation' },
  { script: "Ge'ez, Tigrinya", lang: 'ti', words: ['ሓገዝ', 'ገዛ'], finds: 'safe-accommodation' },
  // Pagefind segments Chinese into words at index and query time: a phrase finds its words.
  { script: 'Chinese (Simplified)', lang: 'zh-Hans', words: ['庇护所', '住房', '家庭虐待'], finds: 'safe-accommodation' },
];

test.describe('real words in every script find real pages, only in the reader’s language', () => {
  for (const { script, lang, words, finds } of scripts) {
    test(script, async ({ page }) => {
      for (const word of words) {
        const found = await search(page, lang, word);
        expect(found, `${lang}: "${word}"`).toContain(`/${lang}/${finds}/`);
        // One index per language: only this language's translated pages, never an English fallback.
        for (const path of found) expect(path, `${lang}: "${word}"`).toMatch(new RegExp(`^/${lang}/`));
        await expect(page.locator('[data-search-list] mark').first()).toBeVisible();
      }
    });
  }
});

test.describe('only page content is indexed', () => {
  test('a page shown in English in another language is found in English only, never in that language', async ({ page }) => {
    // "girlfriend" is only in the English "Children and young people" page, which Polish shows in English.
    expect(await search(page, 'en', 'girlfriend')).toContain('/en/children-and-young-people/');
    expect(await search(page, 'pl', 'girlfriend')).toEqual([]);
  });

  test('notices are not indexed: the machine-translation notice’s words find nothing', async ({ page }) => {
    // "przetłumaczona" (translated) is in the notice on every translated Polish page, and in no page's text.
    await page.goto('/pl/safe-accommodation/');
    await expect(page.getByText(/przetłumaczona/).first()).toBeVisible();
    expect(await search(page, 'pl', 'przetłumaczona')).toEqual([]);
  });
});

test.describe('words survivors use find the right English pages', () => {
  const cases: [string, string][] = [
    ['shelter', 'safe-accommodation'],
    ['safe house', 'safe-accommodation'],
    ['refudge', 'safe-accommodation'],
    ['NRPF', 'no-recourse-to-public-funds'],
    ['no recourse', 'no-recourse-to-public-funds'],
    ['no resource to public funds', 'no-recourse-to-public-funds'],
    ['restraining order', 'legal-protection'],
  ];
  for (const [typed, slug] of cases) {
    test(`"${typed}" finds /en/${slug}/ among the first three results`, async ({ page }) => {
      const found = await search(page, 'en', typed);
      expect(found.slice(0, 3)).toContain(`/en/${slug}/`);
    });
  }
});

test.describe('announcements', () => {
  test('"Searching…", then the number of results, in one polite status region', async ({ page }) => {
    // Hold Pagefind back a moment, so the "Searching…" state can be seen.
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto('/en/search/');
    await expect(status(page)).toHaveAttribute('role', 'status');
    await box(page).fill('refuge');
    await box(page).press('Enter');
    await expect(status(page)).toHaveText(ui('en', 'search.searching'));
    await expect(status(page)).toHaveText(/^\d+ results$/);
    const count = Number((await status(page).textContent())!.split(' ')[0]);
    await expect(resultLinks(page)).toHaveCount(count);
  });

  test('the count uses the language’s plural forms', async ({ page }) => {
    const found = await search(page, 'pl', 'pomoc');
    const n = found.length;
    const category = new Intl.PluralRules('pl').select(n);
    expect(await status(page).textContent()).toBe(ui('pl', `search.results_${category}`).replace('{{count}}', String(n)));
  });

  test('no results says so, with what was searched for', async ({ page }) => {
    const found = await search(page, 'en', 'xqzvwk');
    expect(found).toEqual([]);
    await expect(status(page)).toHaveText(ui('en', 'search.noResults').replace('{{query}}', 'xqzvwk'));
  });

  test('typing searches after a pause, without pressing Enter', async ({ page }) => {
    await page.goto('/en/search/');
    await box(page).pressSequentially('refuge');
    await expect(status(page)).toHaveText(/^\d+ results$/);
  });
});

test.describe('keyboard', () => {
  test('arrows move between the box and the results, Escape goes back, Enter opens a result', async ({ page }) => {
    await search(page, 'en', 'refuge');
    const links = resultLinks(page);
    await box(page).press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box(page)).toBeFocused();
    // Tab reaches the results too, in order, after the box and the button.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: ui('en', 'search.button') })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(links.nth(0)).toBeFocused();
    const href = await links.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new URL(href!, page.url()).href);
  });

  test('the box has a visible label', async ({ page }) => {
    await page.goto('/en/search/');
    await expect(page.getByLabel(ui('en', 'search.pageLabel'))).toBeVisible();
    await expect(page.getByText(ui('en', 'search.pageLabel'), { exact: true })).toBeVisible();
    await page.goto('/en/privacy/');
    await expect(page.getByLabel(ui('en', 'search.label'))).toBeVisible();
  });
});

test.describe('the query stays in the page', () => {
  test('not in the URL, the title, history or storage, and gone after leaving the page', async ({ page }) => {
    await page.goto('/en/search/');
    const title = await page.title();
    const historyLength = await page.evaluate(() => history.length);
    // A word that is nowhere in the search page itself, so finding it later means it was kept.
    await search(page, 'en', 'hammersmith');
    await box(page).press('Enter'); // Enter again: still no form to submit
    expect(page.url()).toMatch(/\/en\/search\/$/);
    expect(await page.title()).toBe(title);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.evaluate(() => JSON.stringify(history.state))).toBe('null');
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await page.locator('form').count()).toBe(0);

    // Every result link is a plain page address: no query, no fragment, no highlight parameter.
    for (const href of await resultLinks(page).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(new URL(href).search + new URL(href).hash, href).toBe('');
    }
    await resultLinks(page).first().click();
    expect(new URL(page.url()).search).toBe('');
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/search\/$/);
    await expect(box(page)).toHaveValue('');
    await expect(resultLinks(page)).toHaveCount(0);
    expect((await page.content()).toLowerCase()).not.toContain('hammersmith');
  });

  test('the header box shows results in the page; Enter never navigates', async ({ page }) => {
    await page.goto('/en/privacy/');
    let navigated = false;
    page.on('framenavigated', () => (navigated = true));
    await box(page).fill('refuge');
    await box(page).press('Enter');
    await expect(status(page)).toHaveText(/^\d+ results$/);
    expect(navigated).toBe(false);
    expect(page.url()).toMatch(/\/en\/privacy\/$/);
    await expect(resultLinks(page).first()).toBeVisible();
    await expect(page.getByRole('link', { name: ui('en', 'search.allPagesLink') })).toHaveAttribute('href', '/en/search/');
    await box(page).press('Escape');
    await expect(box(page)).toHaveValue('');
    await expect(resultLinks(page)).toHaveCount(0);
  });

  for (const [path, query] of [
    ['/en/search/', 'refuge'],
    ['/ar/search/', 'بامان'],
    ['/en/privacy/', 'NRPF'],
  ] as const) {
    test(`${path} with results for "${query}" asks nothing of any other site, breaks no CSP rule (host headers) and stores nothing`, async ({
      page,
      context,
      baseURL,
    }) => {
      await expectNoTrace(page, context, baseURL!, path, true, query);
    });
  }
});

test.describe('the A to Z list', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the search page says why and lists every page in the language, untranslated ones marked', async ({ page }) => {
      await page.goto('/pl/search/');
      await expect(page.getByText(ui('pl', 'search.noScript'))).toBeVisible();
      await expect(page.getByRole('search')).toHaveCount(0); // the box is hidden: it could not work
      const list = page.locator('.a-to-z');
      await expect(list.getByRole('heading', { level: 2 })).toHaveText(ui('pl', 'search.allPages'));
      const hrefs = await list.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.sort()).toEqual([...englishSlugs.map((s) => (s ? `/pl/${s}/` : '/pl/')), ...listSlugs.map((s) => `/pl/${s}/`)].sort());
      // An untranslated page keeps its English title, marked as English.
      const privacy = list.locator('a[href="/pl/privacy/"]');
      await expect(privacy).toHaveAttribute('lang', 'en');
      await expect(list.locator('li').filter({ has: page.locator('a[href="/pl/privacy/"]') })).toContainText(ui('pl', 'link.notTranslated'));
      await expect(list.locator('a[href="/pl/safe-accommodation/"]')).not.toHaveAttribute('lang', 'en');
    });

    test('the header offers a plain link to the search page', async ({ page }) => {
      await page.goto('/ar/');
      await expect(page.locator('header').getByRole('link', { name: ui('ar', 'search.link'), exact: true })).toHaveAttribute('href', '/ar/search/');
      await expect(page.getByRole('searchbox')).toHaveCount(0);
    });
  });

  test('is in the page’s own alphabetical order, by letter', async ({ page }) => {
    await page.goto('/en/search/');
    const letters = await page.locator('.a-to-z h3').allTextContents();
    expect(letters).toEqual([...letters].sort());
    const titles = await page.locator('.a-to-z a').allTextContents();
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: true });
    expect(titles).toEqual([...titles].sort((a, b) => collator.compare(a, b)));
  });

  test('when the search index cannot load, search says so and the list is there', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/tr/search/');
    await box(page).fill('sığınma');
    await box(page).press('Enter');
    await expect(status(page)).toHaveText(ui('tr', 'search.loadFailed'));
    await expect(page.locator('.a-to-z a')).toHaveCount(englishSlugs.length + listSlugs.length);
    await expect(page.locator('.a-to-z a').first()).toBeVisible();
  });

  test('when the index cannot load from the header, it says so and links to the list', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/en/');
    await box(page).fill('refuge');
    await box(page).press('Enter');
    await expect(status(page)).toHaveText(ui('en', 'search.loadFailedHeader'));
    await expect(page.getByRole('link', { name: ui('en', 'search.allPagesLink') })).toBeVisible();
  });
});

test.describe('accessibility with results shown', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const [path, query, colorScheme] of [
    ['/en/search/', 'refuge', 'light'],
    ['/en/search/', 'refuge', 'dark'],
    ['/ar/search/', 'بامان', 'light'],
    ['/bn/search/', 'বাসস্থান', 'light'],
    ['/en/privacy/', 'shelter', 'light'],
  ] as const) {
    test(`axe finds no WCAG 2.2 AA problem on ${path} with results for "${query}" (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await box(page).fill(query);
      await box(page).press('Enter');
      await expect(resultLinks(page).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(tags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }

  test('results fit a 320 px screen in a right-to-left language', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await search(page, 'ur', 'پناہ');
    await expect(resultLinks(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
});

test('every language has a search page, and the per-page checks visit it in the sample languages', () => {
  for (const lang of languageCodes) expect(builtPages).toContain(`/${lang}/search/`);
  for (const lang of ['en', 'ar', 'pl', 'zh-Hans', 'ti', 'ta']) expect(testPages).toContain(`/${lang}/search/`);
});
