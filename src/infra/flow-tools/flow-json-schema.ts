// The JSON Schema of a flow file, generated from the zod schema, so an editor (yaml-language-server) completes
// and checks a flow as a coordinator types. Cross-references are checked at load and by `npm run flow -- check`.
import { z } from "zod";
import { flowSchema } from "../../domain/flow/flow-schema.ts";

export const FLOW_SCHEMA_FILE = "flow.schema.json";
export const FLOW_SCHEMA_COMMENT = `# yaml-language-server: $schema=./${FLOW_SCHEMA_FILE}`;

/** The schema as the text written to flows/flow.schema.json (stable, pretty-printed, newline at the end). */
export function flowJsonSchemaText(): string {
  const generated = z.toJSONSchema(flowSchema, { io: "input", target: "draft-7" });
  const schema = {
    ...generated,
    title: "Schakel flow",
    $comment: "Generated from src/domain/flow/flow-schema.ts by `npm run flow -- schema`; do not edit by hand.",
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
