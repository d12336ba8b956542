/**
 * A fake GitHub for tests: a real HTTP server holding state in memory, checked against GitHub's
 * official OpenAPI description. See README.md in this folder.
 */
export { startFakeGitHub, type FailureRule, type FakeGitHub, type RecordedRequest, type StartOptions } from "./server.js";
export { FakeRepository, FakeState, type FakePull, type FakeReview, type PullRequestSeed, type ReviewSeed } from "./state.js";
export { COMMENT_LIMIT, STATUS_DESCRIPTION_LIMIT } from "./routes.js";
export { simulateActionsRun, webhookExample, type ActionsRun, type SimulatedEvent } from "./actions-run.js";
