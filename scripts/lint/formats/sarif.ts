import { createHash } from "node:crypto";
import { DOCS_BASE, type Finding } from "../finding.js";
import { ruleDescription, SARIF_HELP } from "../../messages/rule-descriptions.js";
import type { Language } from "../../model/types.js";
import type { Rule } from "../../rules/rule.js";
import type { Formatter } from "./formatter.js";

/** The schema GitHub code scanning names in its own examples; the official one is its copy. */
const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/**
 * The partialFingerprints key. Versioned as the SARIF spec asks, so that a change to what goes into the hash
 * can get a new key instead of silently closing and reopening every alert.
 */
export const FINGERPRINT_KEY = "agreementsFindingHash/v1";

/** The README, where every rule has its own section. */
const INFORMATION_URI = DOCS_BASE.replace(/#$/, "");

/** `front-matter-syntax` -> `FrontMatterSyntax`: SARIF's `name` is meant to be an identifier-like form of the rule. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

function describeRule(rule: Rule, language: Language = "en") {
  const docs = DOCS_BASE + rule.id;
  const description = ruleDescription(rule, language);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: {
      text: `${description} ${SARIF_HELP[language].text(docs)}`,
      markdown: `${description}\n\n${SARIF_HELP[language].markdown(docs)}`,
    },
    helpUri: docs,
    defaultConfiguration: { level: rule.defaultSeverity },
  };
}

/**
 * A repository-relative path as a URI reference: each segment percent-encoded, so a file name with a space or
 * an "ä" is still a valid URI that code scanning resolves against the checkout (%SRCROOT%).
 */
function toUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** SARIF wants a region that covers at least one column; an empty range (a missing key) is widened to one. */
function regionOf(finding: Finding) {
  const endsBeforeStart = finding.endLine < finding.line || (finding.endLine === finding.line && finding.endColumn <= finding.column);
  return {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: endsBeforeStart ? finding.line : finding.endLine,
    endColumn: endsBeforeStart ? finding.column + 1 : finding.endColumn,
  };
}

/**
 * A fingerprint from what the finding is (rule, file, message), not where: editing lines above it must not make
 * GitHub close the alert and open a new one. Identical findings in one file are told apart by their order.
 */
function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const identity = JSON.stringify([finding.rule, finding.file, finding.message]);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    const input = occurrence === 1 ? identity : `${identity}#${occurrence}`;
    return createHash("sha256").update(input).digest("hex");
  });
}

/** SARIF 2.1.0 for GitHub code scanning: one run, every rule described, one result per finding. */
export const formatSarif: Formatter = (findings, options) => {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const hashes = fingerprints(findings);
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "agreements",
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            informationUri: INFORMATION_URI,
            rules: options.rules.map((rule) => describeRule(rule, options.language)),
          },
        },
        columnKind: "utf16CodeUnits",
        results: findings.map((finding, index) => ({
          ruleId: finding.rule,
          ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
          level: finding.severity,
          message: { text: finding.hint ? `${finding.message} ${finding.hint}` : finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(finding.file), uriBaseId: "%SRCROOT%" },
                region: regionOf(finding),
              },
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: hashes[index]! },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
