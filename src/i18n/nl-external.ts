// The Dutch sentences of external participants: a person from outside the roster on one case, in a flow's role.

export const nlExternal = {
  "cmd.external.usage":
    "Gebruik: /schakel extern <referentie> (wie er extern meedoet), /schakel extern <referentie> toevoegen <rol> " +
    "<naam>[; <contact>], /schakel extern <referentie> verwijderen <E1>, /schakel extern <referentie> namens <E1> " +
    "[notitie].",
  "cmd.external.header": "Externe deelnemers bij {reference}:",
  "cmd.external.line": "E{number} {role}, toegevoegd {at}{state}",
  "cmd.external.line_removed": " (verwijderd)",
  "cmd.external.none": "Bij {reference} doen geen externe deelnemers mee.",
  "cmd.external.added":
    "{role} toegevoegd aan {reference} als E{number}. Geef deze eenmalige code persoonlijk door, nooit in een " +
    "kanaal: {code} (geldig tot {until}). Met de code meldt de persoon zich aan op de Schakel-pagina /extern en ziet " +
    "alleen deze melding.",
  "cmd.external.removed": "E{number} ({role}) is verwijderd van {reference}; de toegang is direct beëindigd.",
  "cmd.external.on_behalf_done": "‘{step}’ is vastgelegd namens E{number} ({role}).",
  "error.external_no_roles": "Het protocol van {reference} kent geen externe deelnemers.",
  "error.external_unknown_role": "Onbekende rol ‘{role}’. Kies uit: {roles}.",
  "error.external_name_required": "Vul de naam van de externe deelnemer in (na de rol).",
  "error.external_not_manager": "Alleen de contactpersonen van {parties} kunnen een {role} toevoegen of verwijderen.",
  "error.external_unknown": "Bij {reference} is geen (actieve) externe deelnemer {number}.",
  "error.external_no_open_step": "Voor {role} staat bij {reference} nu geen stap open.",
  "error.external_step_not_role": "‘{step}’ is niet aan u als {role} gegeven; u kunt alleen {steps} afronden.",
  "error.external_code_refused":
    "Deze uitnodigingscode is onbekend, al gebruikt of verlopen. Vraag wie u uitnodigde om een nieuwe code.",
  "error.external_access_ended": "Uw toegang tot deze melding is beëindigd.",
  "error.external_session_required": "Meld u eerst aan met de uitnodigingscode die u kreeg.",
  "error.external_other_case": "U heeft als externe deelnemer alleen toegang tot melding {reference}.",
  "error.external_lists_refused":
    "Als externe deelnemer heeft u alleen toegang tot uw eigen melding; lijsten, kanalen en andere meldingen zijn " +
    "niet beschikbaar.",
  "notice.external_added": "{organisation} heeft een externe deelnemer toegevoegd: {role}.",
  "notice.external_removed": "De externe deelnemer ({role}) heeft geen toegang meer tot deze melding.",
  "notice.external_step_completed": "‘{step}’ is afgerond door de externe deelnemer ({role}).",
  "notice.external_on_behalf": "{organisation} heeft ‘{step}’ afgerond namens de externe deelnemer ({role}).",
  "details.external": "Externe deelnemer E{number} ({role})",
  "details.external_removed": "{person} (verwijderd)",
  "details.on_behalf": "{organisation} namens {role} (extern)",
  "view_log.external": "Externe deelnemer ({role})",
  "viewlog.external.signed_in": "meldde zich aan met de uitnodigingscode",
  "extern.page.due": " (uiterlijk {at})",
  "extern.page.status.open": "open",
  "extern.page.status.done": "afgerond",
  "extern.page.status.not_started": "nog niet begonnen",
  "extern.page.note": "Notitie (alleen voor de betrokken partijen)",
  "extern.page.complete": "Afronden",
  "extern.page.title": "{reference} · {title} ({municipality}) · u bent {role}",
  "extern.page.signed_in": "Aangemeld voor melding {reference}.",
  "extern.page.heading": "Schakel · externe deelnemer",
  "extern.page.code": "Uitnodigingscode",
  "extern.page.sign_in": "Aanmelden",
  "extern.page.sign_out": "Afmelden",
  "extern.page.steps": "Uw stappen",
  "error.external_event_not_role": "Deze gebeurtenis kunt u als {role} niet vastleggen. U kunt vastleggen: {events}.",
  "done.external_event": "‘{event}’ is vastgelegd bij {reference}. De betrokken partijen zijn ingelicht.",
  "extern.page.events": "Gebeurtenis vastleggen",
  "extern.page.event": "Gebeurtenis",
  "extern.page.reason": "Reden (alleen voor de betrokken partijen)",
  "extern.page.record": "Vastleggen",
  "action.case.external_complete": "Stap afronden",
  "action.case.external_event": "Gebeurtenis vastleggen",
  "guest.card.subtitle": "{municipality} · u bent {role} (externe deelnemer)",
  "guest.card.footer":
    "U ziet alleen deze melding en alleen wat uw rol nodig heeft. Geen persoonsgegevens in dit bericht.",
  "guest.card.no_steps": "Geen stap voor u open",
  "guest.welcome":
    "Welkom. U doet als {role} mee aan melding {reference}. Hier krijgt u berichten over uw stappen; met de knoppen " +
    "rondt u ze af.",
  "guest.step_open": "Bij melding {reference} staat ‘{step}’ voor u als {role} open, uiterlijk {deadline}.",
  "guest.access_ended": "Uw toegang tot melding {reference} is beëindigd. U krijgt er geen berichten meer over.",
  "guest.help":
    "Als externe deelnemer kunt u hier alleen uw eigen melding zien en de stappen van uw rol afronden. Typ " +
    "‘gebeurtenis <gebeurtenis> <reden>’ om een gebeurtenis vast te leggen die uw rol mag vastleggen.",
  "guest.not_your_action":
    "Als externe deelnemer ({role}) kunt u dit niet doen; u kunt alleen uw eigen stappen afronden.",
  "error.guest_is_roster":
    "Deze code is voor iemand buiten het rooster; u staat al in het rooster van Schakel en werkt aan meldingen als " +
    "contactpersoon. De code is niet gebruikt: geef hem terug aan wie hem uitgaf.",
  "form.external_event.title": "Gebeurtenis vastleggen bij {reference}",
  "guest.teams_personal_only":
    "Stuur de uitnodigingscode alleen in uw persoonlijke chat met Schakel, nooit in een kanaal. Vraag een nieuwe " +
    "code aan wie u uitnodigde als anderen hem hebben gezien.",
  "guest.event_by_text": "Typ hier in de chat: gebeurtenis <code> <reden>. U kunt vastleggen: {events}.",
};
