import type { Agreement, AgreementGoal, Evaluation, Party } from "./types.js";

/**
 * The part of an agreement that the report reads (report/build.ts, report/summary.ts). Lint worker threads
 * send this instead of the whole agreement when the report asks for it (`withData: "digest"`): measures,
 * meters' and criteria's other parts, terms, waivers and the superior stay in the worker, so less is copied
 * across the thread boundary and less is kept alive for the collector (issue 13, round 4). Every agreement
 * is also a digest, so the report reads either.
 */
export interface AgreementDigest {
  id: string;
  title: string;
  ministry: Agreement["ministry"];
  organisation: string;
  model: Agreement["model"];
  kind?: Agreement["kind"];
  parties: { official: Pick<Party, "name" | "title"> };
  cycle: number;
  agreed: string;
  goals: DigestGoal[];
  evaluations?: Pick<Evaluation, "year" | "rating" | "bonus" | "summary">[];
}

/** A goal as the report reads it: its meters and criteria only as far as whether they are given. */
export type DigestGoal = Pick<AgreementGoal, "id" | "section" | "common" | "title"> & { meters?: readonly unknown[]; criteria?: object };

export function digestAgreement(agreement: Agreement): AgreementDigest {
  const digest: AgreementDigest = {
    id: agreement.id,
    title: agreement.title,
    ministry: agreement.ministry,
    organisation: agreement.organisation,
    model: agreement.model,
    parties: { official: { name: agreement.parties.official.name, title: agreement.parties.official.title } },
    cycle: agreement.cycle,
    agreed: agreement.agreed,
    goals: agreement.goals.map(digestGoal),
  };
  if (agreement.kind !== undefined) digest.kind = agreement.kind;
  if (agreement.evaluations !== undefined) {
    digest.evaluations = agreement.evaluations.map(({ year, rating, bonus, summary }) => ({ year, rating, bonus, summary }));
  }
  return digest;
}

function digestGoal(goal: AgreementGoal): DigestGoal {
  const digest: DigestGoal = { id: goal.id, section: goal.section, title: goal.title };
  if (goal.common !== undefined) digest.common = goal.common;
  // The report only asks whether a goal has meters and criteria (missingForBonus): one placeholder each
  // keeps that answer without copying the texts.
  if (goal.meters !== undefined) digest.meters = goal.meters.length === 0 ? [] : [0];
  if (goal.criteria !== undefined) digest.criteria = Object.keys(goal.criteria).length === 0 ? {} : { given: true };
  return digest;
}
