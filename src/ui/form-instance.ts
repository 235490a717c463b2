// A form's id names what it is for and which instance it is: `<kind>:<target>~r<revision>~k<key>`. The key is
// issued when the form opens (one per instance); the revision is the case's, as the person saw it.

export interface FormInstance {
  base: string;
  revision?: number;
  key?: string;
}

const PATTERN = /^(.*?)(?:~r(\d{1,9}))?(?:~k([A-Za-z0-9_-]{8,64}))?$/;

export function formInstanceId({ base, revision, key }: FormInstance): string {
  return `${base}${revision === undefined ? "" : `~r${revision}`}${key === undefined ? "" : `~k${key}`}`;
}

/** A case button's value: the case and the revision the card showed (`<caseId>~r<revision>`). */
export const caseActionValue = (caseId: string, revision?: number) =>
  formInstanceId({ base: caseId, ...(revision !== undefined ? { revision } : {}) });

export function parseCaseActionValue(value: string): { caseId: string; revision?: number } {
  const { base, revision } = parseFormId(value);
  return { caseId: base, ...(revision !== undefined ? { revision } : {}) };
}

export function parseFormId(id: string): FormInstance {
  const [, base = id, revision, key] = PATTERN.exec(id) ?? [];
  const shown = revision !== undefined ? { revision: Number(revision) } : {};
  return { base, ...shown, ...(key !== undefined ? { key } : {}) };
}
