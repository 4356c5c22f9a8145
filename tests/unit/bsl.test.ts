import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { bslFileProblem, downloadSource, formatFileSize, videoSources } from '../../src/lib/bsl.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';

const project = mkdtempSync(join(tmpdir(), 'bsl-files-'));
mkdirSync(join(project, 'public/bsl'), { recursive: true });
for (const name of ['help.webm', 'help.mp4', 'help.vtt', 'help.jpg']) writeFileSync(join(project, 'public/bsl', name), 'x');
afterAll(() => rmSync(project, { recursive: true, force: true }));
const publicDir = join(project, 'public');

describe('files named for a BSL video', () => {
  test('an existing file of the right kind in public/bsl/ is fine', () => {
    expect(bslFileProblem('webm', '/bsl/help.webm', publicDir)).toBeUndefined();
    expect(bslFileProblem('captions', '/bsl/help.vtt', publicDir)).toBeUndefined();
    expect(bslFileProblem('poster', '/bsl/help.jpg', publicDir)).toBeUndefined();
  });

  test('a missing file is named with its place in the project', () => {
    expect(bslFileProblem('captions', '/bsl/other.vtt', publicDir)).toBe(
      'the file public/bsl/other.vtt does not exist: add a WebVTT captions file (.vtt) there, or correct the name',
    );
  });

  test('a file of the wrong kind says what kind is needed', () => {
    expect(bslFileProblem('captions', '/bsl/help.jpg', publicDir)).toBe('/bsl/help.jpg must be a WebVTT captions file (.vtt)');
  });

  test('only files under /bsl/ on this site: no other website, no other folder', () => {
    for (const path of ['https://video.example/help.webm', 'help.webm', '/bsl/../favicon.webm', '/videos/help.webm']) {
      expect(bslFileProblem('webm', path, publicDir)).toMatch(/must be a file in public\/bsl\//);
    }
  });
});

describe('video sources and download', () => {
  test('WebM is offered first, MP4 second; the download is the MP4 when there is one', () => {
    const video = { mp4: '/bsl/help.mp4', webm: '/bsl/help.webm' };
    expect(videoSources(video)).toEqual([
      { src: '/bsl/help.webm', type: 'video/webm' },
      { src: '/bsl/help.mp4', type: 'video/mp4' },
    ]);
    expect(downloadSource(video)).toBe('/bsl/help.mp4');
    expect(downloadSource({ webm: '/bsl/help.webm' })).toBe('/bsl/help.webm');
  });

  test('file sizes are in megabytes in the reader\'s language, never 0', () => {
    expect(formatFileSize(4_200_000, 'en-GB')).toBe('4.2 MB');
    expect(formatFileSize(4_200_000, 'pl')).toBe('4,2 MB');
    expect(formatFileSize(1_200, 'en-GB')).toBe('0.1 MB');
  });
});

describe('the bsl field of a page', () => {
  const page = {
    title: 'Get help now',
    description: 'Who to call.',
    audience: ['survivors'],
    lastReviewed: '2026-11-23',
    sources: [{ title: 'A source', url: 'https://example.org/', checked: '2026-11-23' }],
  };
  const bsl = {
    video: { webm: '/bsl/help.webm', mp4: '/bsl/help.mp4' },
    captions: '/bsl/help.vtt',
    poster: '/bsl/help.jpg',
    translator: 'A Translator (NRCPD 123), checked by B Checker (NRCPD 456)',
    recordedOn: '2026-11-20',
  };
  const problems = (data: unknown) => {
    vi.spyOn(process, 'cwd').mockReturnValue(project);
    try {
      const result = pageSchema.safeParse(data);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    } finally {
      vi.restoreAllMocks();
    }
  };

  test('a page with every BSL file present and a credit is valid', () => {
    expect(problems({ ...page, bsl })).toEqual([]);
  });

  test('a video needs at least one of MP4 and WebM', () => {
    expect(problems({ ...page, bsl: { ...bsl, video: {} } })).toEqual(['bsl.video needs an mp4 or a webm file (or both), in public/bsl/']);
  });

  test('missing captions, poster or credit each fail with the field named', () => {
    const { captions: _c, ...noCaptions } = bsl;
    expect(problems({ ...page, bsl: noCaptions })[0]).toMatch(/^bsl\.captions is required/);
    expect(problems({ ...page, bsl: { ...bsl, poster: '/bsl/gone.png' } })).toEqual([
      'bsl.poster: the file public/bsl/gone.png does not exist: add a poster image (.jpg, .png, .webp or .avif) there, or correct the name',
    ]);
    expect(problems({ ...page, bsl: { ...bsl, translator: ' ' } })[0]).toMatch(/^bsl\.translator is required/);
  });
});
