// Who may act for which party of a case: the routed contact, their deputy, or a coordinator.
export interface PartyRouting {
  partyId: string;
  organisationId: string;
  primaryPersonId: string;
  deputyPersonId: string | null;
  coordinatorPersonId: string | null;
}

export interface ActorStanding {
  /** Parties the actor is the routed contact or deputy of. */
  asContact: string[];
  /** Parties the actor may act for only as a coordinator. */
  asCoordinator: string[];
}

export function standingOf(
  actorId: string,
  routings: readonly PartyRouting[],
  isRegionCoordinator: boolean,
): ActorStanding {
  const asContact = routings
    .filter((r) => r.primaryPersonId === actorId || r.deputyPersonId === actorId)
    .map((r) => r.partyId);
  const asCoordinator = routings
    .filter((r) => !asContact.includes(r.partyId) && (isRegionCoordinator || r.coordinatorPersonId === actorId))
    .map((r) => r.partyId);
  return { asContact, asCoordinator };
}

export function mayActFor(standing: ActorStanding, partyId: string): boolean {
  return standing.asContact.includes(partyId) || standing.asCoordinator.includes(partyId);
}

export function isInvolved(standing: ActorStanding): boolean {
  return standing.asContact.length > 0 || standing.asCoordinator.length > 0;
}
