// The Dutch sentences about the roster: region files, their import, absences and /schakel rooster.

export const nlRoster = {
  "regionImport.unreadable": "Schakel kan dit bestand niet lezen. Sla het op als Excel-werkmap (.xlsx) of als CSV.",
  "regionImport.not_utf8":
    "Dit bestand is geen UTF-8. Kies in Excel bij Opslaan als: ‘CSV UTF-8 (door komma's gescheiden)’.",
  "regionImport.missing_sheet":
    "Dit blad ontbreekt. Gebruik `npm run region -- template` voor een leeg voorbeeld met alle bladen.",
  "regionImport.unknown_sheet":
    "Schakel kent dit blad niet{suggestion}. Geef het de juiste naam of haal het weg, dan gaat er niets verloren.",
  "regionImport.missing_column": "Deze kolom is verplicht. Zet de kolomnaam in de eerste rij van het blad.",
  "regionImport.unknown_column":
    "Schakel kent deze kolom niet{suggestion}. Verbeter de kolomnaam of haal de kolom weg.",
  "regionImport.duplicate_column": "Deze kolom staat twee keer in het blad. Laat er één over.",
  "regionImport.required": "Deze cel is verplicht. Vul hem in.",
  "regionImport.invalid_id": "Een id bestaat uit kleine letters, cijfers en streepjes, zoals {example}.",
  "regionImport.invalid_email": "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.",
  "regionImport.duplicate": "Deze waarde staat al in rij {row}. Elke regel moet uniek zijn.",
  "regionImport.duplicate_name_id":
    "Rij {row} heeft dezelfde naam, dus Schakel maakt er hetzelfde id van. Vul in de kolom id zelf een ander id in.",
  "regionImport.duplicate_sheet": "Dit blad staat twee keer in de import. Laat er één over.",
  "regionImport.empty_sheet": "Dit blad heeft nog geen regels. Vul er minstens één in onder de kolomnamen.",
  "regionImport.unknown_person":
    "Deze persoon staat niet in het blad Personen{suggestion}. Voeg de persoon toe of verbeter de naam.",
  "regionImport.unknown_organisation": "Deze organisatie staat niet in het blad Organisaties{suggestion}.",
  "regionImport.unknown_municipality": "Deze gemeente staat niet in het blad Gemeenten{suggestion}.",
  "regionImport.unknown_type":
    "Onbekend type organisatie{suggestion}. Kies een type uit de lijst of voeg het toe in het blad Organisatietypen.",
  "regionImport.ambiguous":
    "Deze naam hoort bij meer dan één regel van het andere blad. Gebruik hier het id (of bij een persoon het e-mailadres).",
  "regionImport.deputy_is_contact": "De vervanger moet iemand anders zijn dan de contactpersoon.",
  "regionImport.unknown_locale": "Kies nl (Nederlands) of en (Engels), of laat de cel leeg.",
  "regionImport.unknown_platform": "Kies console, slack of teams, of laat de cel leeg.",
  "regionImport.did_you_mean": " (bedoel je “{value}”?)",
  "region.handover":
    "Je bent nu vaste contactpersoon of vervanger voor:\n{lines}\n" +
    "Openstaande taken van deze meldingen komen vanaf nu bij jou.",
  "region.handover_line": "• {organisation} × {municipality} ({role}): {references}",
  "region.no_open_cases": "geen openstaande meldingen",
  "region.role.contact": "contactpersoon",
  "region.role.deputy": "vervanger",
  "region.role.coordinator": "coördinator",
  "region.summary": "Het rooster van {region} is bijgewerkt (door {by}):\n{lines}",
  "region.line.roster_changed": "• {organisation} × {municipality}: {role} {before} → {after}",
  "region.line.roster_added": "• {organisation} × {municipality}: nieuw in het rooster, contactpersoon {contact}",
  "region.line.roster_removed": "• {organisation} × {municipality}: uit het rooster",
  "region.line.person_deactivated": "• {name} staat niet meer in het bestand en is gedeactiveerd",
  "region.line.coordinator_added": "• {name} is nu coördinator",
  "region.line.coordinator_removed": "• {name} is geen coördinator meer",
} as const;
