/**
 * "Listen" (ListenControl.astro) with a stand-in for the browser's speech synthesis, so the tests
 * decide which voices exist and see exactly what would be spoken, with which voice.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoTrace } from './privacy-check.ts';
import { fakeExitSite, stayOnPage } from './site.ts';

interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

/**
 * Replace speechSynthesis before the page's scripts run. Voices arrive after the page has loaded, with a
 * voiceschanged event, as in Chrome. Each spoken utterance is kept in window.__speech; the test ends one
 * with window.__finishUtterance(). Every cancel() is also reported to the test through reportCancel,
 * which outlives the page (to prove the quick exit silences it).
 */
async function fakeSpeech(page: Page, voices: FakeVoice[]): Promise<{ cancels: number }> {
  const cancels = { cancels: 0 };
  await page.exposeFunction('reportCancel', () => {
    cancels.cancels++;
  });
  await page.addInitScript((voices) => {
    const speech = { spoken: [] as { text: string; voice: string | undefined; lang: string }[], paused: false, current: null as EventTarget | null };
    let available: FakeVoice[] = [];
    class FakeUtterance extends EventTarget {
      text: string;
      voice: FakeVoice | null = null;
      lang = '';
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => available,
      speak(u: FakeUtterance) {
        speech.spoken.push({ text: u.text, voice: u.voice?.name, lang: u.lang });
        speech.current = u;
      },
      pause() {
        speech.paused = true;
      },
      resume() {
        speech.paused = false;
      },
      cancel() {
        speech.current = null;
        (window as unknown as { reportCancel: () => void }).reportCancel();
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.assign(window, {
      __speech: speech,
      __finishUtterance: () => {
        const u = speech.current;
        speech.current = null;
        u?.dispatchEvent(new Event('end'));
      },
    });
    setTimeout(() => {
      available = voices;
      synth.dispatchEvent(new Event('voiceschanged'));
    }, 50);
  }, voices);
  return cancels;
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { spoken: { text: string; voice: string; lang: string }[] } }).__speech.spoken);
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('listen-sentence');
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  });

const localEnglish: FakeVoice = { name: 'Local British English', lang: 'en-GB', localService: true };
const remoteEnglish: FakeVoice = { name: 'Cloud English', lang: 'en-GB', localService: false };
const control = 'listen-control';

/** Give the page's scripts and the late voices time to arrive, then return. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => customElements.whenDefined('listen-control'));
  await page.waitForTimeout(200);
}

test('no voice on the device: no Listen control', async ({ page }) => {
  await fakeSpeech(page, []);
  await open(page, '/en/');
  await expect(page.locator(control)).toBeHidden();
});

test('only a voice that runs on a server: no Listen control, nothing spoken', async ({ page }) => {
  await fakeSpeech(page, [remoteEnglish]);
  await open(page, '/en/');
  await expect(page.locator(control)).toBeHidden();
  expect(await spoken(page)).toEqual([]);
});

test('a local voice in another language only: no Listen control', async ({ page }) => {
  await fakeSpeech(page, [{ name: 'Local Polish', lang: 'pl-PL', localService: true }]);
  // A Polish shell showing English text: the text's language counts.
  await open(page, '/pl/bsl/');
  await expect(page.locator(control)).toBeHidden();
});

test('a local voice in the language: Listen reads sentence by sentence, highlights it, pauses, resumes and stops', async ({ page }) => {
  await fakeSpeech(page, [remoteEnglish, localEnglish]);
  await open(page, '/en/');
  const main = page.locator(`${control} [data-listen-main]`);
  const stop = page.locator(`${control} [data-listen-stop]`);
  await expect(main).toBeVisible();
  await expect(main).toHaveText('Listen');
  await expect(stop).toBeHidden();

  // Keyboard: Tab to the button and press Enter.
  await main.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => spoken(page)).toEqual([{ text: 'Get help now', voice: 'Local British English', lang: 'en-GB' }]);
  expect(await highlighted(page)).toEqual(['Get help now']);
  await expect(main).toHaveText('Pause');
  await expect(stop).toBeVisible();

  await page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe('You are not alone.');
  expect(await highlighted(page)).toEqual(['You are not alone.']);

  await main.click();
  await expect(main).toHaveText('Resume');
  expect(await page.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(true);
  await main.click();
  await expect(main).toHaveText('Pause');
  expect(await page.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(false);

  await stop.click();
  await expect(main).toHaveText('Listen');
  await expect(stop).toBeHidden();
  expect(await highlighted(page)).toEqual([]);
  // The article's text is as it was: reading changed nothing in the page.
  await expect(page.locator('main article h1')).toHaveText('Get help now');
});

test('Listen reads the English text of a fallback page with an English voice, with labels in the shell\'s language', async ({ page }) => {
  await fakeSpeech(page, [localEnglish, { name: 'Local Polish', lang: 'pl-PL', localService: true }]);
  await open(page, '/pl/bsl/');
  const main = page.locator(`${control} [data-listen-main]`);
  await expect(main).toHaveText('Słuchaj');
  await main.click();
  await expect.poll(() => spoken(page)).toEqual([{ text: 'British Sign Language (BSL)', voice: 'Local British English', lang: 'en-GB' }]);
});

test('the quick exit silences Listen at once', async ({ page }) => {
  const cancels = await fakeSpeech(page, [localEnglish]);
  await fakeExitSite(page, stayOnPage);
  await open(page, '/en/');
  await page.locator(`${control} [data-listen-main]`).click();
  await expect.poll(() => spoken(page)).toHaveLength(1);
  const before = cancels.cancels;
  await page.locator('.quick-exit__button').click();
  await expect.poll(() => cancels.cancels).toBeGreaterThan(before);
});

test('reading aloud sends nothing anywhere and leaves nothing on the device', async ({ page, context, baseURL }) => {
  await fakeSpeech(page, [localEnglish]);
  await expectNoTrace(page, context, baseURL!, '/en/bsl/', true, async (page) => {
    await page.locator(`${control} [data-listen-main]`).click();
    await expect.poll(() => spoken(page)).toHaveLength(1);
    await page.evaluate(() => (window as unknown as { __finishUtterance: () => void }).__finishUtterance());
    await expect.poll(() => spoken(page)).toHaveLength(2);
    await page.waitForLoadState('networkidle');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no Listen control', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator(control)).toBeHidden();
  });
});
