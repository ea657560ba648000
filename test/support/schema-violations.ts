/**
 * Invalid inputs derived from a route's own JSON Schema (as published in the OpenAPI document):
 * given a valid value, every way to break it at every place — a wrong type, a string too long or
 * not matching its pattern, a number out of range or not an integer, an array too long, a required
 * property missing, an unknown property. Each candidate is invalid by construction, also under the
 * server's type coercion (Ajv `coerceTypes: 'array'`): objects never coerce to scalars, strings like
 * `abc` never coerce to numbers, and no scalar is offered where an array could wrap it.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface JsonSchema {
  readonly type?: string;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly patternProperties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minProperties?: number;
  readonly maxProperties?: number;
}

/** Remove the property at `path` instead of replacing it. */
export const REMOVE = Symbol('remove');

export interface Violation {
  readonly path: readonly (string | number)[];
  readonly value: Json | typeof REMOVE;
  readonly why: string;
}

/** Strings that some pattern refuses: spaces, separators, control and non-ASCII characters. */
const oddStrings = ['a b', 'a/b', 'é', 'a\u0000b', '<x>', 'a,b', 'A_B', '💥', '-', '.', 'a.b'];

/** Scalar violations of one (non-union) schema: what to put in place of a valid value. */
export function scalarViolations(schema: JsonSchema): { value: Json; why: string }[] {
  const out: { value: Json; why: string }[] = [];
  if (schema.anyOf !== undefined) {
    if (schema.anyOf.every((branch) => branch.type === 'string' && branch.enum !== undefined)) {
      out.push({ value: 'zz-not-a-choice', why: 'not one of the choices' });
    }
    return out;
  }
  switch (schema.type) {
    case 'string': {
      if (schema.maxLength !== undefined) out.push({ value: 'x'.repeat(schema.maxLength + 1), why: 'too long' });
      if ((schema.minLength ?? 0) > 0) out.push({ value: '', why: 'empty' });
      if (schema.pattern !== undefined) {
        const pattern = new RegExp(schema.pattern, 'u');
        const odd = oddStrings.find((candidate) => !pattern.test(candidate));
        if (odd !== undefined) out.push({ value: odd, why: `does not match ${schema.pattern}` });
      }
      if (schema.enum !== undefined) out.push({ value: 'zz-not-a-choice', why: 'not one of the choices' });
      break;
    }
    case 'integer':
    case 'number': {
      out.push({ value: 'abc', why: 'not a number' });
      if (schema.minimum !== undefined) out.push({ value: schema.minimum - 1, why: 'below the minimum' });
      if (schema.exclusiveMinimum !== undefined)
        out.push({ value: schema.exclusiveMinimum, why: 'not above the bound' });
      if (schema.maximum !== undefined) out.push({ value: schema.maximum + 1, why: 'above the maximum' });
      if (schema.type === 'integer') out.push({ value: (schema.minimum ?? 0) + 0.5, why: 'not an integer' });
      break;
    }
    case 'boolean':
      out.push({ value: 'maybe', why: 'not a boolean' }, { value: 7, why: 'not a boolean' });
      break;
    default:
      break;
  }
  return out;
}

/** Every violation of `value` against `schema`, at this node and below it. */
export function violations(schema: JsonSchema, value: Json, path: (string | number)[] = []): Violation[] {
  const here = (candidate: Json | typeof REMOVE, why: string, at = path): Violation => ({
    path: at,
    value: candidate,
    why,
  });
  const out: Violation[] = scalarViolations(schema).map(({ value: candidate, why }) => here(candidate, why));
  // An object with a nested object never coerces to a scalar, and matches no closed object.
  if (schema.type !== 'object') out.push(here({ zzUnknown: {} }, 'an object'));
  if (schema.anyOf !== undefined) return out;
  if (schema.type === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    out.push(here('x', 'a string, not an object'), here([], 'an array, not an object'));
    if (schema.additionalProperties === false) out.push(here({ ...value, zzUnknown: 1 }, 'an unknown property'));
    for (const key of schema.required ?? []) {
      if (key in value) out.push(here(REMOVE, `missing ${key}`, [...path, key]));
    }
    const entries = Object.entries(value);
    if (schema.minProperties !== undefined && entries.length > 0) out.push(here({}, 'too few properties'));
    const first = entries[0];
    if (schema.maxProperties !== undefined && first !== undefined) {
      const many = Object.fromEntries(
        Array.from({ length: schema.maxProperties + 1 }, (_, i): [string, Json] => [`k${i}`, first[1]]),
      );
      out.push(here(many, 'too many properties'));
    }
    for (const [key, child] of entries) {
      const childSchema =
        schema.properties?.[key] ??
        Object.values(schema.patternProperties ?? {})[0] ??
        (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (childSchema !== undefined) out.push(...violations(childSchema, child, [...path, key]));
    }
  }
  if (schema.type === 'array' && Array.isArray(value)) {
    const first = value[0];
    if (schema.maxItems !== undefined && first !== undefined) {
      out.push(
        here(
          Array.from({ length: schema.maxItems + 1 }, () => first),
          'too many items',
        ),
      );
    }
    if ((schema.minItems ?? 0) > 0) out.push(here([], 'too few items'));
    if (schema.items !== undefined) {
      const items = schema.items;
      value.forEach((item, index) => out.push(...violations(items, item, [...path, index])));
    }
  }
  return out;
}

/** `value` with the violation applied (a deep copy; `value` is left as it was). */
export function applyViolation(value: Json, violation: Violation): Json {
  if (violation.path.length === 0) return violation.value === REMOVE ? null : violation.value;
  const copy = structuredClone(value);
  let parent: Json = copy;
  for (const key of violation.path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
  const last = violation.path[violation.path.length - 1] as string | number;
  const container = parent as Record<string | number, Json>;
  if (violation.value === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(container, last);
  } else {
    container[last] = violation.value;
  }
  return copy;
}
