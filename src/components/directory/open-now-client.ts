/** Browser side of <OpenNow>: fills in each service's state from its timeline, in London time. */
import { minuteOf, openStateAt, type HoursTimeline, type OpenState } from '../../lib/open-state.ts';

export function describeOpenState(state: OpenState, el: HTMLElement): string {
  if (state.state === 'no-data') return '';
  if (state.state === 'open') return el.dataset['textOpen'] ?? '';
  if (state.state === 'unknown') return el.dataset['textUnknown'] ?? '';
  if (state.opens === undefined) return el.dataset['textClosed'] ?? '';
  const when = new Intl.DateTimeFormat(el.dataset['locale'], {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/London',
  }).format(state.opens * 60_000);
  return (el.dataset['textOpens'] ?? '').replace('{when}', when);
}

/** The state of one service now; also used by the directory's "open now" filter. */
export function stateNow(el: HTMLElement, now = Date.now()): OpenState {
  const timeline = JSON.parse(el.dataset['openNow'] ?? '') as HoursTimeline;
  return openStateAt(timeline, minuteOf(now));
}

export function refreshOpenNow(root: ParentNode, now = Date.now()): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-open-now]')) {
    const state = stateNow(el, now);
    const text = describeOpenState(state, el);
    el.textContent = text;
    el.dataset['state'] = state.state;
    el.hidden = text === '';
  }
}
