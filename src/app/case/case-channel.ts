// The shared channel a case's card goes to: its municipality's own channel when the region has one, else the
// region's shared channel; and every shared channel of a region (for the adapters to join or map).
import type { RegionRecord } from "../ports.ts";

export const caseChannelOf = (region: RegionRecord, municipalityId: string): string =>
  region.municipalityChannels[municipalityId] ?? region.sharedChannel;

export const sharedChannelsOf = (region: RegionRecord): string[] => [
  region.sharedChannel,
  ...new Set(Object.values(region.municipalityChannels)),
];
