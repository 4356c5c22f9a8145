/**
 * The options engine's data: contacts are real service records (or defined generic contacts), every
 * key it can return has English text in both registers, survivor text is plain, sources resolve and
 * say when facts.md marks them verify, and answers a question does not allow do not compile.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readingFigures } from '../../src/lib/readability.ts';
import { allowedAnswers, answerKey, askedQuestions, genericContacts, optionOrder, options, serviceContacts, sources, text, type Answers, type TextKey } from '../../src/lib/options/index.ts';
import { serviceIds } from '../tools/content-pages.ts';
import { anyAnswers, oneAtATime } from '../tools/options-answers.ts';

/** Everything the engine returned over each question at each value from several situations, and 3,000 random sets. */
function everythingReturned() {
  const keys = new Set<string>();
  const contacts = new Set<string>();
  const sourceIds = new Set<string>();
  const add = (answers: Answers) => {
    for (const o of options(answers)) {
      keys.add(o.explanationKey);
      for (const k of o.nextStepKeys) keys.add(k);
      for (const c of o.contacts) contacts.add(c);
      for (const s of o.legalBasis) sourceIds.add(s);
    }
  };
  for (const a of oneAtATime()) add(a);
  fc.assert(fc.property(anyAnswers, (a) => add(a)), { numRuns: 3000, seed: 6 });
  return { keys, contacts, sourceIds };
}
const returned = everythingReturned();

describe('contacts', () => {
  test('every service contact the engine can return is a record in content/services/', () => {
    const records = new Set(serviceIds());
    const services = [...returned.contacts].filter((c) => !(genericContacts as readonly string[]).includes(c));
    expect(services.filter((c) => !records.has(c))).toEqual([]);
    expect(serviceContacts.filter((c) => !records.has(c))).toEqual([]);
  });

  test('every generic contact is defined in both registers, and none pretends to be a service record', () => {
    const records = new Set(serviceIds());
    for (const c of genericContacts) {
      expect(records.has(c), `${c} clashes with a service record`).toBe(false);
      const wording = text[`contact.${c}` as TextKey];
      expect(wording?.survivor, c).toBeTruthy();
      expect(wording?.professional, c).toBeTruthy();
    }
  });
});

describe('text', () => {
  /** Keys the page uses around the engine's output: labels, contacts, titles, questions and answers. */
  const pageKey = /^(label|contact|title|question|hint|answer)\./;
  const engineKeys = Object.keys(text).filter((k) => !pageKey.test(k));

  test('every key the engine returns has text, and every explanation and step in the file is reachable', () => {
    expect([...returned.keys].filter((k) => !(k in text))).toEqual([]);
    expect(engineKeys.filter((k) => !returned.keys.has(k))).toEqual([]);
  });

  test.each(Object.entries(text))('%s has a survivor and a professional wording', (key, wording) => {
    expect(wording.survivor.trim().length).toBeGreaterThan(0);
    expect(wording.professional.trim().length).toBeGreaterThan(0);
    // Short answer labels ("Yes", "Under 16") may read the same in both registers; explanations may not.
    if (!/^(answer|title)\./.test(key)) expect(wording.survivor).not.toBe(wording.professional);
  });

  test('every option has a title, every question a wording, and every answer a question allows a label', () => {
    for (const id of optionOrder) expect(text[`title.${id}` as TextKey], id).toBeDefined();
    for (const q of askedQuestions) {
      expect(text[`question.${q}` as TextKey], q).toBeDefined();
      for (const answer of allowedAnswers(q)) expect(answerKey(q, answer) in text, `${q}: ${answer}`).toBe(true);
    }
  });

  test.each(Object.entries(text))('%s: survivor wording is plain (no jargon, no phone number typed in; reading age 12 or under when 15 words or more)', (_key, wording) => {
    const figures = readingFigures(wording.survivor);
    // Very short strings ("Call Karma Nirvana.") give meaningless grades: they count in the average below.
    if (figures.words >= 15) expect(figures.readingAge).toBeLessThanOrEqual(12);
    expect(wording.survivor).not.toMatch(/\b(NRPF|PSIC|MVDAC|DDVC|VDA|SMV|ECHR|IAA|s\d+|Part \d|facts\.md|§)/);
    // Phone numbers come from the service records, never from this text (999 and years aside).
    expect(wording.survivor.replace(/\b999\b/g, '').replace(/\b20\d\d\b/g, '')).not.toMatch(/\d{3,}/);
  });

  test('survivor wording overall averages a reading age of about 11 or under', () => {
    const all = Object.values(text).map((w) => w.survivor).join('\n');
    expect(readingFigures(all).readingAge).toBeLessThanOrEqual(11);
  });

  // The research file is for the project, not for readers: its sections are kept in sources.ts.
  test.each(Object.entries(text))('%s: no wording points readers to the project\'s research file', (_key, wording) => {
    expect(wording.professional).not.toMatch(/facts\.md|§/);
    expect(wording.survivor).not.toMatch(/facts\.md|§/);
  });

  test('every option marked verify tells a survivor to check it with an adviser', () => {
    expect(text['step.check-with-adviser'].survivor).toMatch(/check it with an adviser/i);
  });
});

describe('sources', () => {
  test('every source the engine cites resolves to a title, a web address and a facts.md section', () => {
    expect([...returned.sourceIds].filter((s) => !(s in sources))).toEqual([]);
    for (const [id, s] of Object.entries(sources)) {
      expect(s.title.length, id).toBeGreaterThan(0);
      expect(s.url, id).toMatch(/^https?:\/\/[^\s]+$/);
      expect(s.factsSection, id).toMatch(/^[1-7]/);
    }
  });

  test('every source marked verify says why, and the facts.md verify items the issue names are marked', () => {
    for (const [id, s] of Object.entries(sources)) {
      if ('verify' in s) expect('verifyNote' in s && s.verifyNote.length > 0, id).toBe(true);
    }
    // facts.md: SMV after March 2025, MVDAC practical details, s79 commencement, asylum support 2026,
    // London sanctuary schemes, pre-settled case law after 2022: all "unverified".
    for (const id of ['smv', 'mvdac', 'lifetime-tenancy-s79', 'asylum-support-changes-2026', 'sanctuary-schemes', 'eu-pre-settled-benefits'] as const) {
      expect('verify' in sources[id], id).toBe(true);
    }
  });

  test('every source is cited by some option (no dead sources)', () => {
    expect(Object.keys(sources).filter((s) => !returned.sourceIds.has(s))).toEqual([]);
  });
});

describe('answers', () => {
  test('an answer a question does not allow is a type error (checked by npm run check)', () => {
    // @ts-expect-error 'maybe' is not an answer to "Are you in danger now?"
    const bad: Answers = { danger: 'maybe' };
    // @ts-expect-error a status the questions do not list
    const badStatus: Answers = { status: 'tourist' };
    const fine: Answers = { danger: 'prefer-not-to-say', status: 'not-sure', children: 'yes' };
    expect([bad, badStatus, fine]).toHaveLength(3);
  });
});
