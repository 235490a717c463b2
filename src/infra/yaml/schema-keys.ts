// Finds the keys a zod schema allows at a path, so an unknown key in a YAML file can get a did-you-mean.
import type { z } from "zod";

type AnySchema = z.core.$ZodType;
/** Every zod schema is one of zod's own classes ($ZodTypes), whose `def` is typed per kind. */
const defOf = (schema: AnySchema) => (schema as z.core.$ZodTypes)._zod.def;

/** Unwraps optional, default, nullable, pipe and lazy wrappers to the schema that gives the value its shape. */
function unwrap(schema: AnySchema): AnySchema[] {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return unwrap(def.innerType);
    case "pipe":
      return unwrap(def.in);
    case "lazy":
      return unwrap(def.getter());
    case "union":
      return def.options.flatMap(unwrap);
    default:
      return [schema];
  }
}

/** The schemas the value at `path` may have (several for unions). */
function schemasAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  let current = unwrap(schema);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (def.type === "object" && typeof segment === "string") {
        const child = def.shape[segment];
        return child ? unwrap(child) : [];
      }
      if (def.type === "array" && typeof segment === "number") return unwrap(def.element);
      if (def.type === "record") return unwrap(def.valueType);
      return [];
    });
  }
  return current;
}

/** Every key an object at `path` may have; empty when the path does not lead to an object. */
export function allowedKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s);
    if (def.type === "object") for (const key of Object.keys(def.shape)) keys.add(key);
  }
  return [...keys];
}
