/** The fiscal year and cut-off date every supervision view is read at (helpers: shared-model fiscal-scope). */
export interface ReviewScope {
  fiscalYear: number;
  asOf: string;
}
