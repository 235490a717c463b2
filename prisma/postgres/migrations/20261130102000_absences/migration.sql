-- CreateTable
CREATE TABLE "Absence" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endedById" TEXT,

    CONSTRAINT "Absence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AbsenceEvent" (
    "id" TEXT NOT NULL,
    "absenceId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" TEXT,
    "personId" TEXT NOT NULL,
    "data" TEXT NOT NULL,

    CONSTRAINT "AbsenceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Absence_personId_endsAt_idx" ON "Absence"("personId", "endsAt");

-- CreateIndex
CREATE INDEX "Absence_endsAt_idx" ON "Absence"("endsAt");

-- CreateIndex
CREATE INDEX "AbsenceEvent_personId_at_idx" ON "AbsenceEvent"("personId", "at");

-- CreateIndex
CREATE INDEX "AbsenceEvent_at_idx" ON "AbsenceEvent"("at");

