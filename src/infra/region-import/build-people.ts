// Builds the people from the sheet Personen: name, e-mail, organisation, and optionally language,
// preferred platform and chat identities.
import { EMAIL_PATTERN, ID_PATTERN, parseLocale, parsePlatform } from "./field-rules.ts";
import type { ImportContext } from "./import-context.ts";
import type { RegionPerson } from "./region-document.ts";
import type { ReferenceIndex } from "./reference-index.ts";
import type { SheetTable, TableRow } from "./sheet-table.ts";

export function buildPeople(table: SheetTable, organisations: ReferenceIndex, ctx: ImportContext): RegionPerson[] {
  const ids = new Map<string, number>();
  const emails = new Map<string, number>();
  return table.rows.flatMap((row) => {
    const name = ctx.required(row, "name");
    const id = name === undefined ? undefined : ctx.idOf(row, name, ID_PATTERN);
    const email = emailOf(row, ctx);
    const organisation =
      ctx.required(row, "organisation") === undefined
        ? undefined
        : ctx.refer(row, "organisation", organisations, "unknown_organisation", "organisation");
    const options = optionsOf(row, ctx);
    const freshId = id !== undefined && ctx.unique(ids, id, row, "id", "person id");
    const freshEmail = email !== undefined && ctx.unique(emails, email.toLowerCase(), row, "email", "e-mail address");
    // A person with a bad cell is still listed (the import fails anyway), so the roster does not also
    // report them as unknown.
    if (!name || !id || !freshId) return [];
    return [{ id, name, email: freshEmail ? email : "", organisation: organisation ?? "", ...options }];
  });
}

function emailOf(row: TableRow, ctx: ImportContext): string | undefined {
  const email = ctx.required(row, "email");
  if (email === undefined || EMAIL_PATTERN.test(email)) return email;
  ctx.report(row.at("email"), "invalid_email", `"${email}" is not a valid e-mail address.`);
  return undefined;
}

/** The optional columns; an unknown language or platform is reported and left out. */
function optionsOf(row: TableRow, ctx: ImportContext): Omit<RegionPerson, "id" | "name" | "email" | "organisation"> {
  const locale = parseLocale(row.value("locale"));
  const platform = parsePlatform(row.value("platform"));
  if (locale === null) {
    ctx.report(row.at("locale"), "unknown_locale", `unknown language "${row.value("locale")}"; use nl or en.`);
  }
  if (platform === null) {
    ctx.report(
      row.at("platform"),
      "unknown_platform",
      `unknown platform "${row.value("platform")}"; use console, slack or teams.`,
    );
  }
  const slack = row.value("slack");
  const teams = row.value("teams");
  return {
    ...(locale ? { locale } : {}),
    ...(platform ? { platform } : {}),
    ...(slack ? { slack } : {}),
    ...(teams ? { teams } : {}),
  };
}
