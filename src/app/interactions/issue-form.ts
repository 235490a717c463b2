// Gives a form that is about to open its one-time key (and the case revision it was opened at), so that
// submitting this instance twice changes nothing twice.
import { randomBytes } from "node:crypto";
import type { Form } from "../../ui/card.ts";
import { formInstanceId, parseFormId } from "../../ui/form-instance.ts";

export function issueForm(form: Form, revision?: number): Form {
  const { base } = parseFormId(form.id);
  const key = randomBytes(12).toString("base64url");
  return { ...form, id: formInstanceId({ base, key, ...(revision !== undefined ? { revision } : {}) }) };
}
