import { expect, test, type Page } from '@playwright/test';
import { blockRootRedirect, builtPages } from './site.ts';

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const path of builtPages) {
  test(`${path} fits a 320 px screen and 200% text without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await blockRootRedirect(page);
    await page.goto(path);
    await page.locator('.language-switcher summary').click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // 200% text size: a 1280 px window zoomed to 200% lays out like 640 px with doubled text.
    await page.setViewportSize({ width: 640, height: 800 });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expect(page.locator('.quick-exit__button')).toBeInViewport();
  });
}

test('right-to-left pages mirror the layout', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const positions = async (path: string) => {
    await page.goto(path);
    const name = await page.locator('.site-header__name').boundingBox();
    const exit = await page.locator('.quick-exit__button').boundingBox();
    return { name: name!.x, exit: exit!.x };
  };
  const ltr = await positions('/en/');
  const rtl = await positions('/ar/');
  // English: site name on the left, exit button on the right. Arabic: the other way round.
  expect(ltr.name).toBeLessThan(ltr.exit);
  expect(rtl.name).toBeGreaterThan(rtl.exit);
});

test('forced colours mode keeps the exit button\'s edge visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/en/');
  const border = await page.locator('.quick-exit__button').evaluate((el) => getComputedStyle(el).borderTopStyle);
  expect(border).toBe('solid');
  await expect(page.locator('.quick-exit__button')).toBeVisible();
});
