/**
 * A new conversation's command with the enrichment hook's facts, asked before the command is
 * queued on the tenant's actor (both the HTTP API and the realtime gateway open conversations
 * through here). Precedence, lowest first: the customer profile's attributes, the entry point's,
 * the hook's — the hook is the tenant's back-end answering now, while an entry point's attributes
 * may have been typed in a browser (docs/routing.md, "Enrichment hook").
 */
import type { CommandOf } from '../../domain/commands.js';
import { externalIdOf } from '../../domain/customer.js';
import type { TenantHandle } from '../tenants.js';
import type { EnrichmentHooks } from './enrichment-hooks.js';

export { externalIdOf };

export async function enrichOpen(
  hooks: EnrichmentHooks,
  actor: TenantHandle,
  command: CommandOf<'OpenConversation'>,
): Promise<CommandOf<'OpenConversation'>> {
  // Read synchronously, before the await (TenantHandle: never hold the view across one).
  const { settings, customers } = actor.view;
  const hook = settings.enrichmentHook;
  if (hook === undefined || !hook.enabled) return command;
  const customer = customers.get(command.customerId);
  const attributes = command.attributes ?? {};
  const facts = await hooks.factsFor(actor.tenantId, hook, {
    customerId: command.customerId,
    externalId: externalIdOf(command.customerId),
    language: command.language ?? customer?.language ?? null,
    profileAttributes: customer?.attributes ?? {},
    channel: command.channel,
    source: command.source,
    attributes,
  });
  if (facts === null) return command;
  const customerFacts = facts.customer;
  const hasCustomerFacts = customerFacts.labels !== undefined || customerFacts.vipLevel !== undefined;
  return {
    ...command,
    attributes: { ...attributes, ...facts.attributes },
    ...(hasCustomerFacts ? { customerFacts } : {}),
  };
}
