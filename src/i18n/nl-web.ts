// The Dutch sentences of the production web page: sign-in, refusals, the coordinators' roster and case list.

export const nlWeb = {
  "web.title": "Schakel voor coördinatoren",
  "web.signed_in_as": "Aangemeld als {name}",
  "web.sign_out": "Afmelden",
  "web.nav.digest": "Weekoverzicht",
  "web.nav.roster": "Rooster",
  "web.nav.cases": "Meldingen",
  "web.home.intro":
    "Je coördineert: {regions}. Kies per regio het weekoverzicht (met grafiek en export), het rooster of de meldingen.",
  "web.roster.title": "Rooster {region}",
  "web.roster.organisation": "Organisatie",
  "web.roster.municipality": "Gemeente",
  "web.roster.contact": "Contactpersoon",
  "web.roster.deputy": "Vervanger",
  "web.roster.coordinator": "Coördinator",
  "web.roster.region_coordinators": "Coördinatoren van de regio: {names}",
  "web.cases.title": "Meldingen {region}",
  "web.cases.intro":
    "Open meldingen en meldingen die de laatste {days} dagen zijn afgesloten. Alleen referenties en kenmerken, geen persoonsgegevens.",
  "web.cases.reference": "Referentie",
  "web.cases.flow": "Protocol",
  "web.cases.step": "Stap",
  "web.cases.status": "Status",
  "web.cases.level": "Niveau",
  "web.cases.deadlines": "Termijnen",
  "web.cases.status.open": "open",
  "web.cases.status.closed": "afgesloten",
  "web.cases.overdue": "te laat",
  "web.cases.none": "Geen meldingen.",
  "web.refused.title": "Geen toegang",
  "web.refused.not_coordinator":
    "Je bent aangemeld, maar je staat niet als coördinator in het rooster van Schakel. Deze pagina is alleen voor coördinatoren. Klopt dat niet? Vraag de coördinator van je regio om je e-mailadres als coördinator in het rooster te zetten.",
  "web.refused.unverified":
    "Je account stuurt geen bevestigd e-mailadres mee, dus we kunnen je niet in het rooster vinden. Vraag je IT-beheer om het e-mailadres als bevestigd mee te sturen (zie de handleiding).",
  "web.sign_in_failed": "Aanmelden is niet gelukt of duurde te lang. Er is niets gewijzigd; probeer het opnieuw.",
  "web.sign_in_unavailable":
    "Aanmelden kan nu niet: de aanmeldpagina van je organisatie reageert niet. Probeer het over een paar minuten opnieuw.",
  "web.sign_in_again": "Opnieuw aanmelden",
  "web.signed_out": "Je bent afgemeld.",
  "web.csrf_refused":
    "Dit formulier is verlopen of kwam niet van deze pagina. Er is niets gewijzigd. Vernieuw de pagina en probeer het opnieuw.",
  "web.unauthenticated": "Meld je eerst aan.",
  "web.not_found": "Deze pagina bestaat niet.",
} as const;
