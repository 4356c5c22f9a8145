/**
 * The directory of services, the council and group pages, the filters and "open now".
 */
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { englishRecordPages } from './site.ts';
import { expectNoTraceAcross } from './privacy-check.ts';

const serviceCount = readdirSync(new URL('../../content/services/', import.meta.url)).filter((f) => f.endsWith('.yaml')).length;
const strings = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}/ui.json`, import.meta.url), 'utf8')) as Record<string, string>;
const en = strings('en');
const pl = strings('pl');

const item = (page: Page, id: string) => page.locator(`[data-service="${id}"]`);

/** A moment `days` ahead at noon UTC on the given weekday (0 = Sunday), away from Christmas and New Year. */
function nextNoon(weekday: number): Date {
  const d = new Date();
  d.setUTCHours(12, 0, 0, 0);
  do d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() !== weekday || (d.getUTCMonth() === 11 && d.getUTCDate() >= 24) || (d.getUTCMonth() === 0 && d.getUTCDate() <= 2));
  return d;
}

/** Noon on the next Christmas Day: a bank holiday in England every year. */
function nextChristmas(): Date {
  const now = new Date();
  const year = now.getUTCMonth() === 11 && now.getUTCDate() >= 25 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return new Date(Date.UTC(year, 11, 25, 12));
}

test.describe('the directory', () => {
  test('lists every service record, each linking to its own page', async ({ page }) => {
    await page.goto('/en/services/');
    await expect(page.locator('#service-list > [data-service]')).toHaveCount(serviceCount);
    await page.locator('[data-service="galop"] h3 a').click();
    await expect(page.locator('h1')).toContainText('Galop');
    await expect(page.getByRole('link', { name: /0800 999 5428/ })).toHaveAttribute('href', 'tel:+448009995428');
  });

  test('filters act at once, announce the count, and leave nothing in the address, history, title or storage', async ({ page }) => {
    await page.goto('/en/services/');
    const url = page.url();
    const title = await page.title();
    const historyLength = await page.evaluate(() => history.length);

    await page.getByLabel(en['directory.filterGroup']!).selectOption({ label: en['directory.group.lgbtq']! });
    await expect(page.locator('#service-list > [data-service]:visible')).toHaveCount(1);
    await expect(item(page, 'galop')).toBeVisible();
    await expect(page.locator('[data-filter-count]')).toHaveText(`1 service shown out of ${serviceCount}`);

    await page.getByLabel(en['directory.filterGroup']!).selectOption('');
    await page.getByLabel(en['directory.filterLanguage']!).selectOption({ label: 'Kurdish' });
    await expect(page.locator('#service-list > [data-service]:visible')).toHaveCount(1);
    await expect(item(page, 'ikwro')).toBeVisible();

    await page.getByLabel(en['directory.filterNeed']!).selectOption({ label: en['directory.need.stalking']! });
    await expect(page.locator('#service-list > [data-service]:visible')).toHaveCount(0);
    await expect(page.locator('[data-filter-count]')).toContainText(en['directory.noneMatch']!);

    await page.getByRole('button', { name: en['directory.filterClear']! }).click();
    await expect(page.locator('#service-list > [data-service]:visible')).toHaveCount(serviceCount);

    expect(page.url()).toBe(url);
    expect(await page.title()).toBe(title);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  });

  test('the council filter keeps national and London-wide services and that council\'s own, and drops other areas', async ({ page }) => {
    await page.goto('/en/services/');
    const council = page.getByLabel(en['directory.filterCouncil']!);
    await council.selectOption({ label: 'Westminster' });
    await expect(item(page, 'standing-together-housing-first')).toBeVisible();
    await expect(item(page, 'national-domestic-abuse-helpline')).toBeVisible(); // national
    await expect(item(page, 'solace')).toBeVisible(); // London-wide
    await expect(item(page, 'southall-black-sisters')).toBeHidden(); // area not confirmed: not claimed
    await council.selectOption({ label: 'Hackney' });
    await expect(item(page, 'standing-together-housing-first')).toBeHidden();
  });

  test('filters can be used with the keyboard alone', async ({ page }) => {
    await page.goto('/en/services/');
    await page.getByLabel(en['directory.filterGroup']!).focus();
    // Type-ahead on a closed select picks the first option starting with the letters typed.
    await page.keyboard.type('Deaf');
    await expect(page.locator('#service-list > [data-service]:visible')).toHaveCount(2);
    await expect(item(page, '999-bsl')).toBeVisible();
    await expect(item(page, 'signhealth-domestic-abuse-service')).toBeVisible();
  });

  test('without JavaScript the filters stay hidden and links to group and council pages do their job', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/services/');
    await expect(page.locator('[data-directory-filters]')).toBeHidden();
    await expect(page.locator('#service-list > [data-service]')).toHaveCount(serviceCount);
    await page.getByRole('link', { name: en['directory.groupTitle.lgbtq']! }).click();
    await expect(page.locator('h1')).toHaveText(en['directory.groupTitle.lgbtq']!);
    await expect(page.locator('[data-service]')).toHaveCount(1);
    await expect(item(page, 'galop')).toBeVisible();
    await page.goto('/en/services/');
    await page.getByRole('link', { name: en['council.indexTitle']! }).click();
    await page.getByRole('link', { name: 'Westminster', exact: true }).click();
    await expect(page.locator('h1')).toHaveText('Help in Westminster');
    await context.close();
  });
});

test.describe('open now, in London time', () => {
  test('on a weekday afternoon, office-hours services are open', async ({ page }) => {
    await page.clock.setFixedTime(nextNoon(2)); // a Tuesday, 12:00 or 13:00 in London
    await page.goto('/en/services/forced-marriage-unit/');
    await expect(page.locator('[data-open-now]')).toHaveText(en['hours.openNow']!);
  });

  test('at the weekend, they are closed and say when they open, in the reader\'s language', async ({ page }) => {
    await page.clock.setFixedTime(nextNoon(6)); // a Saturday
    await page.goto('/en/services/forced-marriage-unit/');
    await expect(page.locator('[data-open-now]')).toHaveText('Closed now. Opens Monday 09:00.');
    await page.goto('/pl/services/forced-marriage-unit/');
    await expect(page.locator('[data-open-now]')).toContainText('poniedziałek');
    await expect(page.locator('[data-open-now]')).toContainText('09:00');
  });

  test('the "open now" filter keeps 24-hour services and drops closed ones', async ({ page }) => {
    await page.clock.setFixedTime(nextNoon(6));
    await page.goto('/en/services/');
    await page.getByLabel(en['directory.filterOpenNow']!).check();
    await expect(item(page, 'national-domestic-abuse-helpline')).toBeVisible();
    await expect(item(page, 'forced-marriage-unit')).toBeHidden();
    // Hours not confirmed are never shown as open.
    await expect(item(page, 'southall-black-sisters')).toBeHidden();
    await expect(item(page, 'national-domestic-abuse-helpline').locator('[data-open-now]')).toHaveText(en['hours.openNow']!);
    await expect(item(page, 'forced-marriage-unit').locator('[data-open-now]')).toHaveText(/^Closed now/);
  });

  test('on a bank holiday a service whose source does not say is not called open or closed', async ({ page }) => {
    await page.clock.setFixedTime(nextChristmas());
    await page.goto('/en/services/asylum-support-appeals-project/');
    await expect(page.locator('[data-open-now]')).toHaveText(en['hours.maybeOpen']!);
    await page.goto('/en/services/samaritans/');
    await expect(page.locator('[data-open-now]')).toHaveText(en['hours.openNow']!);
  });

  test('hours are written out in the reader\'s language', async ({ page }) => {
    await page.goto('/en/services/nspcc-helpline/');
    await expect(page.locator('main')).toContainText('Monday to Friday: 08:00 to 22:00');
    await expect(page.locator('main')).toContainText('Saturday and Sunday: 09:00 to 18:00');
    await page.goto('/pl/services/nspcc-helpline/');
    await expect(page.locator('main')).toContainText('poniedziałek');
  });
});

test.describe('council and group pages', () => {
  test('a council page lists its own services, London-wide and national ones, and says where to find the council', async ({ page }) => {
    await page.goto('/en/help-in/westminster/');
    const local = page.locator('h2', { hasText: 'Services in Westminster' }).locator('xpath=following-sibling::*[1]');
    await expect(local.locator('[data-service="standing-together-housing-first"]')).toHaveCount(1);
    await expect(page.locator('article').getByRole('link', { name: en['council.findCouncil']! })).toHaveAttribute(
      'href',
      'https://www.gov.uk/find-local-council',
    );
    await page.goto('/en/help-in/hackney/');
    await expect(page.locator('main')).toContainText('We do not yet list a service that works only in Hackney.');
    await expect(page.locator('[data-service="solace"]')).toHaveCount(1);
  });

  test('all 33 councils are listed, in inner and outer London', async ({ page }) => {
    await page.goto('/en/help-in/');
    await expect(page.locator('main a[href^="/en/help-in/"]')).toHaveCount(33);
  });

  test('in another language the interface is translated and the records\' own words are marked as English', async ({ page }) => {
    await page.goto('/pl/services/galop/');
    await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: pl['directory.contactHeading']! })).toBeVisible();
  });
});

test.describe('every English service, council and group page', () => {
  const kinds = ['services', 'help-in', 'support-for'];
  for (const kind of kinds) {
    const pages = englishRecordPages.filter((p) => p.startsWith(`/en/${kind}/`));

    test(`axe finds no WCAG 2.2 AA problem on any of the ${pages.length} /en/${kind}/ pages`, async ({ page }) => {
      test.setTimeout(300_000);
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        found.push(...results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      }
      expect(found).toEqual([]);
    });

    test(`the privacy crawl passes on every /en/${kind}/ page`, async ({ page, context, baseURL }) => {
      test.setTimeout(300_000);
      await expectNoTraceAcross(page, context, baseURL!, pages);
    });
  }
});
