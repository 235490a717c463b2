// The console's sentences, from the message catalogue (src/i18n/nl-console.ts): the server embeds them in the
// page as JSON, so no Dutch text lives in these scripts. `sentence("console.x", { name })` fills {name}.

const catalogue = JSON.parse(document.getElementById("console-text")?.textContent || "{}");

/** The sentence for `key` with its {placeholders} filled in; the key itself when the page lacks it. */
export function sentence(key, params = {}) {
  const template = catalogue[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? `{${name}}`));
}
