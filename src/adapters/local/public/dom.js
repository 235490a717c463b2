// Small DOM helpers for the console page: elements without innerHTML, remembered choices, Dutch dates, toasts.

import { sentence } from "./text.js";

export const $ = (id) => document.getElementById(id);

/** Creates an element. `text` sets textContent; `on…` adds a listener; false/null/undefined props are skipped. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "className") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  node.append(...present(children.flat()));
  return node;
}

export const present = (nodes) => nodes.filter((n) => n !== null && n !== undefined && n !== false);

export function remember(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage may be unavailable; the console still works */
  }
}

export function recall(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const dateParts = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "ma 23 nov 2026 10:00" in Amsterdam time; without the year for message stamps. */
export function formatDateTime(iso, { year = true } = {}) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const p = Object.fromEntries(dateParts.formatToParts(date).map((part) => [part.type, part.value.replace(/\.$/, "")]));
  return `${p.weekday} ${p.day} ${p.month}${year ? ` ${p.year}` : ""} ${p.hour}:${p.minute}`;
}

let toastTimer = 0;

export function showToast(text, { error = false } = {}) {
  const toast = el(
    "div",
    { className: `toast${error ? " toast-error" : ""}`, "data-testid": "toast", role: error ? "alert" : "status" },
    el("span", { className: "toast-text", text }),
    el("button", {
      type: "button",
      className: "toast-close",
      "aria-label": sentence("console.close_toast"),
      text: "×",
      onclick: () => toast.remove(),
    }),
  );
  $("toasts").replaceChildren(toast);
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => toast.remove(), error ? 10_000 : 6_000);
}

export const showError = (text) => showToast(text, { error: true });
