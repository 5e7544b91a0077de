import { REVENUE_MESSAGES } from './messages';
import { revenueRoutes } from './revenue.routes';

describe('revenue area', () => {
  it('has one page and every message in both languages', () => {
    expect(revenueRoutes).toHaveLength(1);
    for (const [key, [zh, en]] of Object.entries(REVENUE_MESSAGES)) {
      expect({
        key,
        zh: /[\u4e00-\u9fff]/.test(zh),
        en: en.length > 0 && !/[\u4e00-\u9fff]/.test(en),
      }).toEqual({
        key,
        zh: true,
        en: true,
      });
    }
  });
});
