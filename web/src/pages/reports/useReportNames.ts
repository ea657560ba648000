/**
 * Names for what reports are broken down and filtered by: agents, departments and skill groups
 * (read once from the directory), intra / cross department, and "(none)" for an empty value. A key
 * the directory does not know (removed since) is shown as it is.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { Dimension } from './reportTypes.js';

export interface NamedOption {
  readonly value: string;
  readonly label: string;
}

export interface ReportNames {
  readonly agents: readonly NamedOption[];
  readonly departments: readonly NamedOption[];
  readonly groups: readonly NamedOption[];
  /** The display name of a dimension value. */
  readonly nameOf: (dimension: Dimension | null, key: string) => string;
}

interface Loaded {
  readonly agents: readonly NamedOption[];
  readonly departments: readonly NamedOption[];
  readonly groups: readonly NamedOption[];
}

const empty: Loaded = { agents: [], departments: [], groups: [] };

export function useReportNames(): ReportNames {
  const { t } = useTranslation('reports');
  const [loaded, setLoaded] = useState<Loaded>(empty);

  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    void Promise.all([
      api<{ items: { agentId: string; name: string }[] }>('/agents', { signal }),
      api<{ items: { departmentId: string; name: string }[] }>('/departments', { signal }),
      api<{ items: { groupId: string; name: string }[] }>('/skill-groups', { signal }),
    ]).then(
      ([agents, departments, groups]) => {
        setLoaded({
          agents: agents.items.map((agent) => ({ value: agent.agentId, label: agent.name })),
          departments: departments.items.map((department) => ({
            value: department.departmentId,
            label: department.name,
          })),
          groups: groups.items.map((group) => ({ value: group.groupId, label: group.name })),
        });
      },
      () => {
        // Aborted on unmount, or the directory is unreadable: values are shown by id.
      },
    );
    return () => {
      controller.abort();
    };
  }, []);

  const nameOf = useCallback(
    (dimension: Dimension | null, key: string): string => {
      if (key === '') return t('noValue');
      const find = (options: readonly NamedOption[]): string =>
        options.find((option) => option.value === key)?.label ?? key;
      switch (dimension) {
        case 'agent':
          return find(loaded.agents);
        case 'department':
          return find(loaded.departments);
        case 'skillGroup':
          return find(loaded.groups);
        case 'departmentScope':
          return t(`scope_${key}`, { defaultValue: key });
        case 'reason':
        case 'channel':
        case null:
          return key;
      }
    },
    [loaded, t],
  );

  return { ...loaded, nameOf };
}
