/**
 * The PostgreSQL the tests use: the server on 127.0.0.1:5432 (trust auth; `.ci/run` starts it when it
 * is down), database `switchboard_test`, created here from the `postgres` database when missing.
 * Each test file works in a schema of its own, so files running in parallel never see each other's
 * rows, and every run starts from an empty schema (migrations included).
 * `SWITCHBOARD_TEST_PG` overrides the server URL (without the database name).
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

const SERVER = process.env.SWITCHBOARD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_DATABASE = 'switchboard_test';
export const testDatabaseUrl = `${SERVER}/${TEST_DATABASE}`;

const DUPLICATE_DATABASE = '42P04';
const UNIQUE_VIOLATION = '23505';

const codeOf = (error: unknown): unknown =>
  error instanceof Error ? (error as Error & { code?: unknown }).code : null;

/** Creates the test database if it does not exist (tolerating another file creating it at once). */
export async function ensureTestDatabase(): Promise<void> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEST_DATABASE]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${TEST_DATABASE}`);
      } catch (error) {
        if (codeOf(error) !== DUPLICATE_DATABASE && codeOf(error) !== UNIQUE_VIOLATION) throw error;
      }
    }
  } finally {
    await client.end();
  }
}

/** A fresh schema name for one test file. */
export const uniqueSchema = (prefix: string): string => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

/** Runs one statement on the test database with a short-lived connection. */
export async function onTestDatabase<R extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  schema?: string,
): Promise<R[]> {
  const client = new pg.Client({
    connectionString: testDatabaseUrl,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
