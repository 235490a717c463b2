-- CreateTable
CREATE TABLE "Absence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "endedAt" DATETIME,
    "endedById" TEXT
);

-- CreateTable
CREATE TABLE "AbsenceEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "absenceId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" TEXT,
    "personId" TEXT NOT NULL,
    "data" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Absence_personId_endsAt_idx" ON "Absence"("personId", "endsAt");

-- CreateIndex
CREATE INDEX "Absence_endsAt_idx" ON "Absence"("endsAt");

-- CreateIndex
CREATE INDEX "AbsenceEvent_personId_at_idx" ON "AbsenceEvent"("personId", "at");

-- CreateIndex
CREATE INDEX "AbsenceEvent_at_idx" ON "AbsenceEvent"("at");

