-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "sharedChannel" TEXT NOT NULL,
    "coordinatorsChannel" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "organisationId" TEXT NOT NULL,
    CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChatIdentity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    CONSTRAINT "ChatIdentity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RosterEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "primaryPersonId" TEXT NOT NULL,
    "deputyPersonId" TEXT,
    "coordinatorPersonId" TEXT,
    CONSTRAINT "RosterEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "RosterEntry_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegionCoordinator" (
    "regionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    PRIMARY KEY ("regionId", "personId"),
    CONSTRAINT "RegionCoordinator_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FlowVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "flowId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "flowId" TEXT NOT NULL,
    "flowVersionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "currentStepId" TEXT,
    "level" INTEGER NOT NULL DEFAULT 0,
    "publicValues" TEXT NOT NULL,
    "outcome" TEXT,
    "reportedById" TEXT NOT NULL,
    "reportedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    "platform" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Case_flowVersionId_fkey" FOREIGN KEY ("flowVersionId") REFERENCES "FlowVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Case_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseParty" (
    "caseId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    PRIMARY KEY ("caseId", "partyId"),
    CONSTRAINT "CaseParty_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Obligation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "ladderLevel" INTEGER NOT NULL DEFAULT 0,
    "nextActionAt" DATETIME,
    "doneAt" DATETIME,
    "doneById" TEXT,
    CONSTRAINT "Obligation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" TEXT,
    "platform" TEXT,
    "partyId" TEXT,
    "data" TEXT NOT NULL,
    "sealed" TEXT,
    CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResidentDetails" (
    "caseId" TEXT NOT NULL PRIMARY KEY,
    "sealed" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "ResidentDetails_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "caseId" TEXT,
    "payload" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "OutboxDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "outboxId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "lastError" TEXT,
    CONSTRAINT "OutboxDelivery_outboxId_fkey" FOREIGN KEY ("outboxId") REFERENCES "OutboxMessage" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChatMessageRef" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "channelKey" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "threadId" TEXT
);

-- CreateTable
CREATE TABLE "ConsoleMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channelId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "card" TEXT,
    "caseId" TEXT,
    "threadOf" TEXT,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Counter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ProcessedRequest" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE INDEX "ChatIdentity_personId_idx" ON "ChatIdentity"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatIdentity_platform_externalId_key" ON "ChatIdentity"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "RosterEntry_organisationId_municipalityId_key" ON "RosterEntry"("organisationId", "municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "FlowVersion_hash_key" ON "FlowVersion"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");

-- CreateIndex
CREATE INDEX "Case_status_idx" ON "Case"("status");

-- CreateIndex
CREATE INDEX "Case_municipalityId_status_idx" ON "Case"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Obligation_status_nextActionAt_idx" ON "Obligation"("status", "nextActionAt");

-- CreateIndex
CREATE INDEX "Obligation_caseId_idx" ON "Obligation"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseEvent_caseId_seq_key" ON "CaseEvent"("caseId", "seq");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxDelivery_platform_status_nextAttemptAt_idx" ON "OutboxDelivery"("platform", "status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxDelivery_outboxId_platform_key" ON "OutboxDelivery"("outboxId", "platform");

-- CreateIndex
CREATE UNIQUE INDEX "ChatMessageRef_caseId_platform_channelKey_key" ON "ChatMessageRef"("caseId", "platform", "channelKey");

-- CreateIndex
CREATE INDEX "ConsoleMessage_channelId_seq_idx" ON "ConsoleMessage"("channelId", "seq");

