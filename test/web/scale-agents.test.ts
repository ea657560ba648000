/**
 * The what-if page's "Agents × factor" (web/src/pages/what-if/scaleAgents.ts): the team's total
 * scales even when every block is one agent (the current configuration), shared out by largest
 * remainder, with empty blocks dropped and at least one agent kept.
 */
import { describe, expect, it } from 'vitest';
import { scaleAgentBlocks } from '../../web/src/pages/what-if/scaleAgents.js';

const ones = (n: number) => Array.from({ length: n }, (_, i) => ({ idPrefix: `a${i + 1}`, count: 1 }));
const total = (blocks: readonly { count: number }[]) => blocks.reduce((sum, block) => sum + block.count, 0);

describe('scaling agent blocks', () => {
  it('scales a team of one-agent blocks (× 0.8 of 10 is 8; × 1.5 of 10 is 15)', () => {
    const smaller = scaleAgentBlocks(ones(10), 0.8);
    expect(total(smaller)).toBe(8);
    expect(smaller.map((block) => block.idPrefix)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8']);
    const larger = scaleAgentBlocks(ones(10), 1.5);
    expect(total(larger)).toBe(15);
    expect(larger.every((block) => block.count === 1 || block.count === 2)).toBe(true);
  });

  it('shares the new total in proportion to block sizes and keeps other fields', () => {
    const blocks = [
      { idPrefix: 'big', count: 12, maxConcurrent: 3 },
      { idPrefix: 'small', count: 4, maxConcurrent: 5 },
    ];
    expect(scaleAgentBlocks(blocks, 0.5)).toEqual([
      { idPrefix: 'big', count: 6, maxConcurrent: 3 },
      { idPrefix: 'small', count: 2, maxConcurrent: 5 },
    ]);
  });

  it('keeps at least one agent and leaves the team unchanged for a factor that is not positive', () => {
    expect(total(scaleAgentBlocks(ones(3), 0.01))).toBe(1);
    expect(scaleAgentBlocks(ones(3), 0)).toEqual(ones(3));
    expect(scaleAgentBlocks(ones(3), 1)).toEqual(ones(3));
  });
});
