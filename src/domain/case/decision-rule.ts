// Decision rules for joint decisions (a second chance is a joint responsibility, convenant art. 20).
export type Advice = "agree" | "agree_with_conditions" | "disagree" | "none";
export type DecisionRule = "unanimous" | "majority";

const inFavour = (a: Advice) => a === "agree" || a === "agree_with_conditions";

export function decide(rule: DecisionRule, advice: readonly Advice[]): "granted" | "rejected" {
  if (advice.length === 0) return "rejected";
  const favour = advice.filter(inFavour).length;
  return rule === "unanimous"
    ? favour === advice.length
      ? "granted"
      : "rejected"
    : favour * 2 > advice.length
      ? "granted"
      : "rejected";
}
