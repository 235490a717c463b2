// Matching what people type against names and ids: case- and accent-insensitive ("zoe celik" finds Zoë Çelik).

/** Lower case without accents, hyphens read as spaces, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[-_\s]+/g, " ")
    .trim();
}

/** True when `query` names this id or name. */
export function matchesName(query: string, candidate: { id: string; name: string }): boolean {
  const wanted = foldText(query);
  return wanted !== "" && (foldText(candidate.id) === wanted || foldText(candidate.name) === wanted);
}
