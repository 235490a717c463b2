// Writes a region object as the YAML of regions/<id>.yaml: keys in the documented order, every list sorted
// by id so that a re-import changes only the lines that really changed, and a short header comment.
import { Document, isMap, isScalar, isSeq, type Node, type Pair } from "yaml";
import type { RegionDocument } from "./region-document.ts";

const byId = <T extends { id: string }>(items: T[] | undefined) =>
  [...(items ?? [])].sort((a, b) => compare(a.id, b.id));
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The same region with every list in a stable order (the order a spreadsheet had does not matter). */
export function sortRegion(region: RegionDocument): RegionDocument {
  return {
    id: region.id,
    name: region.name,
    ...(region.demo ? { demo: true } : {}),
    ...(region.organisationTypes?.length ? { organisationTypes: byId(region.organisationTypes) } : {}),
    municipalities: byId(region.municipalities),
    organisations: byId(region.organisations),
    people: byId(region.people),
    roster: [...region.roster].sort(
      (a, b) => compare(a.organisation, b.organisation) || compare(a.municipality, b.municipality),
    ),
    coordinators: [...region.coordinators].sort(compare),
    channels: region.channels,
  };
}

/** The YAML without header: what decides whether a file changed. */
export function regionBody(region: RegionDocument): string {
  const doc = new Document(sortRegion(region));
  const root = doc.contents;
  if (isMap(root)) {
    for (const pair of root.items as Pair<Node, Node>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!["id", "name", "demo"].includes(key)) (pair.key as Node).spaceBefore = true;
      if (key === "coordinators" && isSeq(pair.value)) pair.value.flow = true;
      if (key === "channels" && isMap(pair.value)) {
        for (const channel of pair.value.items as Pair<Node, Node>[]) {
          if (isMap(channel.value)) channel.value.flow = true;
        }
      }
    }
  }
  return doc.toString({ lineWidth: 0 });
}

export interface ImportHeader {
  source: string;
  importedAt: Date;
}

export function headerComment(region: RegionDocument, header: ImportHeader): string {
  const when = `${header.importedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return [
    `# Region ${region.name} (${region.id}).`,
    `# Imported from ${header.source} on ${when} with \`npm run region -- import\`.`,
    "# Edit the workbook and import again, or edit this file by hand; `npm run region -- check` validates it.",
    "",
  ].join("\n");
}

export const regionToYaml = (region: RegionDocument, header: ImportHeader): string =>
  `${headerComment(region, header)}${regionBody(region)}`;

/** A file's text without its leading comment lines, to compare with a fresh body. */
export const withoutHeader = (text: string): string => text.replace(/^(?:#.*\n|\s*\n)*/, "");
