export function apiDb(): string {
  return 'api-db';
}
