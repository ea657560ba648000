/**
 * The conversation test (the seeds' 会话测试): an admin opens test customers with chosen attributes
 * and watches where each is routed and why, from the routing decision the domain records. Waiting
 * test conversations are read again every few seconds, so an assignment made later shows too.
 */
import { App, Card, Col, Empty, Row, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, api } from '../../api/http.js';
import { useSignedIn } from '../../auth/session.js';
import { explain, openTestCustomer } from './openTestCustomer.js';
import { RoutingOutcome, type Names } from './RoutingOutcome.js';
import { SimulationForm } from './SimulationForm.js';
import type { CustomerAttributes, RoutingExplanation, TestCustomer } from './simulation-types.js';
import { TestCustomerList } from './TestCustomerList.js';

const POLL_MS = 3_000;

const failureText = (failure: unknown): string =>
  failure instanceof ApiFailure ? `${failure.code}: ${failure.message}` : String(failure);

export default function CustomerSimulation(): ReactNode {
  const { t } = useTranslation('simulate');
  const { message } = App.useApp();
  const { tenantId } = useSignedIn();
  const [customers, setCustomers] = useState<readonly TestCustomer[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [agentNames, setAgentNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [groupNames, setGroupNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    const report = (failure: unknown): void => {
      void message.error(failureText(failure));
    };
    api<{ items: { agentId: string; name: string }[] }>('/agents').then((list) => {
      setAgentNames(new Map(list.items.map((agent) => [agent.agentId, agent.name])));
    }, report);
    api<{ items: { groupId: string; name: string }[] }>('/skill-groups').then((list) => {
      setGroupNames(new Map(list.items.map((group) => [group.groupId, group.name])));
    }, report);
  }, [message]);

  const names = useMemo<Names>(
    () => ({ agent: (id) => agentNames.get(id) ?? id, group: (id) => groupNames.get(id) ?? id }),
    [agentNames, groupNames],
  );

  const update = useCallback((explanation: RoutingExplanation) => {
    setCustomers((current) =>
      current.map((customer) =>
        customer.conversationId === explanation.conversationId ? { ...customer, explanation } : customer,
      ),
    );
  }, []);

  const refresh = useCallback(
    (conversationId: string) => {
      explain(conversationId).then(update, (failure: unknown) => {
        void message.error(failureText(failure));
      });
    },
    [update, message],
  );

  const waiting = customers
    .filter((customer) => customer.explanation.ownerId === null && customer.explanation.status !== 'closed')
    .map((customer) => customer.conversationId)
    .join(' ');
  useEffect(() => {
    if (waiting === '') return undefined;
    const timer = setInterval(() => {
      for (const conversationId of waiting.split(' ')) explain(conversationId).then(update, () => undefined);
    }, POLL_MS);
    return () => {
      clearInterval(timer);
    };
  }, [waiting, update]);

  const open = (attributes: CustomerAttributes): void => {
    setBusy(true);
    openTestCustomer(tenantId, attributes).then(
      (customer) => {
        setBusy(false);
        setCustomers((current) => [customer, ...current]);
        setSelected(customer.conversationId);
        void message.success(t('opened'));
      },
      (failure: unknown) => {
        setBusy(false);
        void message.error(failureText(failure));
      },
    );
  };

  const close = (customer: TestCustomer): void => {
    api(`/conversations/${encodeURIComponent(customer.conversationId)}/close`, {
      token: customer.token,
      body: {},
    }).then(
      () => {
        void message.success(t('closedOk'));
        refresh(customer.conversationId);
      },
      (failure: unknown) => {
        void message.error(failureText(failure));
      },
    );
  };

  const shown = customers.find((customer) => customer.conversationId === selected) ?? null;
  return (
    <div data-testid="simulate">
      <Typography.Title level={3}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('customer')}>
            <SimulationForm busy={busy} onOpen={open} />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('outcome')} style={{ marginBottom: 16 }}>
            {shown === null ? (
              <Empty description={t('noOutcome')} />
            ) : (
              <RoutingOutcome explanation={shown.explanation} names={names} />
            )}
          </Card>
          <Card size="small" title={t('history')}>
            <TestCustomerList
              customers={customers}
              selected={selected}
              names={names}
              onSelect={setSelected}
              onRefresh={refresh}
              onClose={close}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
