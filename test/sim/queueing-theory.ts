/**
 * Queueing formulas the simulator is checked against, implemented here from the textbook
 * definitions (not from the simulator's code):
 *
 * - Erlang C (M/M/s): probability of waiting C(s, a), average speed of answer C / (sμ − λ) and
 *   service level 1 − C·e^{−(sμ − λ)T}, with offered load a = λ/μ < s. With agents holding c
 *   conversations at once and no slowdown, the system is M/M/(N·c): s = N·c servers.
 * - Erlang A (M/M/s+M): the birth–death chain with abandonment rate θ per waiting customer,
 *   π_j ∝ a^j / j! up to s, then × λ / (sμ + (j − s)θ) per extra customer. By PASTA the share
 *   who wait is P(j ≥ s); by Little's law the mean time in queue of all arrivals (the abandoned
 *   counting the time they waited) is E[Q]/λ, and the abandonment rate is θ·E[Q]/λ.
 */

export interface ErlangC {
  readonly pWait: number;
  readonly asaSeconds: number;
  readonly serviceLevel: number;
}

/** Erlang C for `servers`, arrival rate λ (per s), mean service time 1/μ (s) and threshold T (s). */
export function erlangC(options: {
  servers: number;
  arrivalRate: number;
  meanServiceSeconds: number;
  thresholdSeconds: number;
}): ErlangC {
  const { servers, arrivalRate, meanServiceSeconds, thresholdSeconds } = options;
  const mu = 1 / meanServiceSeconds;
  const load = arrivalRate / mu;
  if (load >= servers) throw new Error('Erlang C needs a load below the number of servers');
  // Σ_{k<s} a^k/k! and a^s/s!, built up term by term (no factorial overflow).
  let term = 1;
  let sum = 1;
  for (let k = 1; k < servers; k += 1) {
    term *= load / k;
    sum += term;
  }
  const top = ((term * load) / servers) * (servers / (servers - load));
  const pWait = top / (sum + top);
  const drain = servers * mu - arrivalRate;
  return {
    pWait,
    asaSeconds: pWait / drain,
    serviceLevel: 1 - pWait * Math.exp(-drain * thresholdSeconds),
  };
}

export interface ErlangA {
  readonly pWait: number;
  /** Mean time in queue of all arrivals (abandoned ones count the time they waited). */
  readonly meanWaitSeconds: number;
  readonly abandonRate: number;
}

/** Erlang A for `servers`, λ, mean service 1/μ and mean patience 1/θ (exponential). */
export function erlangA(options: {
  servers: number;
  arrivalRate: number;
  meanServiceSeconds: number;
  meanPatienceSeconds: number;
}): ErlangA {
  const { servers, arrivalRate, meanServiceSeconds, meanPatienceSeconds } = options;
  const mu = 1 / meanServiceSeconds;
  const theta = 1 / meanPatienceSeconds;
  let term = 1;
  let total = 1;
  for (let j = 1; j <= servers; j += 1) {
    term *= arrivalRate / (j * mu);
    total += term;
  }
  let waiting = term;
  let queueSum = 0;
  for (let j = servers + 1; ; j += 1) {
    term *= arrivalRate / (servers * mu + (j - servers) * theta);
    total += term;
    waiting += term;
    queueSum += (j - servers) * term;
    if (term < 1e-18 * total) break;
  }
  const meanQueue = queueSum / total;
  return {
    pWait: waiting / total,
    meanWaitSeconds: meanQueue / arrivalRate,
    abandonRate: (theta * meanQueue) / arrivalRate,
  };
}
