// Use-case: a contact or coordinator adds a note; the text is sealed, the channel only hears that it exists.
import type { Actor, AppContext } from "./context.ts";
import { AppError, requireText } from "./errors.ts";
import { isInvolved } from "../domain/case/authorization.ts";
import { standingOfActor } from "./case/case-routing.ts";
import { withCase } from "./case/with-case.ts";
import { notifierFor, organisationName } from "./case/notify.ts";
import { caseBoxForWriting } from "./case/case-box.ts";

export interface AddNoteOptions {
  ctx: AppContext;
  actor: Actor;
  caseId: string;
  note: unknown;
}

export async function addNote({ ctx, actor, caseId, note }: AddNoteOptions): Promise<void> {
  const text = requireText(note, "note", 4000);
  await withCase(ctx, { actor, caseId, mustBeOpen: false }, async ({ tx, person, c }) => {
    const { standing } = await standingOfActor(tx, c, actor.personId);
    if (!isInvolved(standing))
      throw new AppError(
        "not_allowed",
        "error.not_allowed",
        {},
        `person ${actor.personId} may not add notes to ${c.reference}`,
      );
    const now = ctx.clock.now();
    const partyId = standing.asContact[0] ?? null;
    const sealed = (await caseBoxForWriting(ctx, tx, c.id)).seal({ note: text });
    await tx.appendEvent({
      caseId: c.id,
      at: now,
      type: "note.added",
      actorId: actor.personId,
      platform: actor.platform,
      partyId,
      data: {},
      sealed,
    });
    await notifierFor(ctx, tx, c, now).thread({
      key: "notice.note_added",
      params: { organisation: await organisationName(tx, person.organisationId) },
    });
  });
}
