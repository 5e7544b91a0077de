import { REPORTS_MESSAGES } from './messages';
import { scopeLabel } from './scope-label';

describe('scopeLabel', () => {
  it('reads the city, a district and an agency, each with a message in both languages', () => {
    expect(scopeLabel('city')).toEqual({ key: 'rp.city', code: '' });
    expect(scopeLabel('district:150124')).toEqual({ key: 'rp.district', code: '150124' });
    expect(scopeLabel('agency:101001')).toEqual({ key: 'rp.agency', code: '101001' });
    for (const s of ['city', 'district:150124', 'agency:101001']) {
      const [zh, en] = REPORTS_MESSAGES[scopeLabel(s).key] ?? ['', ''];
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
