/**
 * The what-if page: two configurations, A and B, start from the tenant's current configuration
 * (a scenario the server builds from its groups, agents, strategies and overflow); the admin edits
 * either, runs both on the server in the background (progress bars, polled), and compares the
 * figures and charts side by side. The default is loaded once: switching language keeps the edits.
 * Nothing here changes the live tenant.
 */
import { Alert, Button, Col, Row, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, api } from '../../api/http.js';
import { ComparisonView } from './ComparisonView.js';
import example from '../../../../examples/scenarios/multi-skill.json';
import { ScenarioEditor, type Preset } from './ScenarioEditor.js';
import { useSimulationRun } from './useSimulationRun.js';
import type { Scenario } from './whatIfTypes.js';

const pretty = (scenario: unknown): string => JSON.stringify(scenario, null, 2);
/** Marks the tenant having no staff to simulate (translated when shown, so a language switch follows). */
const NO_STAFF = 'no-staff';

export default function WhatIfPage(): ReactNode {
  const { t } = useTranslation('whatIf');
  const [textA, setTextA] = useState<string | null>(null);
  const [textB, setTextB] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const presets = useMemo<Preset[]>(
    () => [
      ...(current === null ? [] : [{ key: 'current', label: t('presetCurrent'), text: current }]),
      { key: 'example', label: t('presetExample'), text: pretty(example) },
    ],
    [current, t],
  );
  const runA = useSimulationRun();
  const runB = useSimulationRun();

  useEffect(() => {
    api<{ scenario: Scenario | null }>('/simulations/default-scenario').then(
      ({ scenario }) => {
        if (scenario === null) {
          setLoadError(NO_STAFF);
          return;
        }
        setCurrent(pretty(scenario));
        setTextA(pretty(scenario));
        setTextB(pretty(scenario));
      },
      (failure: unknown) => {
        setLoadError(failure instanceof ApiFailure ? `${failure.code}: ${failure.message}` : String(failure));
      },
    );
  }, []);

  const runBoth = (): void => {
    try {
      const a = JSON.parse(textA ?? '') as Scenario;
      const b = JSON.parse(textB ?? '') as Scenario;
      setParseError(null);
      runA.start(a, 'A');
      runB.start(b, 'B');
    } catch (error) {
      setParseError(t('badJson', { problem: error instanceof Error ? error.message : String(error) }));
    }
  };

  const running = runA.state.status === 'running' || runB.state.status === 'running';
  const hasResult = runA.state.result !== null || runB.state.result !== null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <div>
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      </div>
      {loadError === null ? null : <Alert type="warning" title={loadError === NO_STAFF ? t('noStaff') : loadError} />}
      {textA === null || textB === null ? (
        loadError === null ? (
          <Spin />
        ) : null
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <ScenarioEditor label="A" presets={presets} text={textA} onText={setTextA} run={runA.state} />
            </Col>
            <Col xs={24} lg={12}>
              <ScenarioEditor label="B" presets={presets} text={textB} onText={setTextB} run={runB.state} />
            </Col>
          </Row>
          <Space>
            <Button type="primary" onClick={runBoth} loading={running} data-testid="what-if-run">
              {t('run')}
            </Button>
            <Typography.Text type="secondary">{t('runHelp')}</Typography.Text>
          </Space>
          {parseError === null ? null : <Alert type="error" title={parseError} />}
          {hasResult ? <ComparisonView pair={[runA.state.result, runB.state.result]} /> : null}
        </>
      )}
    </Space>
  );
}
