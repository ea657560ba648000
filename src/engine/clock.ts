/**
 * Time as a port (STYLE.md 2). The engine reads `now()` and asks the scheduler to wake it at an
 * absolute instant; the system implementation lives in src/runtime, the simulated one beside this
 * file. Instants are epoch milliseconds.
 */
export interface Clock {
  now(): number;
}

export type Cancel = () => void;

export interface Scheduler {
  /** Calls `callback` once, at or after the absolute instant `at`; the returned function cancels it. */
  schedule(at: number, callback: () => void): Cancel;
}
