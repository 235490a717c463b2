// The English twins of nl-roster.ts (the type makes a missing sentence a build error).
import type { nlRoster } from "./nl-roster.ts";

export const enRoster: Record<keyof typeof nlRoster, string> = {
  "regionImport.unreadable": "Schakel cannot read this file. Save it as an Excel workbook (.xlsx) or as CSV.",
  "regionImport.not_utf8": "This file is not UTF-8. In Excel choose Save as: ‘CSV UTF-8 (Comma delimited)’.",
  "regionImport.missing_sheet":
    "This sheet is missing. Run `npm run region -- template` for an empty example with every sheet.",
  "regionImport.unknown_sheet":
    "Schakel does not know this sheet{suggestion}. Give it the right name or remove it, so nothing is lost.",
  "regionImport.missing_column": "This column is required. Put its name in the sheet's first row.",
  "regionImport.unknown_column":
    "Schakel does not know this column{suggestion}. Correct its name or remove the column.",
  "regionImport.duplicate_column": "This column appears twice in the sheet. Keep one.",
  "regionImport.required": "This cell is required. Fill it in.",
  "regionImport.invalid_id": "An id consists of lower-case letters, digits and hyphens, such as {example}.",
  "regionImport.invalid_email": "Enter a valid e-mail address, such as name@organisation.nl.",
  "regionImport.duplicate": "This value is already in row {row}. Every line must be unique.",
  "regionImport.duplicate_name_id":
    "Row {row} has the same name, so Schakel makes the same id from it. Fill in a different id in the id column.",
  "regionImport.duplicate_sheet": "This sheet appears twice in the import. Keep one.",
  "regionImport.empty_sheet": "This sheet has no lines yet. Fill in at least one below the column names.",
  "regionImport.unknown_person":
    "This person is not on the sheet Personen{suggestion}. Add the person or correct the name.",
  "regionImport.unknown_organisation": "This organisation is not on the sheet Organisaties{suggestion}.",
  "regionImport.unknown_municipality": "This municipality is not on the sheet Gemeenten{suggestion}.",
  "regionImport.unknown_type":
    "Unknown organisation type{suggestion}. Pick a type from the list or add it on the sheet Organisatietypen.",
  "regionImport.ambiguous":
    "This name belongs to more than one line of the other sheet. Use the id here (or, for a person, the e-mail address).",
  "regionImport.deputy_is_contact": "The deputy must be someone other than the contact.",
  "regionImport.unknown_locale": "Choose nl (Dutch) or en (English), or leave the cell empty.",
  "regionImport.unknown_platform": "Choose console, slack or teams, or leave the cell empty.",
  "regionImport.did_you_mean": " (did you mean “{value}”?)",
  "region.handover":
    "You are now the fixed contact or deputy for:\n{lines}\nOpen tasks of these cases are yours from now on.",
  "region.handover_line": "• {organisation} × {municipality} ({role}): {references}",
  "region.no_open_cases": "no open cases",
  "region.role.contact": "contact",
  "region.role.deputy": "deputy",
  "region.role.coordinator": "coordinator",
  "region.summary": "The roster of {region} was updated (by {by}):\n{lines}",
  "region.line.roster_changed": "• {organisation} × {municipality}: {role} {before} → {after}",
  "region.line.roster_added": "• {organisation} × {municipality}: new on the roster, contact {contact}",
  "region.line.roster_removed": "• {organisation} × {municipality}: removed from the roster",
  "region.line.person_deactivated": "• {name} is no longer in the file and was deactivated",
  "region.line.coordinator_added": "• {name} is now a coordinator",
  "region.line.coordinator_removed": "• {name} is no longer a coordinator",
};
