// The interfaces the use-cases talk to; infra/ implements them (Prisma, clock, crypto, logging).
import type { FieldValue } from "../domain/forms/validate-form.ts";
import type { Flow, OrganisationType } from "../domain/flow/flow-schema.ts";
import type { Message } from "../i18n/messages.ts";
import type { CaseStatus } from "../domain/case/case-status.ts";
import type {
  DigestCase,
  DigestDate,
  DigestEvent,
  DigestObligation,
  DigestReport,
} from "../domain/digest/digest-types.ts";
export * from "./platform-ports.ts";
export * from "./absence-ports.ts";
export * from "./place-ports.ts";
import type { AbsenceReads, AbsenceWrites } from "./absence-ports.ts";
import type { PeoplePlaces, PlaceReads } from "./place-ports.ts";
import type { ChatStateStore, LinkCodeRecord, FormSubmissionStore, InboxStore, OutboxStore } from "./platform-ports.ts";

export type Platform = "local" | "slack" | "teams";

export interface PersonRecord {
  id: string;
  name: string;
  email: string | null;
  locale: string;
  organisationId: string;
  /** False once the person left the region file: history keeps their name, but they get no notices and cannot act. */
  active: boolean;
}
export interface OrganisationRecord {
  id: string;
  name: string;
  type: OrganisationType;
}
export interface MunicipalityRecord {
  id: string;
  name: string;
  regionId: string;
}
export interface RegionRecord {
  id: string;
  name: string;
  /** Console names of the region's channels; adapters map them to their own channel ids. */
  sharedChannel: string;
  coordinatorsChannel: string;
  /** Channel ids from the region file per platform: console name → platform channel id. */
  channelIds: { slack: Record<string, string>; teams: Record<string, string> };
  /** Municipality id → the console name of its own shared channel; a municipality not listed uses sharedChannel. */
  municipalityChannels: Record<string, string>;
  /** Organisation types the region declares beyond the built-ins, with their Dutch label. */
  organisationTypes: { id: string; label: string }[];
}
export interface RosterRecord {
  organisationId: string;
  municipalityId: string;
  primaryPersonId: string;
  deputyPersonId: string | null;
  coordinatorPersonId: string | null;
}

export type { CaseStatus } from "../domain/case/case-status.ts";
export interface CaseRecord {
  id: string;
  reference: string;
  flowId: string;
  flowVersionId: string;
  municipalityId: string;
  status: CaseStatus;
  currentStepId: string | null;
  level: number;
  publicValues: Record<string, FieldValue>;
  outcome: string | null;
  reportedById: string;
  reportedAt: Date;
  closedAt: Date | null;
  platform: Platform;
  revision: number;
  householdKey: string | null;
  linkedCaseId: string | null;
}
export interface CasePartyRecord {
  caseId: string;
  partyId: string;
  organisationId: string;
}

export type ObligationStatus = "open" | "done" | "cancelled";
export interface ObligationRecord {
  id: string;
  caseId: string;
  stepId: string;
  partyId: string;
  organisationId: string;
  status: ObligationStatus;
  startedAt: Date;
  dueAt: Date;
  ladderLevel: number;
  nextActionAt: Date | null;
  doneAt: Date | null;
  doneById: string | null;
}

/** What the sweep read of a due obligation (the guard) and where it moves it on the ladder. */
export interface ObligationClaim {
  id: string;
  ladderLevel: number;
  dueAt: Date;
  reached: number;
  nextActionAt: Date | null;
}

export interface CaseEventInput {
  caseId: string;
  at: Date;
  type: string;
  actorId: string | null;
  platform: Platform | null;
  partyId: string | null;
  /** Structured, non-personal values only. */
  data: Record<string, unknown>;
  /** Encrypted free text (notes, reasons), or null. */
  sealed: string | null;
}
export interface CaseEventRecord extends CaseEventInput {
  id: string;
  seq: number;
}

/** A sentence for people, rendered in their language at delivery, with exactly the parameters it names (the type
 *  checks each pair where it is made). Params hold no personal data. `alert` is set on a reminder or an escalation:
 *  a platform that can raise it beyond the message does (Teams' activity feed). */
export type Notice = Message & { alert?: NoticeAlert };

/** What a nudge may say outside the chat (a lock screen, a feed): the kind, the case reference and the step only. */
export interface NoticeAlert {
  kind: "reminder" | "escalation";
  reference: string;
  step: string;
}

export type OutboxPayload =
  | { kind: "case.card"; caseId: string }
  | { kind: "case.thread"; caseId: string; notice: Notice }
  | { kind: "person.dm"; personId: string; caseId?: string; notice: Notice }
  /** To an external participant's chat account (a guest), if they redeemed their code on that platform. */
  | { kind: "external.dm"; actorId: string; caseId: string; notice: Notice }
  | { kind: "coordinators.post"; regionId: string; caseId?: string; notice: Notice }
  /** The weekly digest, computed when it was queued (figures and references only, no personal data). */
  | { kind: "digest.post"; regionId: string; digest: DigestReport };

export interface PendingDelivery {
  deliveryId: string;
  attempts: number;
  outboxId: string;
  createdAt: Date;
  payload: OutboxPayload;
}

export interface DirectoryReads {
  person(id: string): Promise<PersonRecord | null>;
  people(): Promise<PersonRecord[]>;
  organisation(id: string): Promise<OrganisationRecord | null>;
  organisations(): Promise<OrganisationRecord[]>;
  municipality(id: string): Promise<MunicipalityRecord | null>;
  municipalities(): Promise<MunicipalityRecord[]>;
  region(id: string): Promise<RegionRecord | null>;
  regions(): Promise<RegionRecord[]>;
  rosterEntry(organisationId: string, municipalityId: string): Promise<RosterRecord | null>;
  rosterForMunicipality(municipalityId: string): Promise<RosterRecord[]>;
  rosterForPerson(personId: string): Promise<RosterRecord[]>;
  roster(): Promise<RosterRecord[]>;
  regionCoordinators(regionId: string): Promise<string[]>;
  coordinatorRegions(personId: string): Promise<string[]>;
  personByIdentity(platform: Platform, externalId: string): Promise<PersonRecord | null>;
  identitiesOf(personId: string, platform: Platform): Promise<string[]>;
  /** A person's accounts on a platform with where each lives (Slack: Grid org and workspace last seen in). */
  accountsOf(personId: string, platform: Platform): Promise<ChatAccount[]>;
  /** Which of these people Schakel could reach on no platform. */
  unreachableAmong(personIds: readonly string[]): Promise<string[]>;
}

/** Where a chat account lives: its Slack Enterprise Grid org (null outside Grid) and workspace (null: home). */
export interface AccountPlace {
  enterpriseId: string | null;
  teamId: string | null;
}

export interface ChatAccount extends AccountPlace {
  externalId: string;
}

export interface CaseReads {
  case(id: string): Promise<CaseRecord | null>;
  /** Several cases in one read (the sweep's batch); missing ids are left out. */
  cases(ids: readonly string[]): Promise<CaseRecord[]>;
  caseByReference(reference: string): Promise<CaseRecord | null>;
  parties(caseId: string): Promise<CasePartyRecord[]>;
  obligations(caseId: string): Promise<ObligationRecord[]>;
  events(caseId: string): Promise<CaseEventRecord[]>;
  residentDetails(caseId: string): Promise<{ sealed: string; legalBasis: string } | null>;
  /** Open obligations whose next ladder rung is due; reads only those (index on status, nextActionAt). */
  dueObligations(now: Date, limit: number): Promise<ObligationRecord[]>;
  openObligationsOfOrganisations(organisationIds: string[]): Promise<ObligationRecord[]>;
  flowDefinition(flowVersionId: string): Promise<string | null>;
  caseDates(caseId: string): Promise<CaseDateRecord[]>;
  /** Dates of all cases falling in [from, to), e.g. hearings and eviction dates coming up. */
  caseDatesBetween(from: Date, to: Date): Promise<CaseDateRecord[]>;
  caseFlags(caseId: string): Promise<string[]>;
  /** Every case of one household (by fingerprint), any status, oldest first: the resident's access request. */
  householdCases(householdKey: string): Promise<CaseRecord[]>;
}

/** Reads for the weekly digest, the export and retention: whole regions at once, by index. */
export interface ReportReads {
  /** Cases of these municipalities open at some moment in [since, until): reported before until, not closed before since. */
  digestCases(municipalityIds: string[], since: Date, until: Date): Promise<DigestCase[]>;
  /** Obligations of those cases that were not finished before `since`. */
  digestObligations(municipalityIds: string[], since: Date, until: Date): Promise<DigestObligation[]>;
  /** Timeline events of the given types in [from, to), structured fields only. */
  digestEvents(municipalityIds: string[], types: string[], from: Date, to: Date): Promise<DigestEvent[]>;
  /** Entered dates in [from, to) of open cases of these municipalities. */
  digestDates(municipalityIds: string[], from: Date, to: Date): Promise<DigestDate[]>;
  /** Cases reported in [from, to) with their obligations, for the regional monitor's export. */
  casesReportedBetween(from: Date, to: Date): Promise<{ cases: CaseRecord[]; obligations: ObligationRecord[] }>;
  /** The coordinator's case list: open cases of these municipalities and those closed since `closedSince`, newest
   * first, at most `limit`, with their open obligations. */
  casesForOverview(
    municipalityIds: string[],
    closedSince: Date,
    limit: number,
  ): Promise<{ cases: CaseRecord[]; obligations: ObligationRecord[] }>;
  /** Closed cases whose personal details are still stored although they closed before `cutoff`. */
  casesWithDetailsClosedBefore(cutoff: Date, limit: number): Promise<CaseRecord[]>;
  /** Timeline events of these types in [from, to) of every case, oldest first (the view log for the FG). */
  eventsOfTypesBetween(types: string[], from: Date, to: Date): Promise<CaseEventRecord[]>;
}

export interface CaseDateRecord {
  caseId: string;
  key: string;
  date: Date;
  enteredById: string;
  enteredAt: Date;
}

export interface StoreTx extends DirectoryReads, CaseReads, ReportReads, AbsenceReads, AbsenceWrites, PlaceReads {
  nextSequence(key: string): Promise<number>;
  saveFlowVersion(input: { flowId: string; version: number; hash: string; definition: string }): Promise<string>;
  createCase(input: Omit<CaseRecord, "id" | "revision">): Promise<CaseRecord>;
  /** Open cases of one household (by fingerprint), newest first. */
  casesOfHousehold(householdKey: string): Promise<CaseRecord[]>;
  /** Every case of one household (open and closed) reported since `since`, for a flow's limits. */
  householdCasesSince(householdKey: string, since: Date): Promise<CaseRecord[]>;
  /** Optimistic update: false when someone else changed the case since `expectedRevision`. */
  updateCase(
    id: string,
    expectedRevision: number,
    patch: Partial<Pick<CaseRecord, "status" | "currentStepId" | "level" | "outcome" | "closedAt" | "linkedCaseId">>,
  ): Promise<boolean>;
  addParties(parties: CasePartyRecord[]): Promise<void>;
  createObligations(obligations: Omit<ObligationRecord, "id">[]): Promise<ObligationRecord[]>;
  /** Conditional update: false when the obligation no longer matches `guard`. */
  updateObligation(
    id: string,
    guard: { status?: ObligationStatus; ladderLevel?: number; dueAt?: Date },
    patch: Partial<Omit<ObligationRecord, "id" | "caseId">>,
  ): Promise<boolean>;
  /** The sweep's claim, one write per batch: each obligation moves to `reached` only while it is still open at
   * `ladderLevel` with that `dueAt`; returns the ids claimed (the exactly-once guard of its rungs). */
  claimObligations(claims: readonly ObligationClaim[]): Promise<Set<string>>;
  /** Appends to the case's timeline (the next seq); nothing is read back. */
  appendEvent(event: CaseEventInput): Promise<void>;
  /** Appends several events in one write (the sweep's batch), in order per case. */
  appendEvents(events: readonly CaseEventInput[]): Promise<void>;
  saveResidentDetails(input: { caseId: string; sealed: string; legalBasis: string; createdAt: Date }): Promise<void>;
  /** The case's data key, wrapped by the master key; null before its first sealed write or after erasure. */
  caseKey(caseId: string): Promise<WrappedKey | null>;
  saveCaseKey(caseId: string, key: WrappedKey, at: Date): Promise<void>;
  /**
   * Crypto-shreds a case (retention, erasure): destroys its data key, deletes the sealed details, sealed notes,
   * entered dates and household fingerprint, keeps only `keepPublicValues` and empties the `data` of events of
   * `scrubEventTypes` (they hold dates). False when the details were already gone.
   */
  shredCase(caseId: string, scrub: ShredScrub): Promise<boolean>;
  /** Rectification: the case's new key replaces the old one, with its details and notes sealed under it. */
  resealCase(caseId: string, reseal: CaseReseal): Promise<void>;
  enqueue(payload: OutboxPayload, at: Date, platforms: readonly Platform[]): Promise<void>;
  /** Queues several messages of one moment in one write (the sweep's batch), in this order; `places`: where the
   * people among them are reached, when the caller has read it already (else it is read here). */
  enqueueMany(
    payloads: readonly OutboxPayload[],
    at: Date,
    platforms: readonly Platform[],
    places?: PeoplePlaces,
  ): Promise<void>;
  /** Records an idempotency key; false when it was seen before. */
  claimRequest(key: string, at: Date): Promise<boolean>;
  /** Links an account to a person; `place` (Slack) records the Grid org and the workspace it was seen in. */
  linkIdentity(personId: string, platform: Platform, externalId: string, place?: AccountPlace): Promise<void>;
  /** Records that a person could be reached on no platform; false when that was recorded before (told once). */
  markUnreachable(personId: string, platform: Platform, at: Date): Promise<boolean>;
  clearUnreachable(personId: string): Promise<void>;
  /** Stores a one-time link code (its hash only). */
  saveLinkCode(code: LinkCodeRecord): Promise<void>;
  /** Uses a code once: the person it was issued for, or null when unknown, used or expired at `at`. */
  useLinkCode(hash: string, at: Date): Promise<string | null>;
  saveCaseDate(record: CaseDateRecord): Promise<void>;
  setCaseFlag(caseId: string, flag: string, setById: string, at: Date): Promise<boolean>;
  clearCaseFlag(caseId: string, flag: string): Promise<boolean>;
}

export interface Store {
  read: StoreTx;
  outbox: OutboxStore;
  chat: ChatStateStore;
  forms: FormSubmissionStore;
  inbox: InboxStore;
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** After erasing: let the database drop old copies it still keeps of erased rows (SQLite's WAL). */
  releaseErased(): Promise<void>;
}

export interface Clock {
  now(): Date;
}

/** What a crypto-shredded case keeps of its structured values, and which events lose their `data`. */
export interface ShredScrub {
  keepPublicValues: Record<string, FieldValue>;
  scrubEventTypes: string[];
}

/** Everything sealed of one case, sealed again under a fresh key (the old ciphertext then opens with no key). */
export interface CaseReseal {
  key: WrappedKey;
  details: string | null;
  events: { id: string; sealed: string }[];
  /** A new household fingerprint when the address changed. */
  householdKey?: string | null;
}

/** A data key wrapped by the master key, and which master key wrapped it. */
export interface WrappedKey {
  wrapped: string;
  masterKeyId: string;
}

/** Seals and opens the personal data of one case with that case's own key. */
export interface CaseBox {
  seal(value: unknown): string;
  open<T = unknown>(sealed: string): T;
}

export interface Sealer {
  /** Seals a secret that belongs to no case (a platform installation's token) with the master key itself. */
  seal(value: unknown): string;
  open<T = unknown>(sealed: string): T;
  /** A fresh data key for one case, wrapped by the current master key. */
  newCaseKey(caseId: string): WrappedKey;
  /** The box of one case; without its key (erased) it seals nothing and opens only data of the first format. */
  box(caseId: string, key: WrappedKey | null): CaseBox;
  /** A keyed, one-way fingerprint (links one household's cases without storing who they are). */
  fingerprint(text: string): string;
}

export interface Logger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

export interface LoadedFlow {
  flow: Flow;
  versionId: string;
}

export interface FlowCatalog {
  current(flowId: string): LoadedFlow | undefined;
  byCommand(command: string): LoadedFlow | undefined;
  all(): LoadedFlow[];
  /** The flow a case started with (open cases keep their version). */
  forCase(c: Pick<CaseRecord, "flowId" | "flowVersionId">): Promise<Flow>;
}
