// The choices of a select field: from the flow file, or from the directory (municipalities, organisations).
import type { FormFieldDef } from "../../domain/flow/flow-schema.ts";
import type { DirectoryReads } from "../ports.ts";

export interface Option {
  value: string;
  label: string;
}

export async function fieldOptions(directory: DirectoryReads, field: FormFieldDef): Promise<Option[]> {
  if (field.options) return field.options;
  if (field.source === "municipalities") {
    return (await directory.municipalities()).map((m) => ({ value: m.id, label: m.name }));
  }
  if (field.source === "organisations") {
    return (await directory.organisations())
      .filter((o) => o.type === field.organisationType)
      .map((o) => ({ value: o.id, label: o.name }));
  }
  return [];
}

export async function optionsByField(
  directory: DirectoryReads,
  fields: readonly FormFieldDef[],
): Promise<Map<string, Option[]>> {
  const result = new Map<string, Option[]>();
  for (const field of fields) if (field.type === "select") result.set(field.id, await fieldOptions(directory, field));
  return result;
}
