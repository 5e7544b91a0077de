export function apiAuth(): string {
  return 'api-auth';
}
