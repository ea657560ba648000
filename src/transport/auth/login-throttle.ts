/**
 * Backs off failed sign-ins per account (tenant + agent id, whether or not the agent exists, so
 * the lockout itself reveals nothing) and per client address: after `accountFailures` (or
 * `addressFailures`) failures in a row, sign-in is refused for `baseLockSeconds`, doubling with
 * each further failure up to `maxLockSeconds`. Attempts refused while locked are not checked and
 * do not count. A success clears the account's count; a quiet `forgetAfterSeconds` clears either.
 *
 * Kept in the process's memory, bounded to `maxEntries` keys (the least recently failed go first):
 * a restart forgets it, and in cluster mode each node counts on its own (docs/security.md).
 */

export interface LoginThrottleOptions {
  readonly accountFailures: number;
  readonly addressFailures: number;
  readonly baseLockSeconds: number;
  readonly maxLockSeconds: number;
  readonly forgetAfterSeconds: number;
  readonly maxEntries: number;
}

export const defaultLoginThrottle: LoginThrottleOptions = {
  accountFailures: 5,
  addressFailures: 20,
  baseLockSeconds: 60,
  maxLockSeconds: 15 * 60,
  forgetAfterSeconds: 15 * 60,
  maxEntries: 100_000,
};

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

/** What one failure did to the account: a lockout it started, if any. */
export interface FailureOutcome {
  readonly failures: number;
  /** Epoch ms the account's new lockout ends, or null when this failure locked nothing. */
  readonly lockedUntil: number | null;
}

export class LoginThrottle {
  private readonly accounts = new Map<string, Failures>();
  private readonly addresses = new Map<string, Failures>();

  constructor(
    private readonly options: LoginThrottleOptions,
    private readonly now: () => number,
  ) {}

  /** Milliseconds before this account may try from this address; 0 when it may now. */
  retryAfter(account: string, address: string): number {
    const now = this.now();
    const until = Math.max(this.current(this.accounts, account, now), this.current(this.addresses, address, now));
    return Math.max(0, until - now);
  }

  fail(account: string, address: string): FailureOutcome {
    const now = this.now();
    this.record(this.addresses, address, this.options.addressFailures, now);
    const entry = this.record(this.accounts, account, this.options.accountFailures, now);
    return { failures: entry.count, lockedUntil: entry.lockedUntil > now ? entry.lockedUntil : null };
  }

  succeed(account: string): void {
    this.accounts.delete(account);
  }

  /** When the key's lockout ends (0: none); forgets a key quiet for long enough. */
  private current(book: Map<string, Failures>, key: string, now: number): number {
    const entry = book.get(key);
    if (entry === undefined) return 0;
    if (entry.lockedUntil <= now && now - entry.lastAt > this.options.forgetAfterSeconds * 1000) {
      book.delete(key);
      return 0;
    }
    return entry.lockedUntil;
  }

  private record(book: Map<string, Failures>, key: string, threshold: number, now: number): Failures {
    this.current(book, key, now);
    const entry = book.get(key) ?? { count: 0, lastAt: now, lockedUntil: 0 };
    entry.count += 1;
    entry.lastAt = now;
    if (entry.count >= threshold) {
      const seconds = Math.min(
        this.options.maxLockSeconds,
        this.options.baseLockSeconds * 2 ** (entry.count - threshold),
      );
      entry.lockedUntil = now + seconds * 1000;
    }
    // Re-inserted last, so the map's order is least recently failed first.
    book.delete(key);
    book.set(key, entry);
    if (book.size > this.options.maxEntries) {
      const oldest = book.keys().next().value;
      if (oldest !== undefined) book.delete(oldest);
    }
    return entry;
  }
}
