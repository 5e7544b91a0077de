export function apiImports(): string {
  return 'api-imports';
}
