// Compares sheet names, headers and references the way a person reads them: case, accents, spaces and
// punctuation do not count ("Coördinator " = "coordinator", "E-mail" = "email").

export function normaliseName(value: string): string {
  return foldLetters(value)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Lower-case letters, digits and hyphens made from a name: "Zoë Çelik" → "zoe-celik". */
export function slugFromName(value: string): string {
  return foldLetters(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// Letters that Unicode does not decompose into a base letter plus accent.
const SPECIAL_LETTERS: Record<string, string> = {
  ı: "i",
  İ: "I",
  ø: "o",
  Ø: "O",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  œ: "oe",
  Œ: "OE",
};

function foldLetters(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/[ıİøØßæÆłŁđĐœŒ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
}
