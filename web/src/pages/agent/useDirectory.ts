/**
 * The tenant's slow-changing facts the workspace shows by name: agents, departments, skill groups,
 * transfer templates and quick replies. Read once over HTTP when the workspace opens.
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/http.js';
import type { DirectoryAgent, NamedItem, QuickReply, TenantSettingsView, TransferTemplate } from './types.js';

export interface Directory {
  readonly agents: ReadonlyMap<string, DirectoryAgent>;
  readonly departments: readonly NamedItem[];
  readonly groups: readonly NamedItem[];
  readonly templates: readonly TransferTemplate[];
  readonly quickReplies: readonly QuickReply[];
  readonly transferTimeoutSeconds: number;
  /** The tenant's size limit of a picture or file; null until known. */
  readonly attachmentMaxBytes: number | null;
  /** An agent's name, or their id when unknown. */
  readonly agentName: (agentId: string | null) => string;
  readonly groupName: (groupId: string | null) => string;
}

interface Loaded {
  readonly agents: ReadonlyMap<string, DirectoryAgent>;
  readonly departments: readonly NamedItem[];
  readonly groups: readonly NamedItem[];
  readonly settings: TenantSettingsView['settings'] | null;
}

const empty: Loaded = { agents: new Map(), departments: [], groups: [], settings: null };

export function useDirectory(): Directory {
  const [loaded, setLoaded] = useState<Loaded>(empty);
  useEffect(() => {
    const controller = new AbortController();
    const signal = controller.signal;
    void Promise.all([
      api<{ items: DirectoryAgent[] }>('/agents', { signal }),
      api<{ items: { departmentId: string; name: string }[] }>('/departments', { signal }),
      api<{ items: { groupId: string; name: string }[] }>('/skill-groups', { signal }),
      api<TenantSettingsView>('/tenant', { signal }),
    ]).then(
      ([agents, departments, groups, tenant]) => {
        setLoaded({
          agents: new Map(agents.items.map((agent) => [agent.agentId, agent])),
          departments: departments.items.map((d) => ({ id: d.departmentId, name: d.name })),
          groups: groups.items.map((g) => ({ id: g.groupId, name: g.name })),
          settings: tenant.settings,
        });
      },
      () => {
        // Aborted on unmount, or the server is away: names fall back to ids.
      },
    );
    return () => {
      controller.abort();
    };
  }, []);
  const groupNames = new Map(loaded.groups.map((group) => [group.id, group.name]));
  return {
    agents: loaded.agents,
    departments: loaded.departments,
    groups: loaded.groups,
    templates: loaded.settings?.transfer.templates ?? [],
    quickReplies: loaded.settings?.quickReplies ?? [],
    transferTimeoutSeconds: loaded.settings?.transfer.timeoutSeconds ?? 30,
    attachmentMaxBytes: loaded.settings?.attachments?.maxBytes ?? null,
    agentName: (agentId) => (agentId === null ? '—' : (loaded.agents.get(agentId)?.name ?? agentId)),
    groupName: (groupId) => (groupId === null ? '—' : (groupNames.get(groupId) ?? groupId)),
  };
}
