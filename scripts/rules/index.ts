import type { Rule } from "./rule.js";
import { frontMatterSyntax } from "./front-matter-syntax.js";
import { schema } from "./schema.js";
import { catalogue } from "./catalogue.js";
import { uniqueId } from "./unique-id.js";
import { unknownCycle } from "./unknown-cycle.js";
import { unknownCommonGoal } from "./unknown-common-goal.js";
import { commonGoalsMissing } from "./common-goals-missing.js";
import { measuresMissing } from "./measures-missing.js";
import { metersMissing } from "./meters-missing.js";
import { criteriaMissing } from "./criteria-missing.js";
import { bonusNotApplicable } from "./bonus-not-applicable.js";
import { evaluationMissing } from "./evaluation-missing.js";
import { notUpdated } from "./not-updated.js";
import { lateUpdate } from "./late-update.js";
import { termDates } from "./term-dates.js";
import { partiesDistinct } from "./parties-distinct.js";
import { legacyModel } from "./legacy-model.js";
import { sectionsMissing } from "./sections-missing.js";
import { brokenLink } from "./broken-link.js";
import { personalIdentityCode } from "./personal-identity-code.js";
import { waiverExpired } from "./waiver-expired.js";
import { toBeFilled } from "./to-be-filled.js";
import { ministryFolder } from "./ministry-folder.js";
import { idFileName } from "./id-file-name.js";
import { duplicateGoalId } from "./duplicate-goal-id.js";
import { agreedInCycle } from "./agreed-in-cycle.js";
import { commentInValue } from "./comment-in-value.js";

/** Every rule, in the order they are documented. Pass this (or a subset) to lint(); nothing registers itself. */
export const RULES: readonly Rule[] = [
  frontMatterSyntax,
  schema,
  catalogue,
  uniqueId,
  unknownCycle,
  unknownCommonGoal,
  commonGoalsMissing,
  measuresMissing,
  metersMissing,
  criteriaMissing,
  bonusNotApplicable,
  evaluationMissing,
  notUpdated,
  lateUpdate,
  termDates,
  partiesDistinct,
  legacyModel,
  sectionsMissing,
  brokenLink,
  personalIdentityCode,
  waiverExpired,
  toBeFilled,
  ministryFolder,
  idFileName,
  duplicateGoalId,
  agreedInCycle,
  commentInValue,
];
