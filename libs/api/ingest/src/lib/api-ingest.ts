export function apiIngest(): string {
  return 'api-ingest';
}
