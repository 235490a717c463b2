// The coordinator's web page frame: a server-rendered HTML shell, the navigation with the sign-out form
// (POST with the session's CSRF token) and the plain message page used for refusals. No scripts.
import { t, type Locale } from "../i18n/messages.ts";
import { escapeXml as h } from "./digest-chart-svg.ts";

export const COORDINATOR_STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;max-width:64rem;color:#222}
nav{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;border-bottom:1px solid #ddd;padding-bottom:.5rem}
nav form{margin-left:auto}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;
border-bottom:1px solid #eee;vertical-align:top}.overdue{color:#a40000;font-weight:600}`;

export interface NavInfo {
  name: string;
  csrfToken: string;
  regionId?: string;
}

export function renderNav(nav: NavInfo, locale: Locale = "nl"): string {
  const region = nav.regionId ? `?region=${encodeURIComponent(nav.regionId)}` : "";
  const link = (href: string, key: Parameters<typeof t>[1]) => `<a href="${h(href)}">${h(t(locale, key))}</a>`;
  return `<nav><strong><a href="/">${h(t(locale, "web.title"))}</a></strong>
${link(`/digest${region}`, "web.nav.digest")} ${link(`/roster${region}`, "web.nav.roster")}
${link(`/cases${region}`, "web.nav.cases")}
<span>${h(t(locale, "web.signed_in_as", { name: nav.name }))}</span>
<form method="post" action="/auth/logout"><input type="hidden" name="_csrf" value="${h(nav.csrfToken)}">
<button type="submit" data-testid="sign-out">${h(t(locale, "web.sign_out"))}</button></form></nav>`;
}

export function renderShell(title: string, body: string, nav: NavInfo | null, locale: Locale = "nl"): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${h(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${COORDINATOR_STYLE}</style></head><body>
${nav ? renderNav(nav, locale) : ""}<main>${body}</main></body></html>`;
}

/** A page with one sentence (refusals, expired sign-in, signed out) and an optional link to sign in again. */
export function renderMessagePage(title: string, sentence: string, signInAgain: boolean, locale: Locale = "nl") {
  const again = signInAgain ? `<p><a href="/auth/login">${h(t(locale, "web.sign_in_again"))}</a></p>` : "";
  return renderShell(title, `<h1>${h(title)}</h1><p data-testid="message">${h(sentence)}</p>${again}`, null, locale);
}
