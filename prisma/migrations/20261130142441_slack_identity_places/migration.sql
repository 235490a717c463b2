-- AlterTable
ALTER TABLE "ChatIdentity" ADD COLUMN "enterpriseId" TEXT;
ALTER TABLE "ChatIdentity" ADD COLUMN "teamId" TEXT;

-- Existing Slack identities: `T…:U…` lived in that workspace, `E…:W…` in that Grid org; plain ids stay null.
UPDATE "ChatIdentity" SET "teamId" = substr("externalId", 1, instr("externalId", ':') - 1)
WHERE "platform" = 'slack' AND "externalId" LIKE 'T%:%';
UPDATE "ChatIdentity" SET "enterpriseId" = substr("externalId", 1, instr("externalId", ':') - 1)
WHERE "platform" = 'slack' AND "externalId" LIKE 'E%:%';
