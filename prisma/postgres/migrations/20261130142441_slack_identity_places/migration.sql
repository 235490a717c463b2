-- AlterTable
ALTER TABLE "ChatIdentity" ADD COLUMN     "enterpriseId" TEXT,
ADD COLUMN     "teamId" TEXT;

-- Existing Slack identities: `T…:U…` lived in that workspace, `E…:W…` in that Grid org; plain ids stay null.
UPDATE "ChatIdentity" SET "teamId" = split_part("externalId", ':', 1)
WHERE "platform" = 'slack' AND "externalId" LIKE 'T%:%';
UPDATE "ChatIdentity" SET "enterpriseId" = split_part("externalId", ':', 1)
WHERE "platform" = 'slack' AND "externalId" LIKE 'E%:%';
