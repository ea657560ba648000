/**
 * The history-search port (issue 17, docs/search.md): closed and open conversations found by words in
 * their messages — Chinese included — and by customer, owner, skill group, tag and opening date,
 * within what the caller may see.
 *
 * Contract
 * - Like every read model, maintained in the append's transaction: a message is findable as soon as
 *   the append that stored it resolves.
 * - Every query is scoped to one tenant, and to `scope` when given; nothing outside either is ever
 *   returned or counted.
 * - A conversation matches when every term occurs, case-insensitively, as a substring of the text of
 *   at least one of its messages (public, internal or system entries: search is for staff only).
 * - Pages are newest first (by opening time, then id) with an opaque `next` cursor. Work per call is
 *   bounded: a term shorter than `INDEXED_TERM_LENGTH` characters (which the trigram index cannot
 *   serve) is checked on at most `SEARCH_SCAN_WINDOW` candidate conversations per call, so a page may
 *   hold fewer than `limit` items while `next` still leads further; only `next === null` means the end.
 */
import type { ConversationView } from './read-model.js';

/** Terms at least this many characters long (Unicode code points) are served by the trigram index. */
export const INDEXED_TERM_LENGTH = 3;
/** Candidate conversations a call checks for short (unindexed) terms. */
export const SEARCH_SCAN_WINDOW = 2000;
/** At most this many items per page. */
export const MAX_SEARCH_PAGE = 50;

/**
 * Which conversations a caller may find: those owned by one of `ownerIds` or in one of `groupIds`.
 * Absent from the query: the whole tenant (admins, API keys).
 */
export interface SearchScope {
  readonly ownerIds: readonly string[];
  readonly groupIds: readonly string[];
}

export interface ConversationSearch {
  /** Words to find, each a substring of some message of the conversation; none: filters only. */
  readonly terms: readonly string[];
  readonly customerId?: string;
  /** The conversation's owner (its last one, for a closed conversation). */
  readonly ownerId?: string;
  readonly groupId?: string;
  /** Has this tag (label). */
  readonly tag?: string;
  /** Opened at or after (epoch ms). */
  readonly openedFrom?: number;
  /** Opened before (epoch ms). */
  readonly openedBefore?: number;
  readonly scope?: SearchScope;
}

/** The first message that contains the first term: what the results list shows under a conversation. */
export interface SearchMatch {
  readonly seq: number;
  readonly at: number;
  /** The message's text around the term (at most ~160 characters). */
  readonly excerpt: string;
}

export interface SearchHit {
  readonly conversation: ConversationView;
  readonly match: SearchMatch | null;
}

export interface SearchPage {
  readonly items: readonly SearchHit[];
  /** Cursor of the next page, or null when nothing further can match. */
  readonly next: string | null;
}

export interface SearchReadModel {
  /** `limit` is clamped to 1 … MAX_SEARCH_PAGE; an unknown cursor starts from the top. */
  searchConversations(
    tenantId: string,
    search: ConversationSearch,
    page: { readonly limit: number; readonly cursor?: string | null },
  ): Promise<SearchPage>;
}
