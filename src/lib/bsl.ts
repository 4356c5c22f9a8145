/**
 * A page's British Sign Language (BSL) video: where its files live and what the video component needs.
 *
 * Files sit under public/bsl/ and are named in a page's frontmatter by their site path ("/bsl/…"), so
 * they are served from the site's own origin (DESIGN.md rule 2). The build checks that each named file
 * exists, so a page can never point at a video, captions or poster that is not there.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where BSL files must be, as a site path. */
export const bslFolder = '/bsl/';

export const bslKinds = {
  mp4: { extensions: ['.mp4'], what: 'an MP4 video' },
  webm: { extensions: ['.webm'], what: 'a WebM video' },
  captions: { extensions: ['.vtt'], what: 'a WebVTT captions file (.vtt)' },
  poster: { extensions: ['.jpg', '.jpeg', '.png', '.webp', '.avif'], what: 'a poster image (.jpg, .png, .webp or .avif)' },
} as const;
export type BslKind = keyof typeof bslKinds;

/** The project's public/ folder: Astro always runs from the project root. */
export const publicDir = (): string => join(process.cwd(), 'public');

/**
 * What is wrong with a file named in a page's `bsl` field, in words an editor can act on, or undefined
 * when it is fine.
 */
export function bslFileProblem(kind: BslKind, sitePath: string, root = publicDir()): string | undefined {
  const { extensions, what } = bslKinds[kind];
  if (!sitePath.startsWith(bslFolder) || sitePath.includes('..') || /[?#]/.test(sitePath)) {
    return `${sitePath} must be a file in public/bsl/, written as ${bslFolder}<name>, for example ${bslFolder}get-help-now${extensions[0]}`;
  }
  if (!extensions.some((e) => sitePath.toLowerCase().endsWith(e))) {
    return `${sitePath} must be ${what}`;
  }
  if (!existsSync(join(root, sitePath))) {
    return `the file public${sitePath} does not exist: add ${what} there, or correct the name`;
  }
  return undefined;
}

/** A file's size in bytes, for the download link. */
export function bslFileSize(sitePath: string, root = publicDir()): number {
  return statSync(join(root, sitePath)).size;
}

/** "4.2 MB" in the reader's language. Sizes under 0.1 MB show as 0.1 MB so no file looks empty. */
export function formatFileSize(bytes: number, locale: string): string {
  const megabytes = Math.max(bytes / 1_000_000, 0.1);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes);
}

/** Video sources in the order browsers should try them: WebM (smaller) first, MP4 for every other browser. */
export function videoSources(video: { mp4?: string | undefined; webm?: string | undefined }): { src: string; type: string }[] {
  return [
    ...(video.webm ? [{ src: video.webm, type: 'video/webm' }] : []),
    ...(video.mp4 ? [{ src: video.mp4, type: 'video/mp4' }] : []),
  ];
}

/** The file offered for download: MP4 plays on more devices, so it is preferred. */
export function downloadSource(video: { mp4?: string | undefined; webm?: string | undefined }): string {
  const file = video.mp4 ?? video.webm;
  if (!file) throw new Error('a BSL video needs an mp4 or a webm file');
  return file;
}
