// The App Home tab: my open obligations with deadlines, and my organisation's open cases.
import type { HomeView } from "@slack/types";
import { capBlocks, escapeMrkdwn, LIMITS, mrkdwn, plain, type Block } from "./block-kit.ts";

export interface HomeContent {
  title: string;
  sections: { heading: string; lines: string[]; empty: string }[];
  more: (n: number) => string;
}

export function renderHomeView({ title, sections, more }: HomeContent): HomeView {
  const blocks: Block[] = [{ type: "header", text: plain(title, LIMITS.headerText) }];
  for (const section of sections) {
    blocks.push(
      { type: "divider" },
      { type: "section", text: mrkdwn(`*${escapeMrkdwn(section.heading)}*`, LIMITS.sectionText) },
    );
    if (section.lines.length === 0)
      blocks.push({ type: "context", elements: [mrkdwn(escapeMrkdwn(section.empty), LIMITS.contextText)] });
    for (const line of section.lines)
      blocks.push({ type: "section", text: mrkdwn(escapeMrkdwn(line), LIMITS.sectionText) });
  }
  return { type: "home", blocks: capBlocks(blocks, LIMITS.viewBlocks, more) };
}
