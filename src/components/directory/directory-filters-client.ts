/**
 * Browser side of <DirectoryFilters>: shows the services that match every choice, announces how many,
 * and keeps the choices in memory only. Nothing here writes to the URL, history, title or storage.
 */
import { stateNow } from './open-now-client.ts';

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

/** Does a service (its list item's data attributes) match the choices? Empty choices match all. */
export function matches(item: HTMLElement, choices: Record<string, string>, openNow: boolean, now = Date.now()): boolean {
  const d = item.dataset;
  if (choices['needs'] && !words(d['needs']).includes(choices['needs'])) return false;
  if (choices['groups'] && !words(d['groups']).includes(choices['groups'])) return false;
  if (choices['languages'] && !words(d['languages']).includes(choices['languages'])) return false;
  if (choices['routes'] && !words(d['routes']).includes(choices['routes'])) return false;
  if (choices['council']) {
    const area = d['area'] ?? '';
    // National and London-wide services work in every council area; services whose area is not
    // confirmed are left out of a council filter rather than claimed.
    if (area !== 'national' && area !== 'london' && !words(area).includes(choices['council'])) return false;
  }
  if (openNow) {
    const badge = item.querySelector<HTMLElement>('[data-open-now]');
    if (!badge || stateNow(badge, now).state !== 'open') return false;
  }
  return true;
}

export function initDirectoryFilters(section: HTMLElement): void {
  const list = document.getElementById(section.dataset['directoryFilters'] ?? '');
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>('[data-service]')];
  const selects = [...section.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const openNow = section.querySelector<HTMLInputElement>('input[data-filter="open-now"]');
  const count = section.querySelector<HTMLElement>('[data-filter-count]')!;
  const forms = JSON.parse(count.dataset['countForms'] ?? '{}') as Record<string, string>;
  const plural = new Intl.PluralRules(count.dataset['locale']);

  const apply = () => {
    const choices = Object.fromEntries(selects.map((s) => [s.dataset['filter']!, s.value]));
    let shown = 0;
    for (const item of items) {
      const show = matches(item, choices, openNow?.checked ?? false);
      item.hidden = !show;
      if (show) shown++;
    }
    const template = forms[plural.select(shown)] ?? forms['other'] ?? '';
    const total = template.replaceAll('{{count}}', String(shown)).replaceAll('{{total}}', String(items.length));
    count.textContent = shown === 0 ? `${total} ${count.dataset['none'] ?? ''}` : total;
  };

  for (const select of selects) select.addEventListener('change', apply);
  openNow?.addEventListener('change', apply);
  section.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
    for (const select of selects) select.value = '';
    if (openNow) openNow.checked = false;
    apply();
  });
  // Browsers may restore form values on Back; start from a clean slate every time.
  for (const select of selects) select.value = '';
  if (openNow) openNow.checked = false;
  section.hidden = false;
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) section.querySelector<HTMLButtonElement>('[data-filter-clear]')?.click();
  });
}
