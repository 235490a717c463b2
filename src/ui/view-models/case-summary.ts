// What a case card shows, as the use-case loads it (app) and the card renders it (ui): structured values only.
// The types live in ui because use-cases may build views (app → ui) and views never call use-cases.
import type { CaseStatus } from "../../domain/case/case-status.ts";
import type { ChannelCard } from "../../domain/flow/channel-card.ts";

export interface CaseSummary {
  id: string;
  reference: string;
  /** The case's revision: bumped by every change of status, step or level. */
  revision: number;
  flowTitle: string;
  status: CaseStatus;
  municipality: string;
  municipalityId: string;
  regionId: string;
  level: { label: string; index: number; top: boolean };
  outcome: string | null;
  /** Structured form values the card shows, by field id (the channel card shows those its flow declares). */
  publicFields: { id: string; label: string; value: string }[];
  /** What the flow lets the shared channel see of the case. */
  channelCard: ChannelCard;
  step: { id: string; label: string; everyParty: boolean } | null;
  parties: { partyId: string; label: string; organisation: string; acknowledged: boolean }[];
  open: {
    partyId: string;
    organisation: string;
    step: string;
    dueAt: Date;
    overdue: boolean;
    ladderLevel: number;
    /** Its clock stands still while another step pauses the case (never overdue then). */
    paused: boolean;
  }[];
  extras: CaseExtras;
  /** The flow has a step every party confirms on its own (the card then shows who has). */
  hasAcknowledgement: boolean;
  /** Parties whose contact is away now, and who acts for them (names of professionals only). */
  acting: ActingNote[];
  /** The highest rung of the escalation ladder an open obligation has reached, if any. */
  ladder: { notify: string; label: string | null } | null;
  /** Contacts of the case's parties whom Schakel can reach on no platform (names of professionals only). */
  unreachable: string[];
  /** The resident's details restricted or erased on request (AVG), purged after retention, or as usual. */
  privacy: PrivacyState;
}

export interface CaseExtras {
  flagsSet: string[];
  flagsUnset: string[];
  blocked: { step: string; explanation: string } | null;
  holds: string[];
  countdown: { label: string; workingDays: number; date: Date }[];
  advice: { given: number; total: number } | null;
  decision: string | null;
  conditions: string[];
  evaluations: { done: number; total: number; next: Date | null; outcomes: string[] } | null;
  linkedAgreement: string | null;
  optionalAvailable: { id: string; label: string }[];
  stepKind: string | null;
  hasDates: boolean;
  /** The running trial can be extended (the flow gives an extension). */
  extendable: boolean;
  /** The flow declares case events a party can record. */
  hasEvents: boolean;
  /** The flow's branches that started: running (at a step), waiting (blocked) or ended (with a coarse outcome). */
  branches: BranchLine[];
  /** Branches with outcomes that are running (a party can record their outcome). */
  branchOutcomesOpen: boolean;
  /** The running step that pauses the other clocks, if any. */
  paused: string | null;
  /** Kinds of the open conditions and evaluation steps of running branches (their buttons join the card's). */
  branchStepKinds?: string[];
  /** A running branch's evaluation step can be extended. */
  branchExtendable?: boolean;
}

export type BranchLine =
  | { branch: string; state: "running"; step: string }
  | { branch: string; state: "waiting"; step: string }
  | { branch: string; state: "awaiting_outcome" }
  | { branch: string; state: "ended"; outcome: string | null };

export type ActingNote =
  | { organisation: string; acting: string; absent: string; until: Date }
  /** Contact and deputy are both away: the coordinators act. */
  | { organisation: string; away: { name: string; until: Date }[] };

export type PrivacyState = "restricted" | "erased" | "purged" | null;
