// The Dutch sentences about the resident's AVG rights (access, rectification, erasure, restriction) and the view log.

export const nlAvg = {
  "avg.usage":
    "Gebruik: /schakel avg inzage|rectificatie|wissen|beperken|opheffen <referentie> <reden>. " +
    "Een coördinator van de regio voert het verzoek van de bewoner uit; de reden wordt vastgelegd.",
  "avg.reason_required":
    "Geef een reden op, bijvoorbeeld ‘verzoek van de bewoner per brief van 12 november’. Er is niets gewijzigd.",
  "avg.not_coordinator":
    "Alleen een coördinator van de regio van {reference} kan een AVG-verzoek uitvoeren. Er is niets gewijzigd.",
  "avg.restricted.done":
    "De gegevens van {reference} zijn beperkt: niemand kan ze openen of wijzigen tot een coördinator " +
    "de beperking opheft.",
  "avg.lifted.done": "De beperking op de gegevens van {reference} is opgeheven.",
  "avg.already_restricted": "De gegevens van {reference} zijn al beperkt. Er is niets gewijzigd.",
  "avg.not_restricted": "De gegevens van {reference} zijn niet beperkt. Er is niets gewijzigd.",
  "avg.erased.done":
    "De persoonsgegevens van {reference} zijn gewist: de sleutel is vernietigd. De melding blijft met referentie en " +
    "status staan voor de cijfers.",
  "avg.already_erased": "De persoonsgegevens van {reference} zijn al gewist. Er is niets gewijzigd.",
  "avg.restricted_refusal":
    "De gegevens van {reference} zijn beperkt op verzoek van de bewoner (AVG). Niemand kan ze openen of wijzigen " +
    "tot een coördinator de beperking opheft. Je poging is vastgelegd.",
  "avg.erased_refusal": "De persoonsgegevens van {reference} zijn gewist. Er valt niets meer te openen of te wijzigen.",
  "avg.rectify.title": "Gegevens corrigeren: {reference}",
  "avg.rectify.hint": "Vul alleen in wat verandert; lege velden blijven zoals ze zijn.",
  "avg.rectify.nothing": "Vul minstens één veld in dat verandert.",
  "avg.rectify.not_contact":
    "Alleen de vaste contactpersoon of vervanger van een partij op {reference} kan de gegevens corrigeren.",
  "avg.rectified.done":
    "De gegevens van {reference} zijn gecorrigeerd ({fields}). Alles is opnieuw versleuteld met een nieuwe sleutel; " +
    "de oude waarden zijn niet meer te lezen.",
  "avg.access.title": "Inzage: alles over het huishouden van {reference}",
  "avg.access.footer":
    "Vertrouwelijk, alleen voor jou. Voor het bestand voor de bewoner: npm run avg -- inzage {reference}. " +
    "Dit verzoek staat in het inzagelogboek.",
  "avg.access.case": "Melding {reference} ({flow}, {status})",
  "avg.access.erased": "gewist",
  "action.case.rectify": "Gegevens corrigeren",
  "card.privacy": "Gegevens",
  "card.privacy.restricted": "Beperkt (AVG)",
  "card.privacy.erased": "Gewist (AVG)",
  "viewlog.title": "Inzagelogboek",
  "viewlog.empty": "Nog niemand heeft de gegevens geopend.",
  "viewlog.details.viewed": "opende de gegevens",
  "viewlog.details.refused": "probeerde de gegevens te openen: geweigerd",
  "viewlog.avg.access": "gaf inzage (AVG)",
  "viewlog.avg.rectified": "corrigeerde de gegevens (AVG)",
  "viewlog.avg.restricted": "beperkte de gegevens (AVG)",
  "viewlog.avg.lifted": "hief de beperking op (AVG)",
  "viewlog.avg.erased": "wiste de gegevens (AVG)",
  "viewlog.line": "{at} · {name} ({organisation}) {what}",
} as const;
