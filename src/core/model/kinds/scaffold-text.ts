/** Pieces shared by the scaffolds of `sqms new`: ids, quoted text and the document-control block. */

/** The next free three-digit number after the highest used with `prefix`. */
export function nextNumber(ids: Iterable<string>, prefix: string): string {
  let max = 0;
  for (const id of ids) if (id.startsWith(prefix)) max = Math.max(max, Number(id.slice(prefix.length)) || 0);
  return String(max + 1).padStart(3, '0');
}

/** Text as a YAML string (JSON's quoting is valid YAML). */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}

/**
 * The document-control fields of a new standard or KPI: a standard's requirement and a KPI's target
 * are controlled like an SOP (a new version for a change in substance, approved before it takes effect).
 */
export function controlTemplate(approvers: readonly string[], date: string, summary: string): string {
  return `# Document control: change the substance only with a new version ("1.1" for a correction, "2.0" for a
# new target, threshold, requirement or time limit) and a change-log entry; approved before it takes effect.
version: "1.0"
effective: ${date} # the day it takes effect; a later date keeps the version before in force until then
approvers: [${approvers.join(', ')}]
reviewIntervalMonths: 12
changeLog:
  - version: "1.0"
    date: ${date}
    change: major
    summary: ${summary}
`;
}
