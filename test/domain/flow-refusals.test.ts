// A coordinator's flow file with a mistake is refused with the path inside the file and what is wrong, before
// anything starts: channel-card items, limits, step fields and flow texts, checked on the shipped early-signal flow.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { channelMayHear, channelShows } from "../../src/domain/flow/channel-card.ts";
import { flowSchema } from "../../src/domain/flow/flow-schema.ts";
import { renderFlowText, textAudience } from "../../src/domain/flow/flow-texts.ts";
import { limitSubject } from "../../src/domain/flow/limit-schema.ts";
import { firstMainStep, nextBranchStep, nextMainStep } from "../../src/domain/flow/step-sequence.ts";
import { flowProblemsOf } from "../support/flow-problems.ts";
import type { Parsed } from "../support/parsed.ts";

const shipped = (file: string): Parsed => parse(readFileSync(`flows/${file}.yaml`, "utf8"));

/** The problems of a changed flow as `path: message` lines (empty when the flow is valid). */
function problems(change: (flow: Parsed) => void, file = "vroegsignalering"): string[] {
  const flow = shipped(file);
  change(flow);
  const parsed = flowSchema.safeParse(flow);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("flow files with a mistake", () => {
  it("accepts the shipped flows as they are", () => {
    for (const file of ["vroegsignalering", "overlast", "uitstroom", "tweede-kans", "dreigende-huisuitzetting"]) {
      expect(problems(() => undefined, file)).toEqual([]);
    }
  });

  it("keeps household-pointing and personal items off the channel card, and names unknown ones", () => {
    const found = problems((f) => {
      f.channelCard = { show: ["dates", "resident_name", "phone", "nivo", "level"] };
      f.form.fields.find((x: Parsed) => x.id === "months_in_arrears").showOnCard = false;
      f.channelCard.show.push("months_in_arrears");
    });
    expect(found).toEqual([
      expect.stringMatching(/^channelCard\.show\.0: "dates" goes only to the case's routed parties/),
      'channelCard.show.1: "resident_name" is a personal field: it never goes to a channel',
      'channelCard.show.2: "phone" is a personal field: it never goes to a channel',
      expect.stringMatching(/^channelCard\.show\.3: unknown item "nivo"/),
      'channelCard.show.5: field "months_in_arrears" is not on the card: give it showOnCard: true first',
    ]);
  });

  it("refuses limits that count something the flow lacks, twice the same id, or a household it cannot tell", () => {
    const found = problems((f) => {
      const base = f.limits[0];
      f.limits.push({ ...base, id: "per_step", count: { step: "nergens" } });
      f.limits.push({ ...base, id: "per_branch", count: { branch: "zijpad" } });
      f.limits.push({ ...base, id: "per_event", count: { event: "onbekend" } });
      f.limits.push({ ...base });
      for (const field of f.form.fields) delete field.bind;
      f.form.fields[0].bind = "municipality";
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'limits.1.count.step: unknown step "nergens"',
        'limits.2.count.branch: unknown branch "zijpad"',
        'limits.3.count.event: unknown event "onbekend"',
        'limits.4.id: "one_signal_per_quarter" appears twice',
        "limits.0.per: per: household needs a form field with bind: household (or use per: case)",
      ]),
    );
  });

  it("refuses a limit that would never be checked: on a main-line step, or a branch that starts only on its date", () => {
    const never =
      "so this limit would never refuse anything (limits are checked when a party opts in or records an event)";
    const onMainLine = problems((f) =>
      f.limits.push({ ...f.limits[0], id: "one_visit", count: { step: "attempt_visit" } }),
    );
    expect(onMainLine).toEqual([`limits.1.count.step: "attempt_visit" starts by itself, ${never}`]);
    const routes = readFileSync("test/fixtures/flows/achterstand-routes.yaml", "utf8")
      .replace("startBranch: early_route", "notify: [wmo]")
      .concat(
        "limits:\n  - { id: one_route, count: { branch: early_route }, per: case, max: 1, message: Al gestart. }\n",
      );
    expect(flowProblemsOf(routes)).toContain(
      `limits[0].count.branch (line ${routes.split("\n").length - 1}): "early_route" starts only on its date, ${never}`,
    );
  });

  it("refuses fields on a step no single party completes, and fields that bind, take a source or repeat the form", () => {
    const found = problems((f) => {
      const assess = f.steps.find((s: Parsed) => s.id === "assess");
      assess.optional = true;
      assess.fields = [
        { id: "score", label: "Score", type: "number", bind: "household" },
        { id: "wie", label: "Wie", type: "select", source: "organisations" },
        { id: "phone", label: "Telefoon", type: "text" },
      ];
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^steps\.0\.fields: fields are asked when one party completes a main-line task step/),
        "steps.0.fields.0.bind: a step's field cannot bind (bind belongs to the report form)",
        "steps.0.fields.1.source: a step's select takes options, not a source",
        'steps.0.fields.2.id: "phone" is already a report form field',
      ]),
    );
  });

  it("refuses texts for unknown steps or parties, with file tags, unknown variables, bad syntax or a repeated id", () => {
    const found = problems((f) => {
      const letter = f.texts[0];
      f.texts.push({ ...letter, id: "lost", step: "nergens", for: ["politie"] });
      f.texts.push({ ...letter, id: "include", template: "{% include 'geheim.txt' %}" });
      f.texts.push({ ...letter, id: "unknown_var", template: "Beste {{ bsn }}" });
      f.texts.push({ ...letter, id: "broken", template: "{% if resident_name %}zonder einde" });
      f.texts.push({ ...letter });
    });
    expect(found).toEqual(
      expect.arrayContaining([
        'texts.1.step: unknown step "nergens"',
        'texts.1.for.0: unknown party "politie"',
        "texts.2.template: a flow text cannot include, render or layout files",
        'texts.3.template: unknown variable "bsn" (use a form field, a step field, a date or case.*)',
        expect.stringMatching(/^texts\.4\.template: the template does not parse: /),
        'texts.5.id: "letter" appears twice',
      ]),
    );
  });
});

describe("a valid flow at work", () => {
  const flow = flowSchema.parse(shipped("vroegsignalering"));

  it("renders a text with the case's values and refuses a value it lacks instead of leaving a blank", () => {
    const letter = flow.texts[0];
    if (!letter) throw new Error("the early-signal flow has its letter");
    const values = { resident_name: "Fictieve Huurder", months_in_arrears: 2 };
    const text = renderFlowText(letter, { ...values, case: { municipality: "Roosendaal", reference: "VS-2026-0001" } });
    expect(text).toContain("Beste Fictieve Huurder,");
    expect(text).toContain("Kenmerk: VS-2026-0001");
    expect(() => renderFlowText(letter, values)).toThrow();
    expect(textAudience(letter, flow.steps, ["wmo", "corporation"])).toEqual(["wmo"]);
    expect(textAudience({ ...letter, for: ["corporation"] }, flow.steps, ["wmo", "corporation"])).toEqual([
      "corporation",
    ]);
    expect(textAudience({ ...letter, step: "acknowledge" }, [{ id: "acknowledge", owner: "all" }], ["a", "b"])).toEqual(
      ["a", "b"],
    );
  });

  it("counts a limit as the timeline event it stands for", () => {
    expect(limitSubject({ step: "time_out" })).toEqual({ type: "step.started", key: "stepId", id: "time_out" });
    expect(limitSubject({ branch: "plan" })).toEqual({ type: "branch.started", key: "branch", id: "plan" });
    expect(limitSubject({ event: "arrears_grow" })).toEqual({
      type: "case_event.recorded",
      key: "event",
      id: "arrears_grow",
    });
  });

  it("walks the main line and ends a branch", () => {
    expect(firstMainStep(flow).id).toBe("assess");
    expect(nextMainStep(flow, "assess")?.id).toBe("attempt_letter");
    expect(nextMainStep(flow, "feedback")).toBeNull();
    expect(nextBranchStep(flow, "geen-tak", "assess")).toBeNull();
  });

  it("lets the channel hear only what its card may show", () => {
    const card = { private: false, show: ["level"] };
    expect(channelShows(card, "level")).toBe(true);
    expect(channelMayHear(card, "notice.escalated")).toBe(true);
    expect(channelMayHear(card, "notice.closed")).toBe(false);
    expect(channelMayHear(card, "notice.dates_entered")).toBe(false);
    expect(channelMayHear(card, "notice.acknowledged")).toBe(true);
    expect(channelMayHear({ private: true, show: ["level"] }, "notice.escalated")).toBe(false);
  });
});
