/** `${ruleId}|${subjectKey}` → severity. */
export type AlertMap = Map<string, string>;
