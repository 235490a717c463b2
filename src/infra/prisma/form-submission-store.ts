// One-time keys of opened forms on Prisma: the primary key makes the first submission the only one that runs.
import type { FormSubmissionStore } from "../../app/ports.ts";
import type { Db } from "./client.ts";

export function formSubmissionStore(db: Db): FormSubmissionStore {
  return {
    async claim(key, at) {
      try {
        await db.formSubmission.create({ data: { key, createdAt: at } });
        return { claimed: true };
      } catch (error) {
        if ((error as { code?: string }).code !== "P2002") throw error;
        const row = await db.formSubmission.findUnique({ where: { key } });
        return { claimed: false, answer: row?.answer ?? null };
      }
    },
    async saveAnswer(key, answer) {
      await db.formSubmission.update({ where: { key }, data: { answer } });
    },
    async release(key) {
      await db.formSubmission.deleteMany({ where: { key } });
    },
  };
}
