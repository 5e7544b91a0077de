import { apiAlerts } from './api-alerts';

describe('apiAlerts', () => {
  it('should work', () => {
    expect(apiAlerts()).toEqual('api-alerts');
  })
})
