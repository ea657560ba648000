/**
 * "Agents × factor" on a scenario: the team's total is scaled (rounded, at least one agent) and
 * shared out over the agent blocks in proportion to their sizes by largest remainder, earlier
 * blocks first on ties. Scaling each block on its own cannot do this: the current configuration has
 * one block per real agent (count 1), and 1 × 0.8 rounds back to 1, so every group stayed at its
 * size. Blocks left with no agent are dropped (the scenario schema wants counts of at least 1).
 */

/** The part of an agent block that scaling reads and writes. */
export interface CountedBlock {
  readonly count: number;
}

export function scaleAgentBlocks<T extends CountedBlock>(blocks: readonly T[], factor: number): T[] {
  const total = blocks.reduce((sum, block) => sum + block.count, 0);
  if (total === 0 || !Number.isFinite(factor) || factor <= 0) return [...blocks];
  const target = Math.max(1, Math.round(total * factor));
  const shares = blocks.map((block, index) => {
    const exact = (block.count * target) / total;
    return { index, count: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = target - shares.reduce((sum, share) => sum + share.count, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.count += 1;
    left -= 1;
  }
  return blocks.flatMap((block, index) => {
    const count = shares[index]?.count ?? 0;
    return count > 0 ? [{ ...block, count }] : [];
  });
}
