// A step without a deadline ("deadline: none"): its obligations carry a due date far in the future, so no
// overdue query, index or digest figure needs a special case, and the ladder never starts (no rung times).
export const NO_DEADLINE = new Date("9999-12-31T00:00:00.000Z");

/** False for an obligation of a step without a deadline. */
export const hasDeadline = (dueAt: Date): boolean => dueAt.getTime() < NO_DEADLINE.getTime();
