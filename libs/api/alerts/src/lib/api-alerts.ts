export function apiAlerts(): string {
  return 'api-alerts';
}
