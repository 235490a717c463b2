// The agreed spreadsheet layout (one workbook, Dutch sheet and column names) with a short Dutch explanation
// per column for the template's "Uitleg" sheet. The layout itself is Dutch by agreement, like the flow files.
import { required as present } from "../../domain/required.ts";

export type SheetKey = "municipalities" | "organisationTypes" | "organisations" | "people" | "roster" | "coordinators";

export interface ColumnLayout {
  key: string;
  header: string;
  required: boolean;
  /** Other headers people write for this column (compared after normalising). */
  aliases?: string[];
  explanation: string;
}

export interface SheetLayout {
  key: SheetKey;
  name: string;
  optional: boolean;
  explanation: string;
  columns: ColumnLayout[];
}

const required = (key: string, header: string, explanation: string, aliases: string[] = []): ColumnLayout => ({
  key,
  header,
  required: true,
  aliases,
  explanation,
});
const optional = (key: string, header: string, explanation: string, aliases: string[] = []): ColumnLayout => ({
  key,
  header,
  required: false,
  aliases,
  explanation,
});

const idColumn = (what: string): ColumnLayout =>
  optional(
    "id",
    "id",
    `Korte vaste sleutel van de ${what}: kleine letters, cijfers en streepjes (bergen-op-zoom). ` +
      "Leeg laten mag: dan maakt Schakel hem uit de naam.",
  );

const TYPE_EXPLANATION =
  "Soort organisatie: housing_corporation (woningcorporatie), care_provider (zorgaanbieder), " +
  "wmo_desk (Wmo-loket), safety_house (Zorg- en Veiligheidshuis), debt_help (schuldhulp), other, " +
  "of een type uit het blad Organisatietypen.";

export const SHEETS: readonly SheetLayout[] = [
  {
    key: "municipalities",
    name: "Gemeenten",
    optional: false,
    explanation: "De gemeenten van de regio.",
    columns: [idColumn("gemeente"), required("name", "naam", "Naam van de gemeente.", ["name", "gemeente"])],
  },
  {
    key: "organisationTypes",
    name: "Organisatietypen",
    optional: true,
    explanation: "Alleen nodig voor soorten organisaties die Schakel nog niet kent (bijvoorbeeld een wijkteam).",
    columns: [
      required("id", "id", "Sleutel van het type: kleine letters, cijfers en _ (wijkteam)."),
      required("label", "label", "Nederlandse naam van het type.", ["naam", "omschrijving"]),
    ],
  },
  {
    key: "organisations",
    name: "Organisaties",
    optional: false,
    explanation: "De organisaties die meedoen.",
    columns: [
      idColumn("organisatie"),
      required("name", "naam", "Naam van de organisatie.", ["name", "organisatie"]),
      required("type", "type", TYPE_EXPLANATION, ["soort"]),
    ],
  },
  {
    key: "people",
    name: "Personen",
    optional: false,
    explanation: "Iedereen die met Schakel werkt.",
    columns: [
      idColumn("persoon"),
      required("name", "naam", "Voor- en achternaam.", ["name"]),
      required(
        "email",
        "e-mail",
        "Werk-e-mailadres; hiermee meldt iemand zich aan en koppelt Schakel het chat-account.",
        ["emailadres", "mail"],
      ),
      required(
        "organisation",
        "organisatie",
        "De organisatie waar de persoon werkt (id of naam uit het blad Organisaties).",
      ),
      optional("locale", "taal", "nl (standaard) of en.", ["locale"]),
      optional(
        "platform",
        "platform",
        "Waar de persoon berichten krijgt: console, slack of teams. Leeg: het eerste dat is ingesteld.",
      ),
      optional("slack", "slack", "Slack-gebruikers-id (begint met U), als bekend."),
      optional("teams", "teams", "Object-id van het Microsoft-account (Entra), als bekend."),
    ],
  },
  {
    key: "roster",
    name: "Rooster",
    optional: false,
    explanation: "Per organisatie en gemeente de vaste contactpersoon en vervanger.",
    columns: [
      required("organisation", "organisatie", "Id of naam uit het blad Organisaties."),
      required("municipality", "gemeente", "Id of naam uit het blad Gemeenten."),
      required("contact", "contactpersoon", "De vaste contactpersoon: id, naam of e-mail uit het blad Personen.", [
        "contact",
      ]),
      optional(
        "deputy",
        "vervanger",
        "Neemt het over als de contactpersoon er niet is; niet dezelfde persoon als de contactpersoon.",
        ["plaatsvervanger"],
      ),
      optional(
        "coordinator",
        "coördinator",
        "Alleen invullen als hier een andere coördinator geldt dan die van de regio.",
      ),
    ],
  },
  {
    key: "coordinators",
    name: "Coördinatoren",
    optional: false,
    explanation: "De coördinatoren van de regio.",
    columns: [required("person", "persoon", "Id, naam of e-mail uit het blad Personen.", ["naam", "coordinator"])],
  },
];

export const sheetLayout = (key: SheetKey): SheetLayout =>
  present(
    SHEETS.find((s) => s.key === key),
    `the layout of sheet ${key}`,
  );

/** The sheet name of the explanation sheet in the template; ignored on import. */
export const EXPLANATION_SHEET = "Uitleg";
