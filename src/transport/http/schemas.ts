/** Schemas shared by several routes, declared once with TypeBox: validation, types and OpenAPI. */
import { Type } from '@sinclair/typebox';

/** Ids chosen by clients or the server: short, printable, no separators that need escaping. */
export const Id = Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:@-]+$' });

export const Instant = Type.String({ format: 'date-time', description: 'ISO 8601, UTC' });

/** ISO 8601 UTC from epoch ms (the API never shows epoch numbers). */
export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/** The error responses every authenticated route may give (shared components, `$ref`). */
export { commonErrors } from './error-schemas.js';
