import { createHash } from "node:crypto";

/**
 * The fake GitHub's memory: plain objects a test seeds before running a command and reads
 * afterwards. The server turns them into full API objects (factories.ts) only when answering.
 * Times come from a fixed clock that moves one minute per change, and ids and commit shas from
 * counters, so output is the same on every run.
 */

export interface FakeUser {
  login: string;
  type: "User" | "Bot";
}

export interface FakePullFile {
  path: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  previousPath?: string;
}

export interface FakeReview {
  id: number;
  user: string;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
  commitId: string;
  body: string;
  submittedAt: string;
}

/** A commit of a pull request: who GitHub ties it to, and whether it verified the signature. */
export interface FakeCommit {
  sha: string;
  /** Login of the author as GitHub attributes it; null when GitHub ties the commit to no account. */
  author: string | null;
  /** Login of the committer; "web-flow" for commits made on GitHub's web pages. */
  committer: string | null;
  verified: boolean;
  date: string;
}

/** Who made a commit pushed to a pull request; by default its author, in GitHub's web editor. */
export interface CommitSeed {
  author?: string | null;
  committer?: string | null;
  verified?: boolean;
}

export interface FakePull {
  id: number;
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  draft: boolean;
  merged: boolean;
  author: string;
  head: { ref: string; sha: string; repository: string };
  base: { ref: string; sha: string };
  files: FakePullFile[];
  /** Oldest first; the last is the head. */
  commits: FakeCommit[];
  reviews: FakeReview[];
  requestedReviewers: string[];
  labels: string[];
  createdAt: string;
  updatedAt: string;
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  author: string;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface FakeComment {
  id: number;
  /** The issue or pull request number. */
  issueNumber: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
}

export interface FakeStatus {
  id: number;
  sha: string;
  state: "error" | "failure" | "pending" | "success";
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
}

export interface FakeAsset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  uploader: string;
  createdAt: string;
  /** null: the asset's `digest` is null, as for assets GitHub uploaded before it computed digests. */
  digest?: null;
}

export interface FakeRelease {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  assets: FakeAsset[];
  createdAt: string;
  /** A hostile server's `upload_url` (default: the fake's own uploads host). */
  uploadUrl?: string;
}

export interface PullRequestSeed {
  author: string;
  title?: string;
  body?: string;
  /** Branch of the head; default `change-<number>`. */
  headRef?: string;
  /** Default: a new sha. */
  headSha?: string;
  baseRef?: string;
  draft?: boolean;
  state?: "open" | "closed";
  merged?: boolean;
  /** The head lives in this fork (`owner/repo`) instead of the repository itself. */
  fork?: string;
  /** Changed files; with text, the file's content at the head commit too. */
  files?: (FakePullFile & { text?: string })[];
  labels?: string[];
  requestedReviewers?: string[];
  /** Who made the head commit (default: the author, in the web editor, verified). */
  commit?: CommitSeed;
}

export interface ReviewSeed {
  user: string;
  state: FakeReview["state"];
  /** Default: the pull request's current head. */
  commitId?: string;
  body?: string;
}

/** One repository on the fake GitHub. */
export class FakeRepository {
  readonly id: number;
  defaultBranch = "main";
  private: boolean = false;
  /** `heads/<branch>` or `tags/<tag>` -> commit sha. */
  readonly refs = new Map<string, string>();
  /** commit sha -> repository path -> text. */
  readonly files = new Map<string, Map<string, string>>();
  readonly pulls = new Map<number, FakePull>();
  readonly issues = new Map<number, FakeIssue>();
  readonly comments: FakeComment[] = [];
  readonly labels = new Map<string, FakeLabel>();
  readonly statuses: FakeStatus[] = [];
  readonly releases: FakeRelease[] = [];
  /** Workflow runs asked for through workflow_dispatch: the workflow's file name or id, and the branch. */
  readonly dispatches: { workflow: string; ref: string }[] = [];
  private nextNumber = 1;

  constructor(
    readonly state: FakeState,
    readonly owner: string,
    readonly name: string,
  ) {
    this.id = state.nextId();
    this.refs.set(`heads/${this.defaultBranch}`, state.newSha());
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  /** Issues and pull requests share one numbering, as on GitHub. */
  takeNumber(): number {
    return this.nextNumber++;
  }

  /** The commit a branch, tag or sha names, if known. */
  resolveRef(ref: string): string | undefined {
    if (this.files.has(ref) || /^[0-9a-f]{40}$/.test(ref)) return ref;
    return this.refs.get(`heads/${ref}`) ?? this.refs.get(`tags/${ref}`) ?? this.refs.get(ref.replace(/^refs\//, ""));
  }

  /** Points a branch at `sha` (default: a new commit), creating it if needed; returns the sha. */
  setBranch(branch: string, sha: string = this.state.newSha()): string {
    this.refs.set(`heads/${branch}`, sha);
    return sha;
  }

  /**
   * Sets file contents at a commit. `ref` is a sha, or a branch name (created, or moved to a new
   * commit that keeps the branch's other files). Returns the commit's sha.
   */
  setFiles(ref: string, files: Record<string, string>): string {
    let sha = ref;
    if (!/^[0-9a-f]{40}$/.test(ref)) {
      const previous = this.resolveRef(ref);
      sha = this.setBranch(ref);
      if (previous) this.files.set(sha, new Map(this.files.get(previous)));
    }
    const tree = this.files.get(sha) ?? new Map<string, string>();
    for (const [path, text] of Object.entries(files)) tree.set(path, text);
    this.files.set(sha, tree);
    return sha;
  }

  addPullRequest(seed: PullRequestSeed): FakePull {
    const number = this.takeNumber();
    const headRef = seed.headRef ?? `change-${number}`;
    const headSha = seed.headSha ?? this.state.newSha();
    const now = this.state.now();
    const pull: FakePull = {
      id: this.state.nextId(),
      number,
      title: seed.title ?? `Change ${number}`,
      body: seed.body ?? "",
      state: seed.state ?? "open",
      draft: seed.draft ?? false,
      merged: seed.merged ?? false,
      author: seed.author,
      head: { ref: headRef, sha: headSha, repository: seed.fork ?? this.fullName },
      base: { ref: seed.baseRef ?? this.defaultBranch, sha: this.resolveRef(seed.baseRef ?? this.defaultBranch) ?? this.state.newSha() },
      files: (seed.files ?? []).map(({ text: _text, ...file }) => file),
      commits: [],
      reviews: [],
      requestedReviewers: [...(seed.requestedReviewers ?? [])],
      labels: [],
      createdAt: now,
      updatedAt: now,
    };
    if (!seed.fork) this.refs.set(`heads/${headRef}`, headSha);
    const texts = Object.fromEntries((seed.files ?? []).filter((file) => file.text !== undefined).map((file) => [file.path, file.text!]));
    if (Object.keys(texts).length > 0) this.setFiles(headSha, texts);
    for (const label of seed.labels ?? []) pull.labels.push(this.ensureLabel(label).name);
    pull.commits.push(this.commitOf(headSha, seed.author, seed.commit));
    this.pulls.set(number, pull);
    return pull;
  }

  /** A new commit on the pull request's head: earlier reviews now refer to an older commit. Returns the new sha. */
  pushToPull(number: number, files: Record<string, string> = {}, by: CommitSeed = {}): string {
    const pull = this.pull(number);
    const sha = this.state.newSha();
    pull.commits.push(this.commitOf(sha, pull.author, by));
    this.files.set(sha, new Map([...(this.files.get(pull.head.sha) ?? new Map<string, string>()), ...Object.entries(files)]));
    pull.head.sha = sha;
    pull.updatedAt = this.state.now();
    if (pull.head.repository === this.fullName) this.refs.set(`heads/${pull.head.ref}`, sha);
    return sha;
  }

  private commitOf(sha: string, pullAuthor: string, seed: CommitSeed = {}): FakeCommit {
    return { sha, author: seed.author === undefined ? pullAuthor : seed.author, committer: seed.committer === undefined ? "web-flow" : seed.committer, verified: seed.verified ?? true, date: this.state.now() };
  }

  addReview(number: number, seed: ReviewSeed): FakeReview {
    const pull = this.pull(number);
    const review: FakeReview = {
      id: this.state.nextId(),
      user: seed.user,
      state: seed.state,
      commitId: seed.commitId ?? pull.head.sha,
      body: seed.body ?? "",
      submittedAt: this.state.now(),
    };
    pull.reviews.push(review);
    return review;
  }

  addIssue(seed: { title: string; body?: string; author?: string; labels?: string[]; state?: "open" | "closed" }): FakeIssue {
    const now = this.state.now();
    const issue: FakeIssue = {
      id: this.state.nextId(),
      number: this.takeNumber(),
      title: seed.title,
      body: seed.body ?? "",
      state: seed.state ?? "open",
      author: seed.author ?? this.state.viewer.login,
      labels: (seed.labels ?? []).map((label) => this.ensureLabel(label).name),
      createdAt: now,
      updatedAt: now,
      closedAt: seed.state === "closed" ? now : null,
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  addComment(issueNumber: number, seed: { user: string; body: string }): FakeComment {
    const now = this.state.now();
    const comment: FakeComment = { id: this.state.nextId(), issueNumber, user: seed.user, body: seed.body, createdAt: now, updatedAt: now };
    this.comments.push(comment);
    return comment;
  }

  addRelease(seed: { tagName: string; name?: string; body?: string; draft?: boolean; assets?: { name: string; contentType?: string; data?: string | Buffer }[] }): FakeRelease {
    const release: FakeRelease = {
      id: this.state.nextId(),
      tagName: seed.tagName,
      targetCommitish: this.defaultBranch,
      name: seed.name ?? seed.tagName,
      body: seed.body ?? "",
      draft: seed.draft ?? false,
      prerelease: false,
      author: this.state.viewer.login,
      assets: [],
      createdAt: this.state.now(),
    };
    for (const asset of seed.assets ?? []) {
      release.assets.push({
        id: this.state.nextId(),
        name: asset.name,
        label: null,
        contentType: asset.contentType ?? "application/octet-stream",
        data: Buffer.from(asset.data ?? ""),
        uploader: this.state.viewer.login,
        createdAt: this.state.now(),
      });
    }
    if (!this.refs.has(`tags/${seed.tagName}`)) this.refs.set(`tags/${seed.tagName}`, this.resolveRef(this.defaultBranch)!);
    this.releases.push(release);
    return release;
  }

  /** The label, created (as GitHub does when one is added to an issue) if it does not exist. */
  ensureLabel(name: string): FakeLabel {
    const existing = [...this.labels.values()].find((label) => label.name.toLowerCase() === name.toLowerCase());
    if (existing) return existing;
    const label: FakeLabel = { id: this.state.nextId(), name, color: "ededed" };
    this.labels.set(name, label);
    return label;
  }

  pull(number: number): FakePull {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`fake-github: ${this.fullName} has no pull request #${number}`);
    return pull;
  }

  /** Statuses of a commit, newest first (as GitHub lists them). */
  statusesOf(sha: string): FakeStatus[] {
    return this.statuses.filter((status) => status.sha === sha).reverse();
  }

  /** Comments on an issue or pull request, oldest first. */
  commentsOn(issueNumber: number): FakeComment[] {
    return this.comments.filter((comment) => comment.issueNumber === issueNumber);
  }
}

const START = Date.parse("2020-05-01T08:00:00Z");

/** Everything the fake GitHub knows. */
export class FakeState {
  readonly repositories = new Map<string, FakeRepository>();
  /** Who the token belongs to: the author of comments, statuses, releases and issues it creates. */
  viewer: FakeUser = { login: "github-actions[bot]", type: "Bot" };
  /** Logins that exist; requesting a review from anyone else is refused (422), as on GitHub. Empty: everyone exists. */
  readonly users = new Set<string>();
  private ids = 1000;
  private shas = 0;
  private minutes = 0;

  constructor(defaultRepository: string) {
    this.addRepository(defaultRepository);
  }

  addRepository(fullName: string): FakeRepository {
    const [owner, name] = fullName.split("/");
    if (!owner || !name) throw new Error(`fake-github: a repository is "owner/name", not "${fullName}"`);
    const repository = new FakeRepository(this, owner, name);
    this.repositories.set(fullName.toLowerCase(), repository);
    return repository;
  }

  /** The repository, by `owner/name` (case-insensitive, as GitHub); undefined when it does not exist. */
  findRepository(owner: string, name: string): FakeRepository | undefined {
    return this.repositories.get(`${owner}/${name}`.toLowerCase());
  }

  nextId(): number {
    return this.ids++;
  }

  /** A new, unique, realistic-looking commit sha. */
  newSha(): string {
    return createHash("sha1").update(`fake-commit-${this.shas++}`).digest("hex");
  }

  /** The fake clock: 2020-05-01T08:00:00Z, then one minute later at every call. */
  now(): string {
    return new Date(START + this.minutes++ * 60_000).toISOString().replace(/\.000Z$/, "Z");
  }
}
