/**
 * History search (issue 17, docs/search.md): `GET /conversations/search` finds closed and open
 * conversations by words in their messages (Chinese included) and by customer, owner, skill group,
 * tag and opening date, newest first, a page at a time.
 *
 * Who finds what: staff only. Admins and API keys search the whole tenant; a supervisor their scope
 * (DESIGN.md §6, src/domain/scope.ts: the groups they manage and the agents they manage, by
 * department or group) and their own conversations; an agent the conversations they own, and those of
 * their skill groups when the tenant's `agentSearchScope` is `groups`. The scope is a condition of the
 * query itself, so a conversation outside it is never returned, counted or hinted at. A result opens
 * with the conversation routes (`GET /conversations/:id/messages`), which read conversations the live
 * state has forgotten from the read model.
 *
 * Hostile input: `q` is at most 100 characters and 5 terms, `limit` at most 50, and the store bounds
 * the work of short terms (src/store/search-read-model.ts).
 */
import { Type, type Static } from '@sinclair/typebox';
import { managesAgent, managesGroup } from '../../../domain/scope.js';
import type { TenantState } from '../../../domain/state.js';
import type { ConversationSearch, SearchScope } from '../../../store/search-read-model.js';
import { MAX_SEARCH_PAGE } from '../../../store/search-read-model.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf, requireStaff, type HttpContext } from '../context.js';
import { ApiError } from '../error-catalogue.js';
import { commonErrors, Id, iso, isoOrNull } from '../schemas.js';
import { ConversationRow } from '../views.js';
import type { App } from './app-type.js';

/** Terms per query, and characters per term. */
export const MAX_TERMS = 5;
export const MAX_TERM_LENGTH = 50;

/** No control characters (PostgreSQL refuses NUL in text; none belongs in a search). */
const NO_CONTROLS = '^[^\\u0000-\\u001f\\u007f]*$';

const SearchQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        pattern: '^[^\\u0000-\\u0008\\u000e-\\u001f\\u007f]*$',
        description: `words separated by spaces (at most ${String(MAX_TERMS)}); each must occur in some message`,
      }),
    ),
    customerId: Type.Optional(Id),
    agentId: Type.Optional(Id),
    groupId: Type.Optional(Id),
    tag: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: NO_CONTROLS })),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'opened at or after (ISO 8601)' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'opened before (ISO 8601)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_SEARCH_PAGE, default: 20 })),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
  },
  { additionalProperties: false },
);

const SearchMatch = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  excerpt: Type.String(),
});

const SearchResults = Type.Object({
  items: Type.Array(Type.Object({ conversation: ConversationRow, match: Type.Union([SearchMatch, Type.Null()]) })),
  next: Type.Union([Type.String(), Type.Null()], {
    description: 'the next page; a page may hold fewer items than asked while more follow — only null ends',
  }),
});

/** The words of `q`: split on any white space (full-width included), each kept once. */
export function searchTerms(q: string | undefined): string[] {
  const terms = [...new Set((q ?? '').split(/\s+/u).filter((term) => term !== ''))];
  if (terms.length > MAX_TERMS) throw new ApiError('VALIDATION_FAILED', `at most ${String(MAX_TERMS)} words`);
  if (terms.some((term) => Array.from(term).length > MAX_TERM_LENGTH))
    throw new ApiError('VALIDATION_FAILED', `a word is at most ${String(MAX_TERM_LENGTH)} characters`);
  return terms;
}

/** What `principal` may find; undefined: the whole tenant. */
export function searchScope(state: TenantState, principal: Principal): SearchScope | undefined {
  if (principal.kind !== 'agent') return undefined;
  const viewer = state.agents.get(principal.agentId);
  if (viewer === undefined) return { ownerIds: [], groupIds: [] };
  if (viewer.role === 'admin') return undefined;
  if (viewer.role === 'supervisor') {
    const agents = [...state.agents.values()].filter((agent) => managesAgent(state, viewer, agent));
    return {
      ownerIds: [viewer.id, ...agents.map((agent) => agent.id).filter((id) => id !== viewer.id)],
      groupIds: [...state.groups.keys()].filter((groupId) => managesGroup(viewer, groupId)),
    };
  }
  const groups = state.settings.agentSearchScope === 'groups';
  return {
    ownerIds: [viewer.id],
    groupIds: groups ? viewer.memberships.map((membership) => membership.groupId) : [],
  };
}

const instant = (value: string | undefined): number | undefined =>
  value === undefined ? undefined : Date.parse(value);

function searchOf(query: Static<typeof SearchQuery>, scope: SearchScope | undefined): ConversationSearch {
  const openedFrom = instant(query.from);
  const openedBefore = instant(query.to);
  if (openedFrom !== undefined && openedBefore !== undefined && openedFrom > openedBefore)
    throw new ApiError('VALIDATION_FAILED', 'from is after to');
  return {
    terms: searchTerms(query.q),
    ...(query.customerId === undefined ? {} : { customerId: query.customerId }),
    ...(query.agentId === undefined ? {} : { ownerId: query.agentId }),
    ...(query.groupId === undefined ? {} : { groupId: query.groupId }),
    ...(query.tag === undefined ? {} : { tag: query.tag }),
    ...(openedFrom === undefined ? {} : { openedFrom }),
    ...(openedBefore === undefined ? {} : { openedBefore }),
    ...(scope === undefined ? {} : { scope }),
  };
}

export function searchRoutes(app: App, context: HttpContext): void {
  app.get(
    '/api/v1/conversations/search',
    {
      schema: {
        tags: ['conversations'],
        description:
          'History search: conversations (open and closed) whose messages contain every word of q, filtered by customer, owner (agentId), skill group, tag and opening time, within the caller’s scope; newest first. Words of 3+ characters use the trigram index; shorter ones are checked on a bounded window of conversations per page (docs/search.md).',
        querystring: SearchQuery,
        response: { 200: SearchResults, ...commonErrors },
      },
    },
    async (request) => {
      const principal = requireStaff(request);
      const state = actorOf(context, principal).view;
      const search = searchOf(request.query, searchScope(state, principal));
      const page = await context.registry.store.searchConversations(principal.tenantId, search, {
        limit: request.query.limit ?? 20,
        cursor: request.query.cursor ?? null,
      });
      return {
        items: page.items.map(({ conversation, match }) => ({
          conversation: {
            ...conversation,
            customerName: state.customers.get(conversation.customerId)?.name ?? null,
            labels: [...conversation.labels],
            openedAt: iso(conversation.openedAt),
            assignedAt: isoOrNull(conversation.assignedAt),
            firstResponseAt: isoOrNull(conversation.firstResponseAt),
            closedAt: isoOrNull(conversation.closedAt),
            lastMessageAt: isoOrNull(conversation.lastMessageAt),
          },
          match: match === null ? null : { ...match, at: iso(match.at) },
        })),
        next: page.next,
      };
    },
  );
}
