// The external participant's page: sign in with the invitation code, show the one case, complete the role's steps
// and record the case events the flow lets the role record.
import { $, el } from "/dom.js";
import { sentence } from "/text.js";

let csrf = "";

async function call(method, path, body) {
  const headers = { "content-type": "application/json", ...(csrf ? { "x-csrf-token": csrf } : {}) };
  const response = await fetch(`/api/extern${path}`, {
    method,
    headers,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return response.json();
}

const say = (text) => {
  $("status").textContent = text;
};

function stepItem(step) {
  const due = step.dueAt ? sentence("extern.page.due", { at: new Date(step.dueAt).toLocaleString("nl-NL") }) : "";
  const state = sentence(`extern.page.status.${step.status}`);
  const item = el("li", { text: `${step.label}: ${state}${due}` });
  if (!step.mayComplete) return item;
  const note = el("textarea", { id: `note-${step.id}`, rows: 2 });
  const done = async () => {
    const result = await call("POST", `/stappen/${encodeURIComponent(step.id)}/afronden`, { note: note.value });
    say(result.ok ? result.message.text : result.error);
    await show();
  };
  const label = el("label", { for: `note-${step.id}`, text: sentence("extern.page.note") });
  return el(
    "li",
    {},
    item.textContent,
    label,
    note,
    el("button", { type: "button", className: "btn", text: sentence("extern.page.complete"), onclick: done }),
  );
}

async function show() {
  const result = await call("GET", "/zaak");
  if (!result.ok) {
    $("case").hidden = true;
    say(result.error);
    return;
  }
  const c = result.case;
  $("case-title").textContent = sentence("extern.page.title", c);
  $("case-fields").replaceChildren(
    ...c.fields.flatMap((f) => [el("dt", { text: f.label }), el("dd", { text: f.value })]),
  );
  $("case-steps").replaceChildren(...c.steps.map(stepItem));
  $("event").replaceChildren(...c.events.map((e) => el("option", { value: e.id, text: e.label })));
  $("case-event").hidden = c.events.length === 0;
  $("case").hidden = false;
}

$("sign-in").addEventListener("submit", async (event) => {
  event.preventDefault();
  const result = await call("POST", "/aanmelden", { code: $("code").value });
  if (!result.ok) return say(result.error);
  csrf = result.csrfToken;
  $("sign-in").hidden = true;
  say(sentence("extern.page.signed_in", result));
  await show();
});

$("case-event").addEventListener("submit", async (event) => {
  event.preventDefault();
  const result = await call("POST", "/gebeurtenissen", { event: $("event").value, reason: $("reason").value });
  say(result.ok ? result.message.text : result.error);
  if (result.ok) $("reason").value = "";
  await show();
});
