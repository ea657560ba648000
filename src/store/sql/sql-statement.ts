/**
 * SQL shared by the SQLite and PostgreSQL adapters: statements are written once, in the subset both
 * databases speak (`INSERT … ON CONFLICT … DO UPDATE`, `CASE`, `COALESCE`), with `?` placeholders;
 * the PostgreSQL adapter numbers them (`$1`, `$2`, …). Values are strings, numbers or null: booleans
 * are stored as 0/1 and structured values as JSON text, so both drivers bind every value the same way.
 */
export type SqlValue = string | number | null;

/** One statement of the shared SQL, with its values in placeholder order. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

/** The two databases the shared SQL is written for. */
export type Dialect = 'sqlite' | 'postgres';

/** Builds a statement. */
export const statement = (sql: string, params: readonly SqlValue[] = []): SqlStatement => ({ sql, params });

/** Rewrites `?` placeholders as `$1`, `$2`, … (the shared SQL never has `?` inside a literal). */
export function numberPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${(index += 1)}`);
}

/** A boolean as both databases store it here: 0 or 1. */
export const bool = (value: boolean): number => (value ? 1 : 0);

/** A structured value as both databases store it here: JSON text. */
export const json = (value: unknown): string => JSON.stringify(value);
