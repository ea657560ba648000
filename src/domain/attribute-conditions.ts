/**
 * Routing-rule conditions on order and ticket facts (DESIGN.md §3.1): the attributes an entry point
 * supplies with a new conversation (`orderAmount: "5999"`, `checkInAt: "2026-12-03T14:00:00+08:00"`),
 * compared as numbers, as members of a set, or as times relative to the routing decision's `now`.
 *
 * Attribute values arrive as text from outside; parsing is strict and a value that does not parse
 * makes the condition false (never an error): a rule about order amounts simply does not apply to a
 * conversation whose amount is missing or written "5,000". Pure: `now` is the engine's clock.
 */
import { DateTime } from 'luxon';

/** Numeric comparisons: the attribute, read as a decimal number, compared with `value`. */
export const numericOps = ['gt', 'gte', 'lt', 'lte', 'eq', 'ne'] as const;
export type NumericOp = (typeof numericOps)[number];

/** Bounds the validation and the HTTP schema share (a rule is evaluated for every new conversation). */
export const attributeConditionLimits = {
  /** Attribute conditions per rule. */
  perRule: 16,
  /** Values in one `in` / `not-in` list. */
  values: 50,
  /** Longest `passed` / `within` span: 30 days, in minutes. */
  minutes: 43_200,
  /** Largest absolute number a numeric condition may compare with. */
  magnitude: 1e15,
} as const;

/**
 * One condition on one attribute. A missing or unparseable attribute fails every kind except
 * `not-in` (an order without a status is not in the list of refunded statuses).
 */
export type AttributeCondition =
  | { readonly attribute: string; readonly op: NumericOp; readonly value: number }
  /** The attribute's text is (or is not) one of `values`, compared exactly. */
  | { readonly attribute: string; readonly op: 'in' | 'not-in'; readonly values: readonly string[] }
  /** The attribute is a timestamp at least `minutes` (default 0) before now: "check-in has passed". */
  | { readonly attribute: string; readonly op: 'passed'; readonly minutes?: number }
  /** The attribute is a timestamp after now and at most `minutes` ahead: "check-in within the hour". */
  | { readonly attribute: string; readonly op: 'within'; readonly minutes: number };

export type AttributeOp = AttributeCondition['op'];
export const attributeOps: readonly AttributeOp[] = [...numericOps, 'in', 'not-in', 'passed', 'within'];

const decimal = /^-?\d{1,20}(\.\d{1,20})?$/;

/** A plain decimal ("5000", "-3", "5999.90"), or null: no exponents, separators, hex or words. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!decimal.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * An ISO 8601 date and time in epoch milliseconds, or null. One without an offset is read in
 * `timeZone` (the tenant's): back-ends often send local times. A date alone is refused, since
 * "check-in 3 December" would otherwise mean midnight and pass many hours early.
 */
export function parseTimestamp(text: string, timeZone: string): number | null {
  const trimmed = text.trim();
  if (!isoDateTime.test(trimmed)) return null;
  const parsed = DateTime.fromISO(trimmed.replace(' ', 'T'), { zone: timeZone, setZone: true });
  return parsed.isValid ? parsed.toMillis() : null;
}

function compare(op: NumericOp, left: number, right: number): boolean {
  switch (op) {
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
    case 'eq':
      return left === right;
    case 'ne':
      return left !== right;
  }
}

const minute = 60_000;

/** Whether one condition holds for these attributes at `now`, reading zone-less times in `timeZone`. */
export function attributeConditionHolds(
  condition: AttributeCondition,
  attributes: Readonly<Record<string, string>>,
  context: { readonly now: number; readonly timeZone: string },
): boolean {
  const raw = Object.hasOwn(attributes, condition.attribute) ? attributes[condition.attribute] : undefined;
  switch (condition.op) {
    case 'in':
      return raw !== undefined && condition.values.includes(raw);
    case 'not-in':
      return raw === undefined || !condition.values.includes(raw);
    case 'passed': {
      const at = raw === undefined ? null : parseTimestamp(raw, context.timeZone);
      return at !== null && at <= context.now - (condition.minutes ?? 0) * minute;
    }
    case 'within': {
      const at = raw === undefined ? null : parseTimestamp(raw, context.timeZone);
      return at !== null && at > context.now && at <= context.now + condition.minutes * minute;
    }
    default: {
      const value = raw === undefined ? null : parseDecimal(raw);
      return value !== null && compare(condition.op, value, condition.value);
    }
  }
}

/** A rule's attribute conditions as the domain validation sees them: a message, or null when fine. */
export function checkAttributeConditions(conditions: readonly AttributeCondition[]): string | null {
  const limits = attributeConditionLimits;
  if (conditions.length > limits.perRule) return `at most ${limits.perRule} attribute conditions per rule`;
  for (const condition of conditions) {
    if (typeof condition.attribute !== 'string' || condition.attribute.length === 0 || condition.attribute.length > 64)
      return 'an attribute condition needs an attribute name of 1–64 characters';
    if (!attributeOps.includes(condition.op)) return `unknown attribute operator "${condition.op}"`;
    const problem = checkOperand(condition);
    if (problem !== null) return `attribute "${condition.attribute}": ${problem}`;
  }
  return null;
}

function checkOperand(condition: AttributeCondition): string | null {
  const limits = attributeConditionLimits;
  const minutesOk = (value: number): boolean => Number.isInteger(value) && value >= 0 && value <= limits.minutes;
  switch (condition.op) {
    case 'in':
    case 'not-in':
      return Array.isArray(condition.values) && condition.values.length >= 1 && condition.values.length <= limits.values
        ? null
        : `needs 1–${limits.values} values`;
    case 'passed':
      return condition.minutes === undefined || minutesOk(condition.minutes)
        ? null
        : `minutes must be an integer 0–${limits.minutes}`;
    case 'within':
      return minutesOk(condition.minutes) && condition.minutes >= 1
        ? null
        : `minutes must be an integer 1–${limits.minutes}`;
    default:
      return Number.isFinite(condition.value) && Math.abs(condition.value) <= limits.magnitude
        ? null
        : `value must be a number within ±${limits.magnitude}`;
  }
}
