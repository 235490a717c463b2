// The Dutch sentences only Teams shows: the Activity feed, dialogs, welcome, help and Teams' own refusals.

export const nlTeams = {
  // Teams activity feed (a lock screen may show it: reference, kind and step only) and forms as dialogs.
  "teams.feed.reminder": "Herinnering bij melding {reference}: ‘{step}’ wacht op jou.",
  "teams.feed.escalation": "Escalatie bij melding {reference}: ‘{step}’ ligt stil.",
  "teams.dialog.open": "Formulier openen",
  "teams.dialog.lead": "Het formulier opent in een venster.",
  "teams.more_actions": "Meer acties",
  "teams.unlinked":
    "Je Teams-account is nog niet gekoppeld aan iemand in het rooster van Schakel. We koppelen op je e-mailadres, maar dat staat niet in het rooster. Vraag de coördinator je account te koppelen. Er is niets gewijzigd.",
  "teams.wrong_tenant": "Deze Schakel-omgeving hoort bij een andere organisatie. Er is niets gewijzigd.",
  "teams.already_handled": "Dit was al verwerkt; er is niets dubbel gedaan.",
  "teams.back": "Terug naar de melding",
  "teams.welcome":
    "Welkom bij Schakel, {name}. Je krijgt hier voortaan je meldingen, herinneringen en escalaties. Typ ‘help’ voor de mogelijkheden.",
  "teams.help":
    "Schakel helpt corporatie, zorgaanbieder en gemeente samen te werken bij overlast, dreigende huisuitzetting en tweede kansen.\n• {commands}: nieuwe melding\n• mijn taken: jouw openstaande taken\n• status <referentie>: stand van een melding\n• rooster [gemeente]: contactpersonen, vervangers en wie er afwezig is\n• afwezig <van> <tot>: je afwezigheid doorgeven\n• help: deze uitleg\nIn een kanaal noem je eerst @Schakel.",
  "teams.unknown_command": "Dat begrijp ik niet. Typ ‘help’ voor de mogelijkheden.",
  "teams.waiting_privately":
    "Er staat een privébericht over melding {reference} voor je klaar. Voeg Schakel toe als persoonlijke app in Teams om het te lezen: in dit kanaal staat alleen wat iedereen hier mag zien.",
  "teams.not_installed":
    "{name} heeft de Schakel-app nog niet persoonlijk in Teams geïnstalleerd en krijgt berichten daarom met een vermelding in het kanaal. Vraag {name} de app toe te voegen.",
  // Ack first: what a press or a dialog shows at once, and what follows privately when the work did not go through.
  "teams.processing_case": "Wordt verwerkt… De kaart van {reference} wordt zo bijgewerkt.",
  "teams.processing_report":
    "Je melding wordt verwerkt… De bevestiging met het zaaknummer volgt in je chat met Schakel.",
  "teams.not_processed": "Je actie op {reference} is niet uitgevoerd: {reason}",
  "teams.report_not_processed": "Je melding is niet aangemaakt: {reason}",
  "teams.fix_and_send_again": "{errors} Open het formulier opnieuw, verbeter het en verstuur het nog eens.",
  "teams.choose_in_form": "Kies hieronder en verstuur het formulier.",
} as const;
