// The Dutch catalogue: every sentence a person reads, in plain Dutch (the default language).
// Parameters are structured, non-personal values (references, organisation names, step labels, dates).
import { nlAvg } from "./nl-avg.ts";
import { nlConsole } from "./nl-console.ts";
import { nlDigest } from "./nl-digest.ts";
import { nlWeb } from "./nl-web.ts";
import { nlFlow } from "./nl-flow.ts";
import { nlExternal } from "./nl-external.ts";
import { nlRoster } from "./nl-roster.ts";
import { nlTeams } from "./nl-teams.ts";

export const nl = {
  "form.required": "Vul dit veld in.",
  "form.invalid_option": "Kies een van de opties.",
  "form.invalid_date": "Vul een geldige datum in (jjjj-mm-dd).",
  "form.date_in_future": "Deze datum ligt in de toekomst.",
  "form.date_before": "Deze datum ligt vóór {other} ({date}); die komt eerst.",
  "form.date_after": "Deze datum ligt na {other} ({date}); die komt later.",
  "form.date_in_past": "Deze datum ligt in het verleden. Vul vandaag of een latere datum in.",
  "form.dates_refused": "Controleer de gemarkeerde data.",
  "form.invalid_number": "Vul een getal in.",
  "form.too_long": "Gebruik hoogstens {max} tekens.",
  "form.too_small": "Vul minstens {min} in.",
  "form.too_large": "Vul hoogstens {max} in.",
  "form.no_roster":
    "{organisation} heeft in {municipality} geen vaste contactpersoon. Vraag de coördinator het rooster aan te vullen.",
  "form.no_party_org":
    "Er staat in {municipality} geen {party} in het rooster. Vraag de coördinator het rooster aan te vullen.",
  "form.wrong_type": "Deze organisatie is geen {party}.",
  "form.report.submit": "Melden",
  "form.submit": "Versturen",
  "form.note.title": "Notitie toevoegen",
  "form.complete.title": "Stap afronden: {step}",
  "form.escalate.title": "Opschalen naar: {level}",
  "form.deescalate.title": "Afschalen naar: {level}",
  "form.close.title": "Melding afsluiten",
  "form.reopen.title": "Melding heropenen",
  "form.ack_party.title": "Bevestigen namens",
  "form.advise.title": "Advies over de tweede kans",
  "form.conditions.title": "Voorwaarden van de overeenkomst",
  "form.evaluate.title": "Evaluatie vastleggen",
  "form.set_flag.title": "Bezwaar vastleggen",
  "form.lift_flag.title": "Bezwaar intrekken",
  "form.dates.title": "Data van de procedure",
  "form.dates.hint_after": "Niet vóór {other}.",
  "form.dates.hint_not_in_past": "Niet in het verleden.",
  "form.opt_in.title": "Traject starten",
  "field.advice": "Advies",
  "field.motivation": "Motivering",
  "field.responsible": "Verantwoordelijk voor {condition}",
  "field.evaluation": "Uitkomst evaluatie",
  "field.flag": "Wat wil je vastleggen of intrekken?",
  "field.step": "Traject",
  "advice.agree": "Akkoord",
  "advice.agree_with_conditions": "Akkoord onder voorwaarden",
  "advice.disagree": "Niet akkoord",
  "field.note": "Notitie",
  "field.note.hint": "Alleen zichtbaar voor de contactpersonen, via Bekijk gegevens. Nooit in het kanaal.",
  "field.reason": "Reden",
  "field.reason.hint": "Alleen zichtbaar voor de contactpersonen, via Bekijk gegevens.",
  "field.outcome": "Uitkomst",
  "field.party": "Partij",
  "error.not_allowed":
    "Je bent geen vaste contactpersoon, vervanger of coördinator van deze melding, dus je kunt hier niet namens een partij handelen. Er is niets gewijzigd.",
  "error.unknown_person":
    "We kennen je nog niet als deelnemer van Schakel. Vraag de coördinator je account te koppelen.",
  "error.case_not_found": "Die melding bestaat niet (meer).",
  "error.reference_not_found": "Melding {reference} is niet gevonden.",
  "error.case_closed": "Melding {reference} is afgesloten. Heropen haar eerst.",
  "error.case_open": "Melding {reference} is nog open.",
  "error.already_acknowledged": "{organisation} had de melding al bevestigd.",
  "error.nothing_to_acknowledge": "Er staat voor jou niets (meer) te bevestigen bij {reference}.",
  "error.no_open_step": "Melding {reference} heeft geen openstaande stap.",
  "error.not_owner":
    "De stap ‘{step}’ is van {organisation}. Alleen hun contactpersoon, vervanger of een coördinator kan haar afronden. Er is niets gewijzigd.",
  "error.step_blocked": "De stap ‘{step}’ is geblokkeerd. {explanation}",
  "error.top_level": "Melding {reference} staat al op het hoogste niveau.",
  "error.bottom_level": "Melding {reference} staat al op het laagste niveau.",
  "error.details_forbidden":
    "Alleen de vaste contactpersonen van deze melding en hun vervangers kunnen de gegevens inzien.",
  "error.conflict": "Iemand anders wijzigde de melding op hetzelfde moment. Probeer het nog eens.",
  "error.case_changed":
    "De zaak is intussen gewijzigd. Hieronder staat {reference} zoals hij nu is; kies zo nodig opnieuw.",
  "error.form_in_progress": "Dit formulier wordt al verwerkt. Je krijgt het antwoord zo; er gebeurt niets dubbel.",
  "error.internal": "Er ging iets mis aan onze kant. Er is niets verloren gegaan; probeer het zo nog eens.",
  "error.unknown_command": "Dat commando ken ik niet. Typ /schakel help voor de mogelijkheden.",
  "error.unknown_action": "Deze knop werkt niet meer. Vernieuw het bericht en probeer het opnieuw.",
  "error.invalid_form": "Dit formulier is verlopen of onbekend. Open het opnieuw.",
  "error.invalid_request": "Het verzoek was onvolledig: {detail}",
  "error.unknown_flow": "Er is geen protocol voor {command}.",
  "card.kind": "Soort",
  "card.municipality": "Gemeente",
  "card.step": "Stap",
  "card.deadline": "Termijn",
  "card.acknowledged": "Bevestigd",
  "card.waiting": "Wacht op",
  "card.level": "Niveau",
  "card.status": "Status",
  "card.outcome": "Uitkomst",
  "card.parties": "Partijen",
  "card.ready_to_close": "Alle stappen gedaan: klaar om af te sluiten",
  "card.overdue": "verlopen",
  "card.nobody": "nog niemand",
  "card.everyone": "iedereen",
  "card.footer": "Geen persoonsgegevens in dit kanaal. Contactpersonen zien de details via Bekijk gegevens.",
  "status.open": "Open",
  "status.closed": "Afgesloten",
  "action.case.acknowledge": "Bevestigen",
  "action.case.complete_step": "Stap afronden",
  "action.case.add_note": "Notitie",
  "action.case.escalate": "Opschalen",
  "action.case.deescalate": "Afschalen",
  "action.case.details": "Bekijk gegevens",
  "action.case.close": "Afsluiten",
  "action.case.reopen": "Heropenen",
  "action.case.advise": "Advies geven",
  "action.case.record_conditions": "Voorwaarden vastleggen",
  "action.case.evaluate": "Evaluatie vastleggen",
  "action.case.set_flag": "Bezwaar vastleggen",
  "action.case.lift_flag": "Bezwaar intrekken",
  "action.case.enter_dates": "Datums invullen",
  "action.case.opt_in": "Traject starten",
  "action.case.opt_in_named": "Start: {step}",
  "action.case.extend_trial": "Proefperiode verlengen",
  "form.extend_trial.title": "Proefperiode verlengen",
  "action.case.record_event": "Gebeurtenis vastleggen",
  "form.record_event.title": "Gebeurtenis vastleggen",
  "field.event": "Gebeurtenis",
  "notice.case_event": "{organisation} heeft vastgelegd: ‘{event}’.",
  "notice.case_event_dm":
    "Bij melding {reference} heeft {organisation} vastgelegd: ‘{event}’. De toelichting staat bij de gegevens.",
  "notice.trial_extended": "{organisation} heeft de proefperiode verlengd tot {until}; de evaluaties lopen door.",
  "card.blocked": "Geblokkeerd",
  "card.on_hold": "Opgeschort",
  "card.recorded": "Vastgelegd",
  "card.countdown": "{label}",
  "card.countdown_value": "over {days} werkdagen ({date})",
  "card.advice": "Advies",
  "card.overdue_field": "Te laat",
  "card.ladder": "Opschaling",
  "card.ladder.owner": "Contactpersoon opnieuw gevraagd",
  "card.ladder.deputy": "Vervanger ingeschakeld",
  "card.ladder.coordinator": "Coördinator ingeschakeld",
  "card.ladder.organisation": "Doorgezet naar {organisation}",
  "card.ladder.other": "de volgende organisatie",
  "card.advice_value": "{given} van {total} partijen",
  "card.decision": "Besluit",
  "card.conditions": "Voorwaarden",
  "card.evaluations": "Evaluaties",
  "card.evaluations_value": "{done} van {total} gedaan",
  "card.evaluations_next": "volgende {date}",
  "card.linked": "Hoort bij overeenkomst",
  "notice.routed":
    "Nieuwe melding {reference} ({kind}, {municipality}). Je bent de vaste contactpersoon van {organisation}. Bevestig de ontvangst uiterlijk {deadline}.",
  "notice.routed_step":
    "Nieuwe melding {reference} ({kind}, {municipality}). Je bent de vaste contactpersoon van {organisation}. Eerste stap: ‘{step}’.",
  "notice.routed_own":
    "Nieuwe melding {reference} ({kind}, {municipality}) is aangemaakt. Je bent de vaste contactpersoon van {organisation}; omdat je haar zelf meldde, is de ontvangst voor {organisation} al bevestigd.",
  "notice.routed_deputy":
    "Ter info: nieuwe melding {reference} ({kind}, {municipality}) voor {organisation}. Je bent vervanger van de vaste contactpersoon.",
  "notice.joined":
    "Melding {reference} ({municipality}) komt nu bij {organisation}: de stap ‘{step}’ is begonnen. Je bent de vaste contactpersoon.",
  "notice.joined_deputy":
    "Ter info: melding {reference} ({municipality}) komt nu bij {organisation} (stap ‘{step}’). Je bent vervanger van de vaste contactpersoon.",
  "notice.reported_card_waiting_on":
    "{reference} is aangemaakt, maar de kaart kon nog niet in het gedeelde kanaal op {platforms} worden geplaatst. " +
    "Schakel probeert het opnieuw en meldt het de coördinatoren als dat blijft mislukken.",
  "notice.reported_card_waiting":
    "{reference} is aangemaakt, maar de kaart kon nog niet in het gedeelde kanaal worden geplaatst. Schakel probeert het opnieuw en meldt het de coördinatoren als dat blijft mislukken.",
  "notice.reported": "{flow} {reference} is aangemaakt en naar de partijen gestuurd.",
  "notice.acknowledged": "{organisation} heeft de melding bevestigd.",
  "notice.acknowledged_by_coordinator": "De coördinator heeft de melding bevestigd namens {organisation}.",
  "notice.step_started": "Volgende stap: ‘{step}’ door {organisation}, uiterlijk {deadline}.",
  "notice.step_assigned":
    "Melding {reference}: de stap ‘{step}’ is voor {organisation}. Rond de stap af uiterlijk {deadline}.",
  "notice.step_completed": "{organisation} heeft ‘{step}’ afgerond.",
  "notice.all_steps_done": "Alle stappen zijn gedaan. De melding kan worden afgesloten.",
  "notice.step_blocked": "De stap ‘{step}’ is geblokkeerd: {flag}.",
  "notice.flag_set": "{organisation} heeft vastgelegd: {flag}.",
  "notice.flag_cleared": "{organisation} heeft opgeheven: {flag}.",
  "notice.step_released": "De stap ‘{step}’ kan weer verder, uiterlijk {deadline}.",
  "notice.opted_in": "{organisation} is gestart met ‘{step}’.",
  "notice.dates_entered": "{organisation} heeft data van de procedure ingevuld: {dates}.",
  "notice.date_notice": "Melding {reference}: {label} over {days} werkdagen ({date}). Kan de gemeente nog iets doen?",
  "notice.advice_given": "{organisation} heeft advies gegeven.",
  "notice.decision": "Besluit tweede kans ({rule}): {result}.",
  "notice.conditions_recorded": "{organisation} heeft de voorwaarden vastgelegd: {conditions}.",
  "notice.evaluation_recorded": "Evaluatie {number}: {outcome} (vastgelegd door {organisation}).",
  "notice.linked_case":
    "Nieuwe melding {reference} ({kind}) betreft het huishouden van lopende overeenkomst {agreement}.",
  "notice.linked_agreement": "Deze melding hoort bij het huishouden van lopende overeenkomst {agreement}.",
  "notice.note_added": "{organisation} heeft een notitie toegevoegd (te lezen via Bekijk gegevens).",
  "notice.escalated": "Opgeschaald naar ‘{level}’ door {organisation}.",
  "notice.deescalated": "Afgeschaald naar ‘{level}’ door {organisation}.",
  "notice.delivery_dead":
    "Een bericht over {reference} kon niet worden afgeleverd op {platform} ({code}) en wordt niet meer geprobeerd. Laat de beheerder het herstellen en opnieuw versturen (npm run outbox -- retry).",
  "notice.escalated_coordinators":
    "Melding {reference} ({municipality}) is opgeschaald naar ‘{level}’ door {organisation}.",
  "notice.closed": "Afgesloten door {organisation} met uitkomst ‘{outcome}’.",
  "notice.reopened": "Heropend door {organisation}. Stap ‘{step}’ loopt weer, uiterlijk {deadline}.",
  "notice.reminder.owner":
    "Herinnering: ‘{step}’ bij melding {reference} is niet gedaan en de termijn ({deadline}) is verstreken. Wil je het vandaag oppakken?",
  "notice.reminder.deputy":
    "Je bent vervanger voor {organisation}. ‘{step}’ bij melding {reference} ligt stil sinds de termijn van {deadline}; wil jij het overnemen?",
  "notice.reminder.coordinator":
    "Escalatie: {organisation} heeft ‘{step}’ bij melding {reference} ({municipality}) niet gedaan (termijn {deadline}). Contactpersoon en vervanger zijn herinnerd.",
  "notice.reminder.organisation":
    "Escalatie naar {level}: ‘{step}’ bij melding {reference} ({municipality}, {organisation}) ligt stil sinds {deadline}.",
  "notice.thread.owner": "Termijn verstreken voor ‘{step}’ van {organisation}: contactpersoon herinnerd.",
  "notice.thread.deputy": "‘{step}’ van {organisation} ligt nog stil: vervanger ingeschakeld.",
  "notice.thread.coordinator": "‘{step}’ van {organisation} ligt nog stil: coördinator ingeschakeld.",
  "notice.thread.organisation": "‘{step}’ van {organisation} ligt nog stil: {level} ingeschakeld.",
  // Absences and the roster in chat (/schakel afwezig, /schakel rooster).
  "notice.acting.nobody":
    "Melding {reference} ({municipality}): voor {organisation} is nu niemand aanwezig, want de contactpersoon en de vervanger zijn allebei afwezig. Wil jij zorgen dat het werk wordt opgepakt?",
  "notice.routed_acting":
    "Nieuwe melding {reference} ({kind}, {municipality}). De vaste contactpersoon van {organisation} is afwezig en jij neemt waar. Bevestig de ontvangst uiterlijk {deadline}.",
  "notice.step_assigned_acting":
    "Melding {reference}: de stap ‘{step}’ is voor {organisation}. De vaste contactpersoon is afwezig en jij neemt waar. Rond haar af uiterlijk {deadline}.",
  "notice.reminder.acting":
    "Je neemt waar voor de afwezige contactpersoon van {organisation}. Herinnering: ‘{step}’ bij melding {reference} is niet gedaan en de termijn ({deadline}) is verstreken. Wil je het vandaag oppakken?",
  "notice.reminder.nobody":
    "Escalatie: {organisation} heeft ‘{step}’ bij melding {reference} ({municipality}) niet gedaan (termijn {deadline}), en contactpersoon en vervanger zijn allebei afwezig. Wil jij zorgen dat het wordt opgepakt?",
  "notice.thread.acting": "Termijn verstreken voor ‘{step}’ van {organisation}: waarnemend contactpersoon herinnerd.",
  "notice.thread.nobody":
    "‘{step}’ van {organisation} ligt stil en contactpersoon en vervanger zijn afwezig: coördinator ingeschakeld.",
  "notice.absence.recorded": "Afwezigheid vastgelegd: {name} ({organisation}) van {from} t/m {until}, door {by}.",
  "notice.absence.ended": "Afwezigheid beëindigd: {name} ({organisation}), gepland {from} t/m {until}, door {by}.",
  "notice.absence.acting_for":
    "Je neemt van {from} t/m {until} waar voor {name} als contactpersoon van {organisation} in {municipality}. Nieuwe meldingen, herinneringen en escalaties komen in die periode bij jou.",
  "notice.absence.acting_ended":
    "{name} is weer aanwezig: je neemt niet meer waar als contactpersoon van {organisation} in {municipality}.",
  "notice.absence.recorded_for_you":
    "{by} heeft afwezigheid voor je vastgelegd: {from} t/m {until}. Je vervanger neemt in die periode waar.",
  "notice.absence.ended_for_you":
    "{by} heeft je afwezigheid ({from} t/m {until}) beëindigd. Berichten komen weer bij jou.",
  "card.acting": "Waarnemend",
  "card.acting_value": "{acting} ({absent} afwezig t/m {until})",
  "card.acting_nobody": "coördinator ({away})",
  "card.away_item": "{name} afwezig t/m {until}",
  "cmd.roster.header": "Rooster {municipality}",
  "cmd.roster.line": "• {organisation}: contactpersoon {contact}, vervanger {deputy}, coördinator {coordinator}",
  "cmd.roster.nobody": "geen",
  "cmd.roster.regional": "{names} (regio)",
  "cmd.roster.absent": "   Nu {away}. Waarnemend: {acting}.",
  "cmd.roster.acting_coordinator": "de coördinator",
  "cmd.roster.empty": "Er staat nog niemand in het rooster voor {municipality}.",
  "error.roster_unknown_municipality": "De gemeente ‘{name}’ ken ik niet. Kies een van: {names}.",
  "cmd.absence.usage":
    "Gebruik: /schakel afwezig <van> <tot>, bijvoorbeeld /schakel afwezig 30-11-2026 4-12-2026 (beide dagen tellen mee). /schakel afwezig toont de afwezigheden, /schakel afwezig stop beëindigt de jouwe. Een coördinator zet er een persoon voor: /schakel afwezig <persoon> <van> <tot>.",
  "cmd.absence.recorded": "Afwezigheid vastgelegd voor {name}: {from} t/m {until}.",
  "cmd.absence.acting_line": "• {organisation}, {municipality}: waarnemend {acting}",
  "cmd.absence.ended": "Afwezigheid van {name} ({from} t/m {until}) is beëindigd. Berichten gaan weer naar {name}.",
  "cmd.absence.list_header": "Afwezigheden, nu en gepland:",
  "cmd.absence.list_line": "• {name}: {from} t/m {until}{now}",
  "cmd.absence.now": " (nu afwezig)",
  "cmd.absence.list_empty": "Er staan geen lopende of geplande afwezigheden die jij kunt zien.",
  "error.absence.invalid_date":
    "‘{value}’ is geen geldige datum. Schrijf de datum als d-m-jjjj (bijvoorbeeld 4-12-2026) of jjjj-mm-dd. Er is niets vastgelegd.",
  "error.absence.end_before_start": "De einddatum {to} ligt vóór de begindatum {from}. Er is niets vastgelegd.",
  "error.absence.in_past":
    "De begindatum {from} ligt in het verleden. Een afwezigheid begint vandaag of later; er is niets vastgelegd.",
  "error.absence.too_long":
    "Een afwezigheid duurt hoogstens een jaar, en {from} t/m {to} is langer. Er is niets vastgelegd.",
  "error.absence.unknown_person":
    "Ik ken niemand die ‘{person}’ heet. Gebruik de id, de naam of het e-mailadres uit het rooster.",
  "error.absence.ambiguous_person":
    "‘{person}’ past op meer dan één persoon ({names}). Gebruik de id of het e-mailadres.",
  "error.absence.not_allowed":
    "Alleen een coördinator van de regio kan een afwezigheid voor iemand anders vastleggen of beëindigen. Er is niets gewijzigd.",
  "error.absence.overlap":
    "{name} staat al afwezig van {from} t/m {until}, en dat overlapt. Beëindig die eerst met /schakel afwezig stop, of kies een andere periode.",
  "error.absence.nothing_to_end": "{name} heeft geen lopende of geplande afwezigheid.",
  "view.title": "Gegevens {reference}",
  "view.footer":
    "Vertrouwelijk. Dit overzicht wordt niet in de chat bewaard; dat je het opende staat in het inzagelogboek " +
    "(hierboven, en bij /schakel status voor de partijen op de melding).",
  "view.legal_basis": "Grondslag",
  "cmd.help":
    "Schakel helpt corporatie, zorgaanbieder en gemeente samen te werken bij overlast, dreigende huisuitzetting en tweede kansen.\n• {commands}: nieuwe melding\n• /schakel mijn: jouw openstaande taken\n• /schakel status <referentie>: stand van een melding\n• /schakel rooster [gemeente]: contactpersonen, vervangers en wie er afwezig is\n• /schakel afwezig <van> <tot>: je afwezigheid doorgeven (/schakel afwezig toont ze, /schakel afwezig stop beëindigt)\n• /schakel avg inzage|rectificatie|wissen|beperken|opheffen <referentie> <reden>: rechten van de bewoner (coördinator)\n• /schakel help: deze uitleg",
  "view.entry.note": "Notitie",
  "view.entry.step_completed": "Stap afgerond",
  "view.entry.escalated": "Reden opschalen",
  "view.entry.deescalated": "Reden afschalen",
  "view.entry.closed": "Afgesloten",
  "view.entry.reopened": "Reden heropenen",
  "view.entry.advice": "Advies",
  "view.entry.trial_extended": "Reden verlenging proefperiode",
  "view.entry.evaluation": "Evaluatie",
  "view.entry.step": "Stap: {step}",
  "view.entry.advice_value": "Advies: {advice}",
  "view.entry.evaluation_value": "Moment {number}: {outcome}",
  "cmd.mine.empty": "Je hebt geen openstaande taken.",
  "cmd.mine.header": "Jouw openstaande taken:",
  "cmd.mine.line": "• {reference}: {step} voor {organisation}, uiterlijk {deadline}{overdue}",
  "cmd.mine.overdue": " (verlopen)",
  "cmd.mine.line_no_deadline": "• {reference}: {step} voor {organisation}, geen termijn",
  "deadline.none": "geen termijn",
  "cmd.link.usage":
    "Gebruik: /schakel koppel <persoon-id of e-mailadres> (coördinatoren: geeft een code), /schakel koppel <code> " +
    "(je eigen account koppelen) of /schakel koppel @gebruiker <persoon-id of e-mailadres>.",
  "cmd.link.code_issued":
    "Code voor {name}: {code}. Geef deze code persoonlijk aan {name}, die typt `/schakel koppel {code}` in Slack " +
    "of `koppel {code}` in Teams. De code werkt één keer, tot {until}.",
  "cmd.link.code_done": "Gekoppeld: je bent in Schakel {name}. Je meldingen komen voortaan hier.",
  "cmd.link.code_refused":
    "Deze code is onbekend, al gebruikt of verlopen. Er is niets gekoppeld. Vraag de coördinator om een nieuwe code.",
  "cmd.link.done": "Gekoppeld aan {name}.",
  "error.link_coordinators_only": "Alleen een coördinator kan accounts koppelen.",
  "error.link_unknown_person": "{person} staat niet in het rooster.",
  "cmd.status.usage": "Gebruik: /schakel status <referentie>, bijvoorbeeld /schakel status OV-2026-0001.",
  "evaluation.on_track": "op koers",
  "evaluation.yellow_card": "gele kaart",
  "evaluation.red_card": "rode kaart",
  "decision.rule.unanimous": "unaniem",
  "decision.rule.majority": "meerderheid",
  "decision.granted": "toegekend",
  "decision.rejected": "afgewezen",
  "orgtype.housing_corporation": "Woningcorporatie",
  "orgtype.care_provider": "Zorgaanbieder",
  "orgtype.wmo_desk": "Gemeente (Wmo)",
  "orgtype.safety_house": "Zorg- en Veiligheidshuis",
  "orgtype.debt_help": "Schuldhulp",
  "orgtype.other": "Andere organisatie",
  "done.acknowledged": "Bevestigd namens {organisation}.",
  "done.saved": "Opgeslagen.",
  "startup.loading": "Schakel start… (de eerste keer duurt dit even)",
  "startup.flows": "· protocollen lezen (flows/)",
  "startup.migrate": "· database bijwerken",
  "startup.adapters": "· Slack en Teams verbinden",
  "startup.listen": "· console starten",
  "startup.ready": "Schakel draait ({mode}): open {url} in je browser.",
  "done.step_completed": "Stap ‘{step}’ van {reference} is afgerond.",
  "done.note_added": "Notitie toegevoegd aan {reference}. Alleen de vaste contactpersonen kunnen haar lezen.",
  "done.escalated": "{reference} is opgeschaald. De reden staat bij de privégegevens.",
  "done.deescalated": "{reference} is afgeschaald. De reden staat bij de privégegevens.",
  "done.closed": "{reference} is afgesloten.",
  "done.reopened": "{reference} is heropend.",
  "done.advised": "Je advies over {reference} is vastgelegd.",
  "done.conditions_recorded": "De voorwaarden van {reference} zijn vastgelegd.",
  "done.evaluated": "De evaluatie van {reference} is vastgelegd.",
  "done.flag_set": "Vastgelegd bij {reference}.",
  "done.flag_lifted": "Ingetrokken bij {reference}.",
  "done.dates_entered": "De data van {reference} zijn opgeslagen.",
  "done.opted_in": "Het traject bij {reference} is gestart.",
  "done.trial_extended": "De proefperiode van {reference} is verlengd.",
  "notice.no_longer_applies": "Deze knop is niet meer van toepassing. {reason} Hieronder de kaart zoals ze nu is.",
  "slack.unlinked":
    "Je Slack-account is nog niet gekoppeld aan iemand in het rooster van Schakel. We koppelen op je e-mailadres, maar dat staat niet in het rooster. Vraag de coördinator je account te koppelen. Er is niets gewijzigd.",
  "slack.workspace_not_installed":
    "Jouw Slack-werkruimte heeft Schakel nog niet geïnstalleerd, dus Schakel kan je hier niet herkennen. Vraag de beheerder van je werkruimte Schakel te installeren (of de coördinator om hulp). Er is niets gewijzigd.",
  "slack.modal_expired":
    "Het formulier kon niet meer worden geopend: Slack geeft daar maar een paar seconden voor. Probeer het opnieuw.",
  "interaction.press_again":
    "Het antwoord op je klik kon niet meer worden getoond: Schakel is intussen herstart. Er is niets gewijzigd; druk nog eens op de knop.",
  "slack.already_handled": "Dit verzoek was al verwerkt; er is niets dubbel gedaan.",
  "slack.modal.close": "Annuleren",
  "slack.modal.done": "Sluiten",
  "slack.more": "Nog {count} onderdelen niet getoond. Gebruik /schakel mijn of de console voor alles.",
  "slack.option_group": "Keuzes (deel {number})",
  "slack.home.title": "Schakel",
  "slack.home.mine": "Mijn openstaande taken",
  "slack.home.organisation": "Open meldingen van {organisation}",
  "slack.home.case_line": "• {reference} ({municipality}): {step}, uiterlijk {deadline}",
  "slack.home.none": "Geen open meldingen.",
  // One person, one place: someone Schakel can reach on no platform.
  "notice.channels_unreachable":
    "Schakel kan op {platform} niet posten in {channels}: de app is daar niet toegevoegd of het kanaal bestaat " +
    "niet. Meldingen voor die kanalen wachten tot de beheerder dit herstelt. Je hoort dit één keer.",
  "notice.unreachable":
    "{name} is voor Schakel nergens bereikbaar: {reason} Koppel een account (`/schakel koppel {person}` geeft een " +
    "code) of zet `platform:` en het account van {name} in het regiobestand. Je hoort dit één keer per persoon.",
  "reach.reason.slack": "geen Slack-account gevonden in een werkruimte waar Schakel is geïnstalleerd.",
  "reach.reason.teams": "geen Teams-account bekend, dus ook geen vermelding in het kanaal mogelijk.",
  "reach.reason.local": "geen account op een chatplatform.",
  "card.unreachable": "Niet bereikbaar",
  // Region files (npm run region -- apply, npm start): handovers and the coordinators' summary.
  "error.person_inactive":
    "Je staat niet meer in het rooster van Schakel en kunt hier niets meer doen. " +
    "Denk je dat dit niet klopt? Vraag het de coördinator.",
  ...nlRoster,
  ...nlAvg,
  ...nlDigest,
  ...nlWeb,
  ...nlFlow,
  ...nlConsole,
  ...nlExternal,
  ...nlTeams,
} as const;

export type MessageKey = keyof typeof nl;
