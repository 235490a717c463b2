// Finds what a cell refers to by id, or by name or e-mail as a person would write it; a name two people
// share is ambiguous rather than guessed.
import { required } from "../../domain/required.ts";
import didYouMean from "didyoumean2";
import { normaliseName } from "./normalise-name.ts";

export interface Referable {
  id: string;
  names: string[];
}
export type Resolution = { id: string } | { ambiguous: true } | { unknown: true; suggestion: string | null };

export class ReferenceIndex {
  private readonly ids = new Set<string>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly spellings: string[] = [];

  constructor(items: Referable[]) {
    for (const item of items) {
      this.ids.add(item.id);
      for (const name of [item.id, ...item.names].filter((n) => n !== "")) {
        const key = normaliseName(name);
        this.byName.set(key, (this.byName.get(key) ?? new Set()).add(item.id));
        this.spellings.push(name);
      }
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  resolve(value: string): Resolution {
    if (this.ids.has(value)) return { id: value };
    const matches = this.byName.get(normaliseName(value));
    if (matches?.size === 1) return { id: required([...matches][0], "the only match") };
    if (matches && matches.size > 1) return { ambiguous: true };
    return { unknown: true, suggestion: didYouMean(value, this.spellings, { deburr: true }) };
  }
}
