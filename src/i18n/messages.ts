// The message catalogue: every sentence a person reads, in Dutch (default, nl.ts) and English (en.ts).
// Each sentence's parameters are read from its Dutch text by the type checker: `t(locale, key, params)` must name
// every {placeholder} of that sentence, and nothing else.
import { en } from "./en.ts";
import { nl, type MessageKey } from "./nl.ts";

export type { MessageKey };

export type Locale = "nl" | "en";
export type MessageParams = Record<string, string | number>;

/** The {placeholder} names in a template: `"Melding {reference} bij {organisation}"` → "reference" | "organisation".
 *  Braces around anything with a space are text, as in the runtime's /\{(\w+)\}/. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends `${string}${" " | "{"}${string}` | "" ? never : Name) | Placeholders<Rest>
  : never;

/** A sentence without placeholders takes no parameters. */
export type NoParams = Record<string, never>;
type ParamsOfTemplate<T extends string> = string extends T
  ? MessageParams // a catalogue part without `as const`: its texts are not known to the type checker
  : [Placeholders<T>] extends [never]
    ? NoParams
    : Record<Placeholders<T>, string | number>;

/** The parameters of one key; any key (a `MessageKey` chosen at run time and stored with its params) stays open. */
export type ParamsOf<K extends MessageKey> = MessageKey extends K ? MessageParams : ParamsOfTemplate<(typeof nl)[K]>;
type ParamsArgument<K extends MessageKey> =
  NoParams extends ParamsOf<K> ? [params?: ParamsOf<K>] : [params: ParamsOf<K>];

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

export function t<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamsArgument<K>): string {
  const values: Partial<MessageParams> = params ?? {};
  const template = catalogues[locale][key] ?? nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** A sentence to say later with exactly its parameters: checked where the key is chosen (a result, a stored
 *  notice), said with `say` where the reader's language is known. */
export type Message<K extends MessageKey = MessageKey> = {
  [Key in K]: NoParams extends ParamsOf<Key>
    ? { key: Key; params?: ParamsOf<Key> }
    : { key: Key; params: ParamsOf<Key> };
}[K];

export function say(locale: Locale, message: Message): string {
  return t(locale, message.key, message.params);
}

/** The raw templates of every key starting with `prefix`, e.g. for a page script that fills them in itself. */
export function templatesUnder(locale: Locale, prefix: string): Record<string, string> {
  const keys = (Object.keys(nl) as MessageKey[]).filter((key) => key.startsWith(prefix));
  return Object.fromEntries(keys.map((key) => [key, catalogues[locale][key] ?? nl[key]]));
}

export function asLocale(value: string | null | undefined): Locale {
  return value === "en" ? "en" : "nl";
}
