/** Where the project lives; rule pages and SARIF help links are built from it. */
export const REPOSITORY_URL = 'https://github.com/port-claims/port-claims';

/** The page that explains a rule: what, why, an example and its fix, how to allow it. */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
