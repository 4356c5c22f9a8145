/** A stand-in for the browser's speech synthesis, for the tests of "Listen" (ListenControl.astro). */
import type { Page } from '@playwright/test';

export interface FakeVoice {
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
export async function fakeSpeech(page: Page, voices: FakeVoice[]): Promise<{ cancels: number }> {
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

/** The text of the sentence highlighted as being read, if any. */
export const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('listen-sentence');
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  });

export const localEnglish: FakeVoice = { name: 'Local British English', lang: 'en-GB', localService: true };

/** What has been spoken so far: text, voice name and language of each utterance. */
export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { spoken: { text: string; voice: string; lang: string }[] } }).__speech.spoken);
