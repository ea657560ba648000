/**
 * History search (issue 17, docs/search.md), reachable from the menu of the agent workspace, the
 * wallboard and every staff page: keywords (Chinese included) and filters — customer, agent, skill
 * group, tag, opening dates — then the results, newest first, each opening the conversation's whole
 * timeline. The server limits the results to what the signed-in person may read.
 *
 * Stable `data-testid`s: `history-search`, `search-q`, `search-customer`, `search-agent`,
 * `search-group`, `search-tag`, `search-dates`, `search-submit`, `search-reset`, `search-results`,
 * `search-empty`, rows `search-result-<conversationId>` with `search-status-<id>` and
 * `search-excerpt-<id>`, `search-more`, and the drawer `search-timeline` (`search-timeline-customer`,
 * `search-timeline-status`, entries `message-<seq>`).
 */
import { App, Button, DatePicker, Flex, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../api/http.js';
import { useSignedIn } from '../../auth/session.js';
import { useDirectory } from '../agent/useDirectory.js';
import { ResultList } from './ResultList.js';
import { TimelineDrawer } from './TimelineDrawer.js';
import { useSearch, type SearchCriteria, type SearchHit } from './useSearch.js';

interface Form {
  readonly q: string;
  readonly customerId: string;
  readonly agentId: string | undefined;
  readonly groupId: string | undefined;
  readonly tag: string;
  readonly dates: readonly [Dayjs, Dayjs] | null;
}

const blank: Form = { q: '', customerId: '', agentId: undefined, groupId: undefined, tag: '', dates: null };

const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** The form as the API's query: blank fields left out, dates as whole local days. */
function criteriaOf(form: Form): SearchCriteria {
  const [from, to] = form.dates ?? [];
  return {
    q: text(form.q),
    customerId: text(form.customerId),
    agentId: form.agentId,
    groupId: form.groupId,
    tag: text(form.tag),
    from: from?.startOf('day').toISOString(),
    to: to?.add(1, 'day').startOf('day').toISOString(),
  };
}

function Labelled({ label, children }: { readonly label: string; readonly children: ReactNode }): ReactNode {
  return (
    <Flex vertical gap={4}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </Flex>
  );
}

export default function HistorySearch(): ReactNode {
  const { t } = useTranslation('search');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const { agentId: myId } = useSignedIn();
  const directory = useDirectory();
  const search = useSearch();
  const [form, setForm] = useState<Form>(blank);
  const [open, setOpen] = useState<SearchHit | null>(null);
  const set = (patch: Partial<Form>): void => {
    setForm((current) => ({ ...current, ...patch }));
  };
  const report = (failure: unknown): void => {
    const code = failure instanceof ApiFailure ? failure.code : null;
    void message.error(code === 'VALIDATION_FAILED' ? t('tooLong') : tc('error'));
  };
  const submit = (): void => {
    search.run(criteriaOf(form)).catch(report);
  };
  const firstTerm = search.criteria?.q?.split(/\s+/u)[0] ?? null;

  return (
    <Flex vertical gap={12} data-testid="history-search">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Flex wrap gap={12} align="flex-end">
          <Labelled label={t('keywords')}>
            <Input
              data-testid="search-q"
              aria-label={t('keywords')}
              placeholder={t('keywordsPlaceholder')}
              maxLength={100}
              style={{ width: 280 }}
              value={form.q}
              onChange={(event) => {
                set({ q: event.target.value });
              }}
            />
          </Labelled>
          <Labelled label={t('customer')}>
            <Input
              data-testid="search-customer"
              aria-label={t('customer')}
              maxLength={128}
              style={{ width: 180 }}
              value={form.customerId}
              onChange={(event) => {
                set({ customerId: event.target.value });
              }}
            />
          </Labelled>
          <Labelled label={t('agent')}>
            <span data-testid="search-agent">
              <Select<string>
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('agent')}
                style={{ width: 180 }}
                value={form.agentId}
                onChange={(agentId) => {
                  set({ agentId });
                }}
                options={[...directory.agents.values()].map((agent) => ({ value: agent.agentId, label: agent.name }))}
              />
            </span>
          </Labelled>
          <Labelled label={t('group')}>
            <span data-testid="search-group">
              <Select<string>
                allowClear
                aria-label={t('group')}
                style={{ width: 180 }}
                value={form.groupId}
                onChange={(groupId) => {
                  set({ groupId });
                }}
                options={directory.groups.map((group) => ({ value: group.id, label: group.name }))}
              />
            </span>
          </Labelled>
          <Labelled label={t('tag')}>
            <Input
              data-testid="search-tag"
              aria-label={t('tag')}
              maxLength={64}
              style={{ width: 140 }}
              value={form.tag}
              onChange={(event) => {
                set({ tag: event.target.value });
              }}
            />
          </Labelled>
          <Labelled label={t('dates')}>
            <span data-testid="search-dates">
              <DatePicker.RangePicker
                aria-label={t('dates')}
                value={form.dates === null ? null : [form.dates[0], form.dates[1]]}
                onChange={(dates) => {
                  const [from, to] = dates ?? [];
                  set({
                    dates: from === null || from === undefined || to === null || to === undefined ? null : [from, to],
                  });
                }}
              />
            </span>
          </Labelled>
          <Button type="primary" htmlType="submit" data-testid="search-submit" loading={search.loading}>
            {t('submit')}
          </Button>
          <Button
            data-testid="search-reset"
            onClick={() => {
              setForm(blank);
            }}
          >
            {t('reset')}
          </Button>
        </Flex>
      </form>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('scopeNote')}
      </Typography.Text>
      {search.criteria === null ? null : (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('results')}
          </Typography.Title>
          <ResultList
            hits={search.hits}
            term={firstTerm}
            directory={directory}
            loading={search.loading}
            hasMore={search.next !== null}
            onOpen={setOpen}
            onMore={() => {
              search.more().catch(report);
            }}
          />
        </>
      )}
      {open === null ? null : (
        <TimelineDrawer
          hit={open}
          directory={directory}
          myId={myId}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
    </Flex>
  );
}
