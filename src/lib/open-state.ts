/**
 * Is a service open at a given moment? Pure and dependency-free, so the browser runs the same code the
 * unit tests check. The timeline is worked out at build time from the record's opening hours in London
 * time (src/lib/opening-hours.ts): instants, not wall-clock times, so the clocks changing needs no
 * special handling here.
 */

/** Minutes since 1970-01-01T00:00Z. `o`: open intervals; `u`: intervals where the hours are unknown
 * (a bank holiday the source says nothing about); both [start, end) and sorted. `f`/`t`: the span the
 * build worked out; outside it nothing is claimed. */
export interface HoursTimeline {
  f: number;
  t: number;
  o: [number, number][];
  u: [number, number][];
}

export type OpenState =
  | { state: 'open'; closes: number }
  | { state: 'closed'; opens: number | undefined }
  /** A bank holiday the source says nothing about. */
  | { state: 'unknown' }
  /** Outside the span the build worked out: nothing is claimed. */
  | { state: 'no-data' };

const within = (intervals: [number, number][], minute: number) => intervals.find(([a, b]) => a <= minute && minute < b);

export function openStateAt(timeline: HoursTimeline, minute: number): OpenState {
  if (minute < timeline.f || minute >= timeline.t) return { state: 'no-data' };
  const open = within(timeline.o, minute);
  if (open) return { state: 'open', closes: open[1] };
  if (within(timeline.u, minute)) return { state: 'unknown' };
  const next = [...timeline.o, ...timeline.u].filter(([a]) => a > minute).sort((x, y) => x[0] - y[0])[0];
  // The next change is only stated when it is an opening we are sure of.
  return { state: 'closed', opens: next && timeline.o.includes(next) ? next[0] : undefined };
}

export const minuteOf = (ms: number): number => Math.floor(ms / 60_000);
