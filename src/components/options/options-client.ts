/**
 * The options checker in the browser (OptionsChecker.astro). Answers live in one object in memory and
 * nowhere else: no form is submitted, the address, title and history never change, nothing is stored,
 * and "Start again" (or leaving the page) wipes them. Every word shown is copied from nodes the page
 * already holds; nothing is built from the answers as HTML.
 */
import { askedQuestions, questionsFor, relevantAnswers, type AskedQuestion } from '../../lib/options/flow.ts';
import type { Answers } from '../../lib/options/questions.ts';
import { evaluate, type Option } from '../../lib/options/rules.ts';

type Mode = 'survivor' | 'professional';

export function initOptionsChecker(root: HTMLElement): void {
  const steps = {
    mode: root.querySelector<HTMLElement>('[data-step="mode"]')!,
    questions: root.querySelector<HTMLElement>('[data-step="questions"]')!,
    results: root.querySelector<HTMLElement>('[data-step="results"]')!,
  };
  const fieldsets = new Map<AskedQuestion, HTMLFieldSetElement>();
  for (const q of askedQuestions) fieldsets.set(q, root.querySelector<HTMLFieldSetElement>(`[data-question="${q}"]`)!);
  const template = (name: string) => root.querySelector<HTMLTemplateElement>(`template[data-${name}]`)!.content;
  const texts = template('texts');
  const contacts = template('contacts');
  const sourceList = template('sources');
  const card = template('card-template');
  const progressTemplate = root.dataset.progressTemplate ?? '{{current}} / {{total}}';
  const dangerBanner = root.querySelector<HTMLElement>('[data-danger-banner]')!;

  let answers: Record<string, string> = {};
  let mode: Mode = 'survivor';
  let current: AskedQuestion | undefined;

  const relevant = () => relevantAnswers(answers as Answers);
  const asked = () => questionsFor(relevant());

  /** A copy of the words for a text key, both registers (CSS shows the current mode's). */
  function words(key: string): DocumentFragment {
    const fragment = document.createDocumentFragment();
    const source = texts.querySelector(`[data-text="${CSS.escape(key)}"]`);
    if (source) for (const child of source.childNodes) fragment.append(child.cloneNode(true));
    return fragment;
  }

  function show(step: keyof typeof steps) {
    for (const [name, element] of Object.entries(steps)) element.hidden = name !== step;
  }

  function focus(element: HTMLElement | null) {
    element?.focus();
  }

  function setMode(next: Mode) {
    mode = next;
    root.dataset.register = next;
  }

  function updateDangerBanner() {
    dangerBanner.hidden = answers.danger !== 'yes';
  }

  /** Survivor mode: one question, its heading saying where the reader is, focus moved to it. */
  function showQuestion(question: AskedQuestion) {
    current = question;
    const list = asked();
    for (const [q, fieldset] of fieldsets) fieldset.hidden = q !== question;
    const progress = fieldsets.get(question)!.querySelector<HTMLElement>('[data-progress]')!;
    progress.textContent = progressTemplate.replace('{{current}}', String(list.indexOf(question) + 1)).replace('{{total}}', String(list.length));
    updateDangerBanner();
    show('questions');
    focus(fieldsets.get(question)!.querySelector<HTMLElement>('h2'));
  }

  /** Professional mode: every question that applies, on one page. */
  function showAllQuestions() {
    current = undefined;
    const list = asked();
    for (const [q, fieldset] of fieldsets) {
      fieldset.hidden = !list.includes(q);
      fieldset.querySelector<HTMLElement>('[data-progress]')!.textContent = '';
    }
    updateDangerBanner();
    show('questions');
  }

  function fill(slot: ParentNode, content: Node | Node[]) {
    (slot as Element).replaceChildren(...(Array.isArray(content) ? content : [content]));
  }

  function renderOption(option: Option): Node {
    const fragment = card.cloneNode(true) as DocumentFragment;
    const item = fragment.querySelector<HTMLElement>('.option-card')!;
    item.dataset.option = option.id;
    item.dataset.eligibility = option.eligibility;
    const slot = (name: string) => item.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
    fill(slot('title'), words(`title.${option.id}`));
    // As OptionCard.astro: no eligibility tag next to 999.
    const tags = [
      ...(option.id === 'emergency' ? [] : [`label.${option.eligibility}`]),
      ...(option.getAdvice ? ['label.get-advice'] : []),
      ...(option.verify ? ['label.verify'] : []),
    ];
    fill(
      slot('tags'),
      tags.map((key) => {
        const tag = document.createElement('strong');
        tag.className = `option-tag option-tag--${key.slice('label.'.length)}`;
        tag.append(words(key));
        return tag;
      }),
    );
    fill(slot('explanation'), words(option.explanationKey));
    fill(
      slot('steps'),
      option.nextStepKeys.map((key) => {
        const li = document.createElement('li');
        li.append(words(key));
        return li;
      }),
    );
    fill(
      slot('contacts'),
      option.contacts.flatMap((id) => {
        const contact = contacts.querySelector(`[data-contact="${CSS.escape(id)}"]`);
        return contact ? [contact.cloneNode(true)] : [];
      }),
    );
    fill(
      slot('basis'),
      option.legalBasis.flatMap((id) => {
        const source = sourceList.querySelector(`[data-source="${CSS.escape(id)}"]`);
        return source ? [source.cloneNode(true)] : [];
      }),
    );
    return fragment;
  }

  /** The answers as given, for professionals and the printed summary: no name, no free text. */
  function renderAnswers() {
    const list = root.querySelector<HTMLElement>('[data-answers]')!;
    const given = relevant() as Record<string, string | undefined>;
    list.replaceChildren(
      ...asked().flatMap((q) => {
        const dt = document.createElement('dt');
        dt.append(words(`question.${q}`));
        const dd = document.createElement('dd');
        const answer = given[q];
        if (answer === undefined) dd.append(words('options.notAnswered'));
        else dd.append(words(['yes', 'no', 'not-sure', 'prefer-not-to-say'].includes(answer) ? `answer.${answer}` : `answer.${q}.${answer}`));
        return [dt, dd];
      }),
    );
  }

  function showResults() {
    current = undefined;
    const results = evaluate(relevant());
    root.querySelector<HTMLElement>('[data-results]')!.replaceChildren(...results.map(renderOption));
    renderAnswers();
    show('results');
    focus(root.querySelector<HTMLElement>('[data-results-heading]'));
  }

  function restart(moveFocus = true) {
    answers = {};
    current = undefined;
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
    root.querySelector<HTMLElement>('[data-results]')!.replaceChildren();
    root.querySelector<HTMLElement>('[data-answers]')!.replaceChildren();
    updateDangerBanner();
    setMode('survivor');
    show('mode');
    if (moveFocus) focus(root.querySelector<HTMLElement>('#options-mode-heading'));
  }

  root.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    const question = input.closest<HTMLElement>('[data-question]')?.dataset.question;
    if (!question) return;
    answers[question] = input.value;
    if (mode === 'professional') showAllQuestions();
    else updateDangerBanner();
  });

  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button || !root.contains(button)) return;
    const chosen = button.dataset.mode as Mode | undefined;
    if (chosen) {
      setMode(chosen);
      if (chosen === 'survivor') showQuestion(asked()[0]!);
      else {
        showAllQuestions();
        focus(fieldsets.get(asked()[0]!)!.querySelector<HTMLElement>('h2'));
      }
      return;
    }
    switch (button.dataset.action) {
      case 'continue': {
        const list = asked();
        const next = current === undefined ? list[0] : list[list.indexOf(current) + 1];
        if (next) showQuestion(next);
        else showResults();
        break;
      }
      case 'back': {
        const list = asked();
        const index = current === undefined ? -1 : list.indexOf(current);
        if (index > 0) showQuestion(list[index - 1]!);
        else {
          show('mode');
          focus(root.querySelector<HTMLElement>('#options-mode-heading'));
        }
        break;
      }
      case 'show':
        showResults();
        break;
      case 'change':
        if (mode === 'survivor') showQuestion(asked().at(-1)!);
        else {
          showAllQuestions();
          focus(fieldsets.get(asked()[0]!)!.querySelector<HTMLElement>('h2'));
        }
        break;
      case 'print':
        window.print();
        break;
      case 'restart':
        restart();
        break;
    }
  });

  // Coming back to the page from the browser's cache must not show the last reader's answers.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) restart(false);
  });

  root.hidden = false;
  for (const message of document.querySelectorAll<HTMLElement>('[data-options-noscript]')) message.hidden = true;
}
