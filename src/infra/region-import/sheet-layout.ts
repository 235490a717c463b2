// The agreed spreadsheet layout (one workbook, Dutch sheet and column names) with a short Dutch explanation
// per column for the template's "Uitleg" sheet. The layout itself is Dutch by agreement, like the flow files.

export type SheetKey = "municipalities" | "organisationTypes" | "organisations" | "people" | "roster" | "coordinators";

export interface ColumnLayout {
  key: string;
  header: string;
  required: boolean;
  /** Other headers people write for this column (compared after normalising). */
  aliases?: string[];
  explanation: string;
}

export interface SheetLayout { key: SheetKey; name: string; optional: boolean; explanation: string; columns: ColumnLayout[] }

const idColumn = (what: string): ColumnLayout => ({
  key: "id", header: "id", required: false,
  explanation: `Korte vaste sleutel van de ${what}: kleine letters, cijfers en streepjes (bergen-op-zoom). `
    + "Leeg laten mag: dan maakt Schakel hem uit de naam.",
});

export const SHEETS: readonly SheetLayout[] = [
  {
    key: "municipalities", name: "Gemeenten", optional: false, explanation: "De gemeenten van de regio.",
    columns: [
      idColumn("gemeente"),
      { key: "name", header: "naam", required: true, aliases: ["name", "gemeente"], explanation: "Naam van de gemeente." },
    ],
  },
  {
    key: "organisationTypes", name: "Organisatietypen", optional: true,
    explanation: "Alleen nodig voor soorten organisaties die Schakel nog niet kent (bijvoorbeeld een wijkteam).",
    columns: [
      { key: "id", header: "id", required: true, explanation: "Sleutel van het type: kleine letters, cijfers en _ (wijkteam)." },
      { key: "label", header: "label", required: true, aliases: ["naam", "omschrijving"], explanation: "Nederlandse naam van het type." },
    ],
  },
  {
    key: "organisations", name: "Organisaties", optional: false, explanation: "De organisaties die meedoen.",
    columns: [
      idColumn("organisatie"),
      { key: "name", header: "naam", required: true, aliases: ["name", "organisatie"], explanation: "Naam van de organisatie." },
      {
        key: "type", header: "type", required: true, aliases: ["soort"],
        explanation: "Soort organisatie: housing_corporation (woningcorporatie), care_provider (zorgaanbieder), wmo_desk "
          + "(Wmo-loket), safety_house (Zorg- en Veiligheidshuis), debt_help (schuldhulp), other, of een type uit "
          + "het blad Organisatietypen.",
      },
    ],
  },
  {
    key: "people", name: "Personen", optional: false, explanation: "Iedereen die met Schakel werkt.",
    columns: [
      idColumn("persoon"),
      { key: "name", header: "naam", required: true, aliases: ["name"], explanation: "Voor- en achternaam." },
      {
        key: "email", header: "e-mail", required: true, aliases: ["emailadres", "mail"],
        explanation: "Werk-e-mailadres; hiermee meldt iemand zich aan en koppelt Schakel het chat-account.",
      },
      {
        key: "organisation", header: "organisatie", required: true,
        explanation: "De organisatie waar de persoon werkt (id of naam uit het blad Organisaties).",
      },
      { key: "locale", header: "taal", required: false, aliases: ["locale"], explanation: "nl (standaard) of en." },
      {
        key: "platform", header: "platform", required: false,
        explanation: "Waar de persoon berichten krijgt: console, slack of teams. Leeg: het eerste dat is ingesteld.",
      },
      { key: "slack", header: "slack", required: false, explanation: "Slack-gebruikers-id (begint met U), als bekend." },
      { key: "teams", header: "teams", required: false, explanation: "Object-id van het Microsoft-account (Entra), als bekend." },
    ],
  },
  {
    key: "roster", name: "Rooster", optional: false,
    explanation: "Per organisatie en gemeente de vaste contactpersoon en vervanger.",
    columns: [
      { key: "organisation", header: "organisatie", required: true, explanation: "Id of naam uit het blad Organisaties." },
      { key: "municipality", header: "gemeente", required: true, explanation: "Id of naam uit het blad Gemeenten." },
      {
        key: "contact", header: "contactpersoon", required: true, aliases: ["contact"],
        explanation: "De vaste contactpersoon: id, naam of e-mail uit het blad Personen.",
      },
      {
        key: "deputy", header: "vervanger", required: false, aliases: ["plaatsvervanger"],
        explanation: "Neemt het over als de contactpersoon er niet is; niet dezelfde persoon als de contactpersoon.",
      },
      {
        key: "coordinator", header: "coördinator", required: false,
        explanation: "Alleen invullen als hier een andere coördinator geldt dan die van de regio.",
      },
    ],
  },
  {
    key: "coordinators", name: "Coördinatoren", optional: false, explanation: "De coördinatoren van de regio.",
    columns: [{ key: "person", header: "persoon", required: true, aliases: ["naam", "coordinator"], explanation: "Id, naam of e-mail uit het blad Personen." }],
  },
];

export const sheetLayout = (key: SheetKey): SheetLayout => SHEETS.find((s) => s.key === key)!;

/** The sheet name of the explanation sheet in the template; ignored on import. */
export const EXPLANATION_SHEET = "Uitleg";
