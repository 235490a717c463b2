// Registers every flow version in the database, so an open case keeps the version it started with.
import type { FlowCatalog, LoadedFlow, Store } from "../app/ports.ts";
import { flowSchema, type Flow } from "../domain/flow/flow-schema.ts";
import type { ParsedFlow } from "./flow-loader.ts";

export async function createFlowCatalog(store: Store, parsed: ParsedFlow[]): Promise<FlowCatalog> {
  const current = new Map<string, LoadedFlow>();
  const byVersion = new Map<string, Flow>();
  for (const p of parsed) {
    const versionId = await store.transaction((tx) =>
      tx.saveFlowVersion({
        flowId: p.flow.id,
        version: p.flow.version,
        hash: p.hash,
        definition: JSON.stringify(p.flow),
      }),
    );
    current.set(p.flow.id, { flow: p.flow, versionId });
    byVersion.set(versionId, p.flow);
  }
  return {
    current: (flowId) => current.get(flowId),
    byCommand: (command) => [...current.values()].find((l) => l.flow.command === command),
    all: () => [...current.values()],
    async forCase(c) {
      const cached = byVersion.get(c.flowVersionId);
      if (cached) return cached;
      const definition = await store.read.flowDefinition(c.flowVersionId);
      if (!definition)
        throw new Error(`flow version ${c.flowVersionId} of flow ${c.flowId} is missing from the database`);
      const flow = flowSchema.parse(JSON.parse(definition));
      byVersion.set(c.flowVersionId, flow);
      return flow;
    },
  };
}
