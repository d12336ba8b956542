import { onTestFinished } from "vitest";

/**
 * Collects the unhandled promise rejections of the running test. Commands that start several Git processes
 * at once must settle the ones an earlier error makes moot; vitest would fail the run on one anyway, and this
 * makes the check explicit in the test that is about it.
 */
export function watchRejections(): unknown[] {
  const seen: unknown[] = [];
  const listener = (reason: unknown): void => void seen.push(reason);
  process.on("unhandledRejection", listener);
  onTestFinished(() => void process.off("unhandledRejection", listener));
  return seen;
}
