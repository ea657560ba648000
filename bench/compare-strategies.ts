/**
 * Compares the five routing strategies on the example multi-skill scenario
 * (examples/scenarios/multi-skill.json, run for 14 simulated days) and writes the chart in
 * docs/simulator.md: docs/simulator-strategies.svg, rendered server-side by ECharts. Prints the
 * numbers table (Markdown) on stdout. Run: `npx tsx bench/compare-strategies.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as echarts from 'echarts';
import { strategyNames } from '../src/domain/skill-group.js';
import type { Scenario } from '../src/sim/scenario.js';
import { simulate } from '../src/sim/simulate.js';
import { validateScenario } from '../src/sim/validate-scenario.js';

const root = new URL('../', import.meta.url);
const base = JSON.parse(readFileSync(new URL('examples/scenarios/multi-skill.json', root), 'utf8')) as unknown;
const checked = validateScenario(base);
if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
const days = 14;

const rows = strategyNames.map((strategy) => {
  const scenario: Scenario = {
    ...checked.scenario,
    durationSeconds: days * 86_400,
    groups: checked.scenario.groups.map((group) => ({ ...group, strategy })),
  };
  const result = simulate(scenario);
  return {
    strategy,
    serviceLevel: result.serviceLevel,
    serviceLevelSe: result.standardErrors.serviceLevel,
    asaSeconds: result.asaSeconds,
    asaSe: result.standardErrors.asaSeconds,
    abandonRate: result.abandonRate,
    utilisationCv: result.agents.utilisationCv,
    strongestGroupShare: result.agents.strongestGroupShare,
    meanAbility: result.agents.meanAbility,
    occupancy: result.occupancy,
    arrivals: result.arrivals,
  };
});

const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;
const lines = [
  `| strategy | service level (20 s) | average wait | abandoned | load balance (CV of utilisation) | served at strongest skill | mean ability | occupancy |`,
  `| --- | --- | --- | --- | --- | --- | --- | --- |`,
  ...rows.map(
    (row) =>
      `| ${row.strategy} | ${pct(row.serviceLevel)} ± ${pct(row.serviceLevelSe)} | ${row.asaSeconds.toFixed(1)} s ± ${row.asaSe.toFixed(1)} | ${pct(row.abandonRate)} | ${row.utilisationCv.toFixed(3)} | ${pct(row.strongestGroupShare)} | ${row.meanAbility.toFixed(2)} | ${pct(row.occupancy)} |`,
  ),
  '',
  `${rows[0]?.arrivals ?? 0} counted arrivals per strategy (seed ${checked.scenario.seed ?? 1}, ${days} days); ± one batch-means standard error.`,
];
process.stdout.write(`${lines.join('\n')}\n`);

const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 420 });
chart.setOption({
  animation: false,
  title: {
    text: `Five strategies on ${checked.scenario.name ?? 'the example scenario'}`,
    left: 'center',
    textStyle: { fontSize: 14 },
  },
  legend: { top: 30 },
  grid: { top: 70, left: 60, right: 70, bottom: 40 },
  xAxis: { type: 'category', data: rows.map((row) => row.strategy) },
  yAxis: [
    { type: 'value', name: 'share (%)', min: 0, max: 100 },
    { type: 'value', name: 'wait (s)', min: 0 },
  ],
  series: [
    { name: 'service level (20 s)', type: 'bar', data: rows.map((row) => +(row.serviceLevel * 100).toFixed(1)) },
    {
      name: 'served at strongest skill',
      type: 'bar',
      data: rows.map((row) => +(row.strongestGroupShare * 100).toFixed(1)),
    },
    { name: 'abandoned', type: 'bar', data: rows.map((row) => +(row.abandonRate * 100).toFixed(1)) },
    {
      name: 'load imbalance (CV of utilisation × 100)',
      type: 'line',
      data: rows.map((row) => +(row.utilisationCv * 100).toFixed(1)),
    },
    { name: 'average wait (s)', type: 'line', yAxisIndex: 1, data: rows.map((row) => +row.asaSeconds.toFixed(1)) },
  ],
});
writeFileSync(new URL('docs/simulator-strategies.svg', root), chart.renderToSVGString());
chart.dispose();
