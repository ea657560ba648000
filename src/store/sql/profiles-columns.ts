/**
 * DDL of migration "profiles" (issue 18, docs/http-api.md "Customer profiles"): the customers read
 * model gains the customer's contact (`{"phone","email"}`) and custom attributes (an object of
 * texts), both JSON text and NULL for customers saved without them — every row written before this
 * migration, since the events of those profiles carry neither.
 */

/** The same statements on SQLite and PostgreSQL. */
export const customerProfileColumns = (): readonly string[] => [
  'ALTER TABLE customers ADD COLUMN contact TEXT',
  'ALTER TABLE customers ADD COLUMN attributes TEXT',
];
