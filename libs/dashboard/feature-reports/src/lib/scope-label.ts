/** The message key and code a kept report's scope (`city`, `district:150124`, `agency:101001`) reads as. */
export function scopeLabel(scope: string): { key: string; code: string } {
  const [kind, code = ''] = scope.split(':');
  if (kind === 'district') return { key: 'rp.district', code };
  if (kind === 'agency') return { key: 'rp.agency', code };
  return { key: 'rp.city', code: '' };
}
