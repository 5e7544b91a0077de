export function apiRules(): string {
  return 'api-rules';
}
