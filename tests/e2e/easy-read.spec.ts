/**
 * Easy Read pages as a reader meets them: found from the standard page and back, in their own
 * language; a large picture beside every idea at the side where reading starts; large, upright text;
 * pictures that are part of the page, not requested from anywhere.
 */
import { expect, test, type Page } from '@playwright/test';

const rowsOf = (page: Page) => page.locator('main .easy-read-row');

test.describe('links between the standard and Easy Read versions', () => {
  for (const { lang, standard, easyRead, easyReadLabel, standardLabel } of [
    { lang: 'en', standard: '/en/', easyRead: '/en/easy-read/get-help-now/', easyReadLabel: 'Easy Read version', standardLabel: 'Standard version' },
    // Neither page is translated into Arabic: both open in English inside the Arabic shell.
    {
      lang: 'ar',
      standard: '/ar/council-help/',
      easyRead: '/ar/easy-read/council-help/',
      easyReadLabel: 'نسخة القراءة السهلة (Easy Read)',
      standardLabel: 'النسخة العادية',
    },
  ]) {
    test(`${lang}: ${standard} → ${easyRead} → back, labelled in the reader's language`, async ({ page }) => {
      await page.goto(standard);
      const toEasyRead = page.locator('main .format-link a');
      await expect(toEasyRead).toHaveText(easyReadLabel);
      // Near the top: before the page's heading.
      const linkTop = (await toEasyRead.boundingBox())!.y;
      expect(linkTop).toBeLessThan((await page.locator('main h1').boundingBox())!.y);
      await toEasyRead.click();
      await expect(page).toHaveURL(easyRead);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const toStandard = page.locator('main .format-link a');
      await expect(toStandard).toHaveText(standardLabel);
      await toStandard.click();
      await expect(page).toHaveURL(standard);
    });
  }

  test('a page with no Easy Read version has no format link', async ({ page }) => {
    await page.goto('/en/privacy/');
    await expect(page.locator('main .format-link')).toHaveCount(0);
  });
});

/** Where the first row's picture and words sit, across the page. */
async function rowLayout(page: Page, path: string) {
  await page.goto(path);
  const row = rowsOf(page).first();
  const picture = (await row.locator('.easy-read-picture').boundingBox())!;
  const words = (await row.locator('.easy-read-row__text').boundingBox())!;
  return { picture, words };
}

test.describe('layout', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
  });

  test('the picture is at the reading-start side: left in English, right in Arabic', async ({ page }) => {
    const ltr = await rowLayout(page, '/en/easy-read/get-help-now/');
    expect(ltr.picture.x + ltr.picture.width).toBeLessThanOrEqual(ltr.words.x);
    const rtl = await rowLayout(page, '/ar/easy-read/get-help-now/');
    expect(rtl.words.x + rtl.words.width).toBeLessThanOrEqual(rtl.picture.x);
    // English words inside the Arabic shell (a page not yet translated) read left to right, so their
    // picture stays on the left.
    const fallback = await rowLayout(page, '/ar/easy-read/council-help/');
    expect(fallback.picture.x + fallback.picture.width).toBeLessThanOrEqual(fallback.words.x);
  });

  test('pictures are not flipped in right to left, except one that points a way', async ({ page }) => {
    const transform = (name: string) =>
      page.locator(`main .easy-read-picture[data-picture="${name}"] svg`).first().evaluate((svg) => getComputedStyle(svg).transform);
    await page.goto('/ar/easy-read/get-help-now/');
    expect(await transform('telephone')).toBe('none');
    expect(await transform('person-walking')).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await page.goto('/en/easy-read/get-help-now/');
    expect(await transform('person-walking')).toBe('none');
  });

  test('every row has a large picture and large, upright text, on a phone too', async ({ page }) => {
    for (const width of [1024, 320]) {
      await page.setViewportSize({ width, height: 700 });
      await page.goto('/en/easy-read/council-help/');
      const rows = await rowsOf(page).evaluateAll((els) =>
        els.map((row) => {
          const picture = row.querySelector('.easy-read-picture')?.getBoundingClientRect();
          const text = row.querySelector('.easy-read-row__text')!;
          const styles = [text, ...text.querySelectorAll('*')].map((el) => getComputedStyle(el));
          return {
            picture: picture ? Math.min(picture.width, picture.height) : 0,
            fontSize: Math.min(...styles.map((s) => parseFloat(s.fontSize))),
            lineHeight: parseFloat(getComputedStyle(text).lineHeight) / parseFloat(getComputedStyle(text).fontSize),
            italic: styles.some((s) => s.fontStyle !== 'normal'),
            underlinedWords: [...text.querySelectorAll('*')].filter((el) => el.tagName !== 'A' && getComputedStyle(el).textDecorationLine.includes('underline')).length,
          };
        }),
      );
      expect(rows.length).toBeGreaterThan(20);
      for (const row of rows) {
        // 16 pt is 21.3 px; Easy Read pictures "as big as possible" (../shared/research/anchors.md §3).
        expect(row.picture, `picture at ${width} px`).toBeGreaterThanOrEqual(64);
        expect(row.fontSize, `text at ${width} px`).toBeGreaterThanOrEqual(21.3);
        expect(row.lineHeight).toBeGreaterThanOrEqual(1.5);
        expect(row.italic).toBe(false);
        expect(row.underlinedWords).toBe(0);
      }
    }
  });

  test('in dark mode and forced colours, pictures keep their white tile, so their black outlines show', async ({ page }) => {
    for (const options of [{ colorScheme: 'dark' as const }, { colorScheme: 'dark' as const, forcedColors: 'active' as const }]) {
      await page.emulateMedia(options);
      await page.goto('/en/easy-read/get-help-now/');
      const tile = await page.locator('main .easy-read-picture').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(tile, JSON.stringify(options)).toBe('rgb(255, 255, 255)');
    }
  });

  test('on paper, a picture and its words stay together and the picture keeps its size', async ({ page }) => {
    await page.goto('/en/easy-read/no-recourse-to-public-funds/');
    await page.emulateMedia({ media: 'print' });
    const printed = await rowsOf(page).evaluateAll((els) =>
      els.map((row) => ({
        breakInside: getComputedStyle(row).breakInside,
        picture: row.querySelector('.easy-read-picture')!.getBoundingClientRect().width,
      })),
    );
    for (const row of printed) {
      expect(row.breakInside).toBe('avoid');
      // 22 mm at 96 px per inch.
      expect(row.picture).toBeCloseTo((22 / 25.4) * 96, 0);
    }
  });
});

test('pictures are inline SVG: no image is requested and screen readers skip decorative ones', async ({ page }) => {
  const images: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image' || /\.(svg|png|webp|jpe?g)$/.test(new URL(request.url()).pathname)) images.push(request.url());
  });
  await page.goto('/en/easy-read/is-this-domestic-abuse/');
  const pictures = page.locator('main .easy-read-picture');
  expect(await pictures.count()).toBeGreaterThan(20);
  expect(await page.locator('main img, main use, main image').count()).toBe(0);
  for (const picture of await pictures.all()) {
    await expect(picture.locator('> svg')).toHaveCount(1);
    await expect(picture).toHaveAttribute('aria-hidden', 'true');
  }
  // The page's own favicon is the only image the browser may ask for.
  expect(images.filter((url) => !url.endsWith('/favicon.svg'))).toEqual([]);
});

test('the footer links to the acknowledgements, which credit the pictures and their licence', async ({ page }) => {
  await page.goto('/en/easy-read/get-help-now/');
  await page.locator('footer a', { hasText: 'Acknowledgements' }).click();
  await expect(page).toHaveURL('/en/acknowledgements/');
  await expect(page.locator('main article a[href="https://openmoji.org/"]')).toHaveCount(1);
  await expect(page.locator('main article a[href="https://creativecommons.org/licenses/by-sa/4.0/"]')).toHaveCount(1);
});
