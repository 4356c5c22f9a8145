import { expect, test } from '@playwright/test';

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
