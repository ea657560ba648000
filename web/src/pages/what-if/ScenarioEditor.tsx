/**
 * One configuration (A or B): a preset to start from (the current configuration, the example
 * scenario), quick changes — every group's strategy, the number of agents and the arrival rate,
 * scaled — applied to the scenario JSON, which stays editable in full below.
 */
import { Alert, Button, Card, Input, InputNumber, Progress, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleAgentBlocks } from './scaleAgents.js';
import type { RunState } from './useSimulationRun.js';
import { strategies, type Scenario, type Strategy } from './whatIfTypes.js';

/** A scenario to start from, named for the preset picker. */
export interface Preset {
  readonly key: string;
  readonly label: string;
  readonly text: string;
}

export interface ScenarioEditorProps {
  readonly label: 'A' | 'B';
  readonly presets: readonly Preset[];
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly run: RunState;
}

/** The scenario in `text` with every group on `strategy` and agents and arrivals scaled. */
function transformed(text: string, change: { strategy: Strategy | null; agents: number; arrivals: number }): string {
  const scenario = JSON.parse(text) as Scenario;
  const arrivals =
    'ratePerSecond' in scenario.arrivals
      ? { ratePerSecond: +(scenario.arrivals.ratePerSecond * change.arrivals).toFixed(6) }
      : { perHour: scenario.arrivals.perHour.map((rate) => +(rate * change.arrivals).toFixed(3)) };
  return JSON.stringify(
    {
      ...scenario,
      arrivals,
      groups: scenario.groups.map((group) =>
        change.strategy === null ? group : { ...group, strategy: change.strategy },
      ),
      agents: scaleAgentBlocks(scenario.agents, change.agents),
    },
    null,
    2,
  );
}

export function ScenarioEditor({ label, presets, text, onText, run }: ScenarioEditorProps): ReactNode {
  const { t } = useTranslation('whatIf');
  const [strategy, setStrategy] = useState<Strategy | null>(null);
  const [agents, setAgents] = useState(1);
  const [arrivals, setArrivals] = useState(1);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (): void => {
    try {
      onText(transformed(text, { strategy, agents, arrivals }));
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Card title={t('configuration', { label })} data-testid={`what-if-config-${label}`}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <span>{t('startFrom')}</span>
          <Select
            style={{ minWidth: 220 }}
            placeholder={t('preset')}
            onChange={(key: string) => {
              const preset = presets.find((candidate) => candidate.key === key);
              if (preset !== undefined) onText(preset.text);
            }}
            options={presets.map((preset) => ({ value: preset.key, label: preset.label }))}
            data-testid={`what-if-preset-${label}`}
          />
        </Space>
        <Space wrap>
          <Select
            style={{ minWidth: 200 }}
            placeholder={t('strategyForAll')}
            allowClear
            value={strategy}
            onChange={(value: Strategy | undefined) => {
              setStrategy(value ?? null);
            }}
            options={strategies.map((name) => ({ value: name, label: t(`strategy_${name}`) }))}
            data-testid={`what-if-strategy-${label}`}
          />
          <span>{t('agentsFactor')}</span>
          <InputNumber
            min={0.1}
            max={10}
            step={0.1}
            value={agents}
            onChange={(value) => {
              setAgents(value ?? 1);
            }}
            data-testid={`what-if-agents-${label}`}
          />
          <span>{t('arrivalsFactor')}</span>
          <InputNumber
            min={0.1}
            max={10}
            step={0.1}
            value={arrivals}
            onChange={(value) => {
              setArrivals(value ?? 1);
            }}
            data-testid={`what-if-arrivals-${label}`}
          />
          <Button onClick={apply} data-testid={`what-if-apply-${label}`}>
            {t('apply')}
          </Button>
        </Space>
        {problem === null ? null : <Alert type="error" title={t('badJson', { problem })} />}
        <Typography.Text type="secondary">{t('jsonHelp')}</Typography.Text>
        <Input.TextArea
          value={text}
          onChange={(event) => {
            onText(event.target.value);
          }}
          autoSize={{ minRows: 8, maxRows: 20 }}
          spellCheck={false}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          data-testid={`what-if-json-${label}`}
        />
        {run.status === 'idle' ? null : (
          <Progress
            percent={Math.round(run.progress * 100)}
            status={run.status === 'failed' ? 'exception' : run.status === 'done' ? 'success' : 'active'}
            data-testid={`what-if-progress-${label}`}
          />
        )}
        {run.error === null ? null : <Alert type="error" title={run.error} data-testid={`what-if-error-${label}`} />}
      </Space>
    </Card>
  );
}
