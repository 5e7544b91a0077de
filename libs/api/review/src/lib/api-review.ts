export function apiReview(): string {
  return 'api-review';
}
