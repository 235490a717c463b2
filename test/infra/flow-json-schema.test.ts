// The checked-in JSON Schema matches the zod schema, accepts every shipped flow and flags a misspelt key,
// and every flow file points an editor at it.
import { readdirSync, readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FLOW_SCHEMA_COMMENT, flowJsonSchemaText } from "../../src/infra/flow-tools/flow-json-schema.ts";

const flowFiles = readdirSync("flows").filter((f) => f.endsWith(".yaml"));
const checkedIn = readFileSync("flows/flow.schema.json", "utf8");

describe("flows/flow.schema.json", () => {
  it("is current (regenerate with npm run flow -- schema)", () => {
    expect(checkedIn).toBe(flowJsonSchemaText());
  });

  it("accepts every shipped flow and refuses a misspelt key an editor should underline", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(checkedIn));
    for (const file of flowFiles) {
      const text = readFileSync(`flows/${file}`, "utf8");
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const misspelt = parse(
      readFileSync("flows/overlast.yaml", "utf8").replace(
        "    owner: care\n",
        "    owner: care\n    optinBy: [care]\n",
      ),
    );
    expect(validate(misspelt)).toBe(false);
    expect(
      validate.errors?.some((e) => e.keyword === "additionalProperties" && e.params.additionalProperty === "optinBy"),
    ).toBe(true);
  });

  it("is referenced by a yaml-language-server comment at the top of every flow file", () => {
    expect(flowFiles.length).toBeGreaterThanOrEqual(3);
    for (const file of flowFiles)
      expect(readFileSync(`flows/${file}`, "utf8").split("\n")[0], file).toBe(FLOW_SCHEMA_COMMENT);
  });
});
