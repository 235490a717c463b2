// The Teams SDK app as Schakel builds it: with the request-auth plugin, so every route's context has `schakelAuth`.
import type { Activity } from "@microsoft/teams.api";
import type { App, IActivityContext } from "@microsoft/teams.apps";
import type { RequestAuth, requestAuthPlugin } from "./request-trust.ts";

export type TeamsApp = App<ReturnType<typeof requestAuthPlugin>>;

/** A route's context: the SDK's activity context plus what the request-auth plugin adds (absent in plain tests). */
export type TeamsTurn<A extends Activity = Activity> = IActivityContext<A, { schakelAuth?: RequestAuth }>;
