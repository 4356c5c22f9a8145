import { describe, expect, test } from 'vitest';
import { initialShiftState, onKeyDown, onKeyUp, onTimeout, type ShiftState } from '../../src/lib/quick-exit-keys.ts';

type Key = { type: 'down' | 'up'; key: string; shift?: boolean };

/** Plays key events through the state machine and returns every outcome kind after the first event. */
function play(keys: Key[], start: ShiftState = initialShiftState) {
  let state = start;
  const outcomes: string[] = [];
  for (const k of keys) {
    if (k.type === 'down') {
      state = onKeyDown(state, k.key, k.shift ?? false);
    } else {
      const r = onKeyUp(state, k.key, k.shift ?? false);
      state = r.state;
      outcomes.push(r.outcome.kind === 'progress' ? `progress:${r.outcome.remaining}` : r.outcome.kind);
    }
  }
  return { state, outcomes };
}

const shift: Key[] = [
  { type: 'down', key: 'Shift', shift: true },
  { type: 'up', key: 'Shift' },
];

describe('quick exit: Shift three times', () => {
  test('three presses of Shift exit, announcing 2 and then 1 more', () => {
    expect(play([...shift, ...shift, ...shift]).outcomes).toEqual(['progress:2', 'progress:1', 'exit']);
  });

  test('after exiting the count starts again', () => {
    expect(play([...shift, ...shift, ...shift]).state).toEqual(initialShiftState);
  });

  test('any other key cancels a sequence in progress', () => {
    const { outcomes, state } = play([...shift, { type: 'down', key: 'a' }, { type: 'up', key: 'a' }, ...shift]);
    expect(outcomes).toEqual(['progress:2', 'cancel', 'progress:2']);
    expect(state.count).toBe(1);
  });

  test('another key with nothing in progress announces nothing', () => {
    expect(play([{ type: 'up', key: 'a' }]).outcomes).toEqual(['none']);
  });

  test('Shift used as a modifier (Shift+A, released in either order) does not count', () => {
    const chordAFirst: Key[] = [
      { type: 'down', key: 'Shift', shift: true },
      { type: 'down', key: 'A', shift: true },
      { type: 'up', key: 'A', shift: true },
      { type: 'up', key: 'Shift' },
    ];
    const chordShiftFirst: Key[] = [
      { type: 'down', key: 'Shift', shift: true },
      { type: 'down', key: 'A', shift: true },
      { type: 'up', key: 'Shift' },
      { type: 'up', key: 'a' },
    ];
    expect(play([...chordAFirst, ...chordAFirst, ...chordAFirst]).outcomes).not.toContain('exit');
    expect(play([...chordShiftFirst, ...chordShiftFirst, ...chordShiftFirst]).outcomes).not.toContain('exit');
    // Typing capitals does not bring a reader closer to leaving.
    expect(play([...chordAFirst, ...shift]).outcomes.at(-1)).toBe('progress:2');
  });

  test('the timer running out cancels a sequence in progress, and is silent otherwise', () => {
    const { state } = play(shift);
    expect(onTimeout(state)).toEqual({ state: initialShiftState, outcome: { kind: 'cancel' } });
    expect(onTimeout(initialShiftState).outcome.kind).toBe('none');
  });
});
