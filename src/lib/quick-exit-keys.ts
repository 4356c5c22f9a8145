/**
 * The Shift × 3 shortcut of the quick exit, as a pure state machine (the DOM glue lives in
 * src/components/QuickExit.astro).
 *
 * Behaviour follows GOV.UK Frontend's "Exit this page" (research/anchors.md section 1.2):
 * - only a Shift key released on its own counts: Shift used as a modifier (Shift+A) does not;
 * - each press restarts a 5 second timer, so a reader has 5 seconds between presses;
 * - any other key, or the timer running out, cancels the sequence;
 * - the third press exits.
 * Shift was chosen over Esc because Esc already means "stop", "close" or "leave full screen".
 */

export const pressesToExit = 3;
export const secondsBetweenPresses = 5;

export interface ShiftState {
  /** Shift presses counted so far in this sequence. */
  count: number;
  /** Whether the last key released was pressed with Shift held (so the next Shift release ends a chord). */
  lastKeyWasModified: boolean;
}

export type ShiftOutcome =
  /** Nothing to announce. */
  | { kind: 'none' }
  /** A press was counted; `remaining` more are needed. */
  | { kind: 'progress'; remaining: number }
  /** The sequence is complete: leave the page. */
  | { kind: 'exit' }
  /** A sequence in progress was cancelled. */
  | { kind: 'cancel' };

export const initialShiftState: ShiftState = { count: 0, lastKeyWasModified: false };

/**
 * The next state after a `keydown`. Marks a chord as soon as another key goes down with Shift held, so
 * releasing Shift before that key (Shift down, A down, Shift up, A up) is not counted either.
 */
export function onKeyDown(state: ShiftState, key: string, shiftKey: boolean): ShiftState {
  return key !== 'Shift' && shiftKey ? { count: state.count, lastKeyWasModified: true } : state;
}

/** The next state after a `keyup`. */
export function onKeyUp(state: ShiftState, key: string, shiftKey: boolean): { state: ShiftState; outcome: ShiftOutcome } {
  if (key === 'Shift') {
    if (state.lastKeyWasModified) {
      // The end of a chord such as Shift+A: not a press of Shift on its own.
      return { state: { count: state.count, lastKeyWasModified: false }, outcome: { kind: 'none' } };
    }
    const count = state.count + 1;
    if (count >= pressesToExit) {
      return { state: initialShiftState, outcome: { kind: 'exit' } };
    }
    return { state: { count, lastKeyWasModified: false }, outcome: { kind: 'progress', remaining: pressesToExit - count } };
  }
  const next: ShiftState = { count: 0, lastKeyWasModified: shiftKey };
  return { state: next, outcome: state.count > 0 ? { kind: 'cancel' } : { kind: 'none' } };
}

/** The next state when the timer between presses runs out. */
export function onTimeout(state: ShiftState): { state: ShiftState; outcome: ShiftOutcome } {
  return { state: initialShiftState, outcome: state.count > 0 ? { kind: 'cancel' } : { kind: 'none' } };
}
