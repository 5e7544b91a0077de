export function sharedModel(): string {
  return 'shared-model';
}
