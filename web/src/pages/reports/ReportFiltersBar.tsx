/**
 * The filters bar of a report: tenant-local date range, granularity, the dimension to break down by
 * and the report's own filters (skill group, agent, department, channel, reason — only those the
 * report has). Every change is applied at once; text filters on Enter or when leaving the field.
 */
import { DatePicker, Flex, Input, Segmented, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedOption, ReportNames } from './useReportNames.js';
import {
  dimensionsOf,
  effectiveDimension,
  filtersOf,
  granularities,
  type DateRange,
  type Dimension,
  type FilterName,
  type Granularity,
  type ReportKind,
  type ReportParams,
} from './reportTypes.js';

const dateFormat = 'YYYY-MM-DD';

export interface ReportFiltersBarProps {
  readonly kind: ReportKind;
  readonly params: ReportParams;
  /** The range shown when none was chosen yet (the API's default, from its answer). */
  readonly shownRange: DateRange | undefined;
  readonly names: ReportNames;
  readonly onChange: (params: ReportParams) => void;
}

/** A free-text filter applied on Enter or blur, so typing does not ask the server per key. */
function TextFilter(props: {
  readonly name: FilterName;
  readonly value: string | undefined;
  readonly onApply: (value: string) => void;
}): ReactNode {
  const { t } = useTranslation('reports');
  const [draft, setDraft] = useState<string | null>(null);
  const apply = (): void => {
    if (draft !== null) props.onApply(draft.trim());
    setDraft(null);
  };
  return (
    <Input
      data-testid={`report-filter-${props.name}`}
      style={{ width: 180 }}
      allowClear
      placeholder={t('filterText')}
      value={draft ?? props.value ?? ''}
      onChange={(event) => {
        setDraft(event.target.value);
        if (event.type === 'click') props.onApply('');
      }}
      onPressEnter={apply}
      onBlur={apply}
    />
  );
}

function Labelled({ label, children }: { readonly label: string; readonly children: ReactNode }): ReactNode {
  return (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </Flex>
  );
}

export function ReportFiltersBar({ kind, params, shownRange, names, onChange }: ReportFiltersBarProps): ReactNode {
  const { t } = useTranslation('reports');
  const setFilter = (name: FilterName, value: string | undefined): void => {
    onChange({ ...params, filters: { ...params.filters, [name]: value === '' ? undefined : value } });
  };
  const optionsOf: Partial<Record<FilterName, readonly NamedOption[]>> = {
    groupId: names.groups,
    agentId: names.agents,
    departmentId: names.departments,
  };
  const range = params.range ?? shownRange;

  return (
    <Flex wrap gap={16} align="flex-end" data-testid="report-filters">
      <Labelled label={t('range')}>
        <span data-testid="report-range">
          <DatePicker.RangePicker
            allowClear={false}
            format={dateFormat}
            value={range === undefined ? null : [dayjs(range.from, dateFormat), dayjs(range.to, dateFormat)]}
            onChange={(dates) => {
              const [from, to] = dates ?? [];
              if (from === null || from === undefined || to === null || to === undefined) return;
              onChange({ ...params, range: { from: from.format(dateFormat), to: to.format(dateFormat) } });
            }}
          />
        </span>
      </Labelled>
      <Labelled label={t('granularity')}>
        <Segmented<Granularity>
          data-testid="report-granularity"
          value={params.granularity}
          options={granularities.map((value) => ({
            value,
            label: <span data-testid={`report-granularity-${value}`}>{t(`granularity_${value}`)}</span>,
          }))}
          onChange={(granularity) => {
            onChange({ ...params, granularity });
          }}
        />
      </Labelled>
      <Labelled label={t('dimension')}>
        <Select<Dimension | 'none'>
          data-testid="report-dimension"
          style={{ width: 200 }}
          value={effectiveDimension(kind, params) ?? 'none'}
          options={[
            { value: 'none' as const, label: t('dimension_none') },
            ...dimensionsOf[kind].map((value) => ({ value, label: t(`dimension_${value}`) })),
          ]}
          optionRender={(option) => (
            <span data-testid={`report-dimension-${String(option.value)}`}>{option.label}</span>
          )}
          onChange={(value) => {
            onChange({ ...params, groupBy: value === 'none' ? null : value });
          }}
        />
      </Labelled>
      {filtersOf[kind].map((name) => {
        const options = optionsOf[name];
        return (
          <Labelled key={name} label={t(`filter_${name}`)}>
            {options === undefined ? (
              <TextFilter
                name={name}
                value={params.filters[name]}
                onApply={(value) => {
                  setFilter(name, value);
                }}
              />
            ) : (
              <Select<string>
                data-testid={`report-filter-${name}`}
                style={{ width: 200 }}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('filterAll')}
                value={params.filters[name]}
                options={options.map((option) => ({ value: option.value, label: option.label }))}
                onChange={(value) => {
                  setFilter(name, value);
                }}
              />
            )}
          </Labelled>
        );
      })}
    </Flex>
  );
}
