/**
 * Domain state is deeply readonly; response types (TypeBox statics) are mutable. A structured
 * clone is a fresh, mutable copy — and never hands out references into the live tenant state.
 */
export type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** A deep, mutable copy of plain data (no functions, maps or class instances). */
export const mutableCopy = <T>(value: T): DeepMutable<T> => structuredClone(value) as DeepMutable<T>;
