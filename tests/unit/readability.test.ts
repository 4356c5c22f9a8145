import { describe, expect, test } from 'vitest';
import { mdxToPlainText, readingFigures } from '../../src/lib/readability.ts';

describe('readability figures', () => {
  test('markup is removed, the words are kept', () => {
    const mdx = '---\ntitle: X\n---\n\n## Can I stay?\n\nCall <Phone service="x" /> now. See [the council page](/en/council-help/).\n\n<Callout type="info">\n\n- **One** item\n\n</Callout>\n';
    const text = mdxToPlainText(mdx);
    expect(text).toContain('Can I stay?');
    expect(text).toContain('Call number now. See the council page.');
    expect(text).toContain('One item');
    expect(text).not.toMatch(/[<>#*[\]]|\/en\/|title:/);
  });

  test('short plain sentences score an easy grade, long technical ones a hard grade', () => {
    const easy = readingFigures('You are not alone. You can call us. We will listen to you.');
    const hard = readingFigures(
      'Notwithstanding the aforementioned statutory provisions, applicants demonstrating exceptional circumstances may alternatively substantiate eligibility through comprehensive documentary evidence.',
    );
    expect(easy.sentences).toBe(3);
    expect(easy.words).toBe(13);
    expect(easy.grade).toBeLessThan(3);
    expect(hard.grade).toBeGreaterThan(14);
    expect(hard.readingAge).toBeCloseTo(hard.grade + 5, 1);
  });

  test('each line counts as the end of a sentence (headings and list items have no full stop)', () => {
    expect(readingFigures('A heading\nA list item\nA sentence. And another.').sentences).toBe(4);
  });
});
