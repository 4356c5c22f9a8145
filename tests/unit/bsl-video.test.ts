/**
 * The BSL video component in a real browser. No page of the site has a BSL video yet (none may be
 * faked), so this renders BslVideo.astro with Astro's container API around a clip made here and now
 * by Chromium (a canvas recorded to WebM), served from a throwaway local server. Nothing of it is in
 * public/ or dist/.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from '@playwright/test';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import BslVideo from '../../src/components/BslVideo.astro';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const publicRoot = mkdtempSync(join(tmpdir(), 'bsl-video-'));
mkdirSync(join(publicRoot, 'bsl'));
const types: Record<string, string> = { '.webm': 'video/webm', '.vtt': 'text/vtt', '.png': 'image/png', '.html': 'text/html' };
const requests: string[] = [];
let pageHtml = '';
let server: Server;
let browser: Browser;
let origin = '';

/** Static files with byte ranges, as a real host serves video. */
function serve(): Promise<void> {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml);
      return;
    }
    const file = join(publicRoot, normalize(path));
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'accept-ranges': 'bytes' };
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Number(range[2]) : size - 1;
      response.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
      response.end(body.subarray(start, end + 1));
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': size }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}

/** A two-second WebM clip and a poster, drawn on a canvas and recorded by Chromium itself. */
async function makeClip(page: Page): Promise<void> {
  const { video, poster } = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 90;
    const context = canvas.getContext('2d')!;
    const draw = (n: number) => {
      context.fillStyle = n % 2 ? '#1a65a6' : '#0b0c0c';
      context.fillRect(0, 0, 160, 90);
      context.fillStyle = '#ffdd00';
      context.fillRect((n * 10) % 160, 30, 30, 30);
    };
    draw(0);
    const poster = canvas.toDataURL('image/png');
    const recorder = new MediaRecorder(canvas.captureStream(10), { mimeType: 'video/webm' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const done = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    for (let n = 1; n <= 20; n++) {
      draw(n);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    recorder.stop();
    await done;
    const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { video: btoa(binary), poster: poster.split(',')[1]! };
  });
  writeFileSync(join(publicRoot, 'bsl/test-clip.webm'), Buffer.from(video, 'base64'));
  writeFileSync(join(publicRoot, 'bsl/test-clip.png'), Buffer.from(poster, 'base64'));
  writeFileSync(join(publicRoot, 'bsl/test-clip.vtt'), 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nYou are not alone.\n\n00:00:01.000 --> 00:00:02.000\nIt is not your fault.\n');
}

beforeAll(async () => {
  await serve();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(origin);
  await makeClip(page);
  await page.close();

  const container = await AstroContainer.create();
  const component = await container.renderToString(BslVideo, {
    props: {
      lang: 'en',
      publicRoot,
      bsl: {
        video: { webm: '/bsl/test-clip.webm' },
        captions: '/bsl/test-clip.vtt',
        poster: '/bsl/test-clip.png',
        translator: 'A Translator (NRCPD 000), checked by B Checker (NRCPD 001)',
        recordedOn: new Date('2026-11-20'),
      },
    },
  });
  pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>BSL video test</title></head><body><main><h1>Get help now</h1>${component}<p>You are not alone. It is not your fault.</p></main></body></html>`;
  requests.length = 0;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(publicRoot, { recursive: true, force: true });
});

test('nothing of the video downloads before play; it plays from the keyboard; its captions load with cues', async () => {
  const page = await browser.newPage();
  await page.goto(origin);
  await page.waitForLoadState('networkidle');
  const video = page.locator('video');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.poster)).toBe(`${origin}/bsl/test-clip.png`);
  expect(await video.evaluate((v: HTMLVideoElement) => ({ preload: v.preload, autoplay: v.autoplay, paused: v.paused, controls: v.controls }))).toEqual({
    preload: 'none',
    autoplay: false,
    paused: true,
    controls: true,
  });
  // preload="none": a reader on a metered phone pays for nothing until they choose to watch.
  expect(requests.filter((r) => r.endsWith('.webm'))).toEqual([]);

  // Tab from the start of the page reaches the video's own controls; Space starts it.
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('VIDEO');
  await page.keyboard.press('Space');
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused && v.currentTime > 0), { timeout: 10_000 }).toBe(true);
  expect(requests.filter((r) => r === '/bsl/test-clip.webm').length).toBeGreaterThan(0);

  const track = await video.evaluate(async (v: HTMLVideoElement) => {
    const t = v.textTracks[0]!;
    for (let i = 0; i < 50 && !(t.cues && t.cues.length > 0); i++) await new Promise((r) => setTimeout(r, 100));
    return { kind: t.kind, language: t.language, label: t.label, mode: t.mode, cues: [...(t.cues ?? [])].map((c) => (c as VTTCue).text) };
  });
  expect(track).toEqual({ kind: 'captions', language: 'en', label: 'English captions', mode: 'showing', cues: ['You are not alone.', 'It is not your fault.'] });
  await page.close();
}, 60_000);

test('the download link is the same file on the same site, with its size; credit and transcript are shown', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  const link = page.getByRole('link', { name: /Download the BSL video/ });
  expect(await link.textContent()).toBe('Download the BSL video (0.1 MB)');
  expect(await link.evaluate((a: HTMLAnchorElement) => ({ origin: new URL(a.href).origin, path: new URL(a.href).pathname, download: a.hasAttribute('download') }))).toEqual({
    origin,
    path: '/bsl/test-clip.webm',
    download: true,
  });
  const response = await page.request.get(await link.evaluate((a: HTMLAnchorElement) => a.href));
  expect(response.headers()['content-type']).toBe('video/webm');
  expect(await page.getByText('Translated into BSL by A Translator (NRCPD 000), checked by B Checker (NRCPD 001). Recorded on 20 November 2026.').isVisible()).toBe(true);
  const transcript = page.getByText('The video translates the English text of this page, which is below it.');
  expect(await transcript.isVisible()).toBe(false);
  await page.getByText('Transcript').press('Enter');
  expect(await transcript.isVisible()).toBe(true);
  expect(await page.getByRole('region', { name: 'This page in British Sign Language (BSL)' }).locator('video').count()).toBe(1);
  const axe = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await context.close();
}, 60_000);
