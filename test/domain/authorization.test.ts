// Who may act for which party of a case: the routed contact and their deputy for their own party, a coordinator
// for the parties they coordinate (or every party, as the region's coordinator), and nobody else.
import { describe, expect, it } from "vitest";
import { isInvolved, mayActFor, standingOf, type PartyRouting } from "../../src/domain/case/authorization.ts";

const ROUTINGS: PartyRouting[] = [
  {
    partyId: "care",
    organisationId: "kompas",
    primaryPersonId: "joris",
    deputyPersonId: "karin",
    coordinatorPersonId: "sanne",
  },
  {
    partyId: "wmo",
    organisationId: "wmo-r",
    primaryPersonId: "rob",
    deputyPersonId: null,
    coordinatorPersonId: "sanne",
  },
  {
    partyId: "corporation",
    organisationId: "vliet",
    primaryPersonId: "eva",
    deputyPersonId: null,
    coordinatorPersonId: null,
  },
];

describe("standing on a case", () => {
  it("lets the contact and the deputy act for their own party only", () => {
    for (const person of ["joris", "karin"]) {
      const standing = standingOf(person, ROUTINGS, false);
      expect(standing).toEqual({ asContact: ["care"], asCoordinator: [] });
      expect(mayActFor(standing, "care")).toBe(true);
      expect(mayActFor(standing, "wmo")).toBe(false);
    }
  });

  it("lets an organisation's coordinator act for the parties they coordinate, not the others", () => {
    const standing = standingOf("sanne", ROUTINGS, false);
    expect(standing).toEqual({ asContact: [], asCoordinator: ["care", "wmo"] });
    expect(mayActFor(standing, "corporation")).toBe(false);
    expect(isInvolved(standing)).toBe(true);
  });

  it("lets the region's coordinator act for every party, and a contact stays a contact for their own", () => {
    expect(standingOf("coordinator", ROUTINGS, true).asCoordinator).toEqual(["care", "wmo", "corporation"]);
    expect(standingOf("eva", ROUTINGS, true)).toEqual({ asContact: ["corporation"], asCoordinator: ["care", "wmo"] });
  });

  it("gives a stranger no standing at all", () => {
    const standing = standingOf("anouk", ROUTINGS, false);
    expect(isInvolved(standing)).toBe(false);
    expect(mayActFor(standing, "care")).toBe(false);
  });
});
