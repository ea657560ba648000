/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with `=`,
 * `+`, `-`, `@`, a tab or a carriage return as a formula, and report cells carry text customers
 * and integrators choose (channel, source, reason, tag). Every text cell of every CSV export goes
 * through `neutraliseCell`, which prefixes such a cell with a single quote so it reads as text.
 * Numbers are written as numbers: a negative figure is data, not a formula.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
