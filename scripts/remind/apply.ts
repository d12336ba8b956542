import { ApplyProgress } from "../apply/progress.js";
import type { GitHub } from "../github/client.js";
import type { ReminderPlan } from "./plan.js";

/**
 * Carries out the plan's one action. A GitHub failure stops it with GitHub's message and what was already
 * done; closing comes before its comment, so a run repeated after a failure never comments twice.
 */
export async function applyReminderPlan(plan: ReminderPlan, github: GitHub, print: (text: string) => void): Promise<void> {
  const action = plan.action;
  const progress = new ApplyProgress("on GitHub");
  await progress.run(async () => {
    if (action.kind === "create") {
      const issue = await github.createIssue({ title: action.title, body: action.body, labels: action.labels });
      progress.done(`opened the issue #${issue.number}`);
      print(`Opened the issue #${issue.number}.\n`);
    } else if (action.kind === "update") {
      await github.updateIssue(action.issue, {
        ...(action.changes.includes("title") ? { title: action.title } : {}),
        ...(action.changes.includes("body") ? { body: action.body } : {}),
      });
      progress.done(`updated the issue #${action.issue}`);
      print(`Updated the issue #${action.issue}.\n`);
    } else if (action.kind === "close") {
      await github.updateIssue(action.issue, { body: action.body, state: "closed" });
      // A closed issue is not reminded of again, so no later run adds the comment: say so rather than promise it.
      progress.cannotResume(`The issue #${action.issue} was closed, with every agreement ticked, but the comment saying why could not be added.`);
      await github.createIssueComment(action.issue, action.comment);
      print(`Closed the issue #${action.issue} with a comment.\n`);
    }
  });
}
