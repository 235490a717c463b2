// A form's id names what it is for and which instance it is: `<kind>:<target>~r<revision>~k<key>`. The key is
// issued when the form opens (one per instance); the revision is the case's, as the person saw it.

export interface FormInstance { base: string; revision?: number; key?: string }

const PATTERN = /^(.*?)(?:~r(\d{1,9}))?(?:~k([A-Za-z0-9_-]{8,64}))?$/;

export function formInstanceId({ base, revision, key }: FormInstance): string {
  return `${base}${revision === undefined ? "" : `~r${revision}`}${key === undefined ? "" : `~k${key}`}`;
}

export function parseFormId(id: string): FormInstance {
  const [, base = id, revision, key] = PATTERN.exec(id) ?? [];
  return { base, ...(revision !== undefined ? { revision: Number(revision) } : {}), ...(key !== undefined ? { key } : {}) };
}
