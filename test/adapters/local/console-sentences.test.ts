// The console page's sentences come from the message catalogue: the served page carries them, and the page
// scripts hold no Dutch sentence of their own (a new one there would miss its English twin).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/config/config.ts";
import { nlConsole } from "../../../src/i18n/nl-console.ts";
import { appsPerTest } from "../../support/test-app.ts";

const publicDir = path.join(projectRoot, "src/adapters/local/public");

/** Common Dutch words and the console's own vocabulary; "de", "het", "een", "niet" alone catch most sentences. */
const DUTCH_WORDS =
  /\b(de|het|een|en|van|naar|niet|geen|is|zijn|met|voor|aan|op|kon|worden|jij|gedaan|versturen|verzet|klok|melding|berichten|opdracht|verbinding|sluiten|laden)\b/i;
/** Names that are the same in every language (the product, a time zone, key names). */
const NOT_TEXT = new Set(["Schakel", "Europe/Amsterdam", "Escape", "Enter"]);

/** The quoted literals of a script, comments removed; template literals count up to their first ${. */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  return [...code.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? "",
  );
}

/** Looks like a sentence or a label a person reads: a Dutch word, or a capitalised word that is no known name. */
const looksDutch = (literal: string) =>
  !NOT_TEXT.has(literal) && (DUTCH_WORDS.test(literal.replace(/\$\{[^}]*\}/g, " ")) || /[ëïöéè]/.test(literal));

describe("console sentences", () => {
  const startApp = appsPerTest();

  it("keeps every Dutch sentence of the page scripts in the catalogue", () => {
    const found = readdirSync(publicDir)
      .filter((file) => file.endsWith(".js"))
      .flatMap((file) => literals(readFileSync(path.join(publicDir, file), "utf8")).map((l) => `${file}: ${l}`))
      .filter((line) => looksDutch(line.slice(line.indexOf(": ") + 2)));
    expect(found).toEqual([]);
  });

  it("would notice a Dutch sentence, and leaves code strings alone", () => {
    const script = `showToast("Verbinding hersteld."); el("p", { className: "btn btn-small", text: \`Klok \${x}\` });`;
    expect(literals(script).filter(looksDutch)).toEqual(["Verbinding hersteld.", `Klok \${x}`]);
    expect(literals('// Dutch comment: "Dat lukte niet."\nconst key = "Escape";').filter(looksDutch)).toEqual([]);
  });

  it("serves the page with the catalogue's sentences for its scripts", async () => {
    const app = await startApp();
    const page = await (await fetch(`${app.url}/`)).text();
    const json = page.match(/<script type="application\/json" id="console-text">(.*?)<\/script>/s)?.[1] ?? "{}";
    expect(JSON.parse(json)).toEqual(nlConsole);
    expect((await fetch(`${app.url}/text.js`)).status).toBe(200);
  });
});
