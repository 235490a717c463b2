// The problems a flow file's text is refused with (the FlowFileError message), or "" when it loads.
import { FlowFileError, parseFlowText } from "../../src/infra/flow-loader.ts";

export function flowProblemsOf(text: string): string {
  try {
    parseFlowText(text, "flows/test.yaml");
  } catch (error) {
    if (error instanceof FlowFileError) return error.message;
    throw error;
  }
  return "";
}
