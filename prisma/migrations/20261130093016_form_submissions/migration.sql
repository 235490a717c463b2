-- CreateTable
CREATE TABLE "FormSubmission" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "answer" TEXT,
    "createdAt" DATETIME NOT NULL
);

