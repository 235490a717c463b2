-- AlterTable
ALTER TABLE "Case" ADD COLUMN "householdKey" TEXT;
ALTER TABLE "Case" ADD COLUMN "linkedCaseId" TEXT;

-- CreateTable
CREATE TABLE "CaseDate" (
    "caseId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "enteredById" TEXT NOT NULL,
    "enteredAt" DATETIME NOT NULL,

    PRIMARY KEY ("caseId", "key"),
    CONSTRAINT "CaseDate_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseFlag" (
    "caseId" TEXT NOT NULL,
    "flag" TEXT NOT NULL,
    "setById" TEXT NOT NULL,
    "setAt" DATETIME NOT NULL,

    PRIMARY KEY ("caseId", "flag"),
    CONSTRAINT "CaseFlag_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "job" TEXT NOT NULL,
    "tick" DATETIME NOT NULL,
    "instance" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "error" TEXT
);

-- CreateIndex
CREATE INDEX "CaseDate_date_idx" ON "CaseDate"("date");

-- CreateIndex
CREATE INDEX "JobRun_job_status_idx" ON "JobRun"("job", "status");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_tick_key" ON "JobRun"("job", "tick");

-- CreateIndex
CREATE INDEX "Case_householdKey_idx" ON "Case"("householdKey");

-- CreateIndex
CREATE INDEX "Case_reportedAt_idx" ON "Case"("reportedAt");

-- CreateIndex
CREATE INDEX "Case_closedAt_idx" ON "Case"("closedAt");

-- CreateIndex
CREATE INDEX "Obligation_status_dueAt_idx" ON "Obligation"("status", "dueAt");

