/** Schemas shared by several routes, declared once with TypeBox: validation, types and OpenAPI. */
import { Type } from '@sinclair/typebox';

/** Ids chosen by clients or the server: short, printable, no separators that need escaping. */
export const Id = Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:@-]+$' });

/**
 * A channel name (`web`, `app`, `wechat`, `email`…): lower-case ASCII letters, digits, `_` and `-`,
 * starting with a letter, at most 32 characters. Routing rules and reports group by it, so it is
 * kept to a small vocabulary a person can read, not free text a client can fill with anything.
 */
export const Channel = Type.String({
  minLength: 1,
  maxLength: 32,
  pattern: '^[a-z][a-z0-9_-]*$',
  description: 'lower-case letters, digits, _ and -, starting with a letter; at most 32 characters',
});

export const Instant = Type.String({ format: 'date-time', description: 'ISO 8601, UTC' });

/** ISO 8601 UTC from epoch ms (the API never shows epoch numbers). */
export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/** The error responses every authenticated route may give (shared components, `$ref`). */
export { commonErrors } from './error-schemas.js';
