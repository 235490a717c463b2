// The console server for browser tests: a fresh database with the demo region and a simulated clock.
import { startTestApp } from "./test-app.ts";

export async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const app = await startTestApp();
  return { url: app.url, close: () => app.close() };
}
