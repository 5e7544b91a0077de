import { apiRules } from './api-rules';

describe('apiRules', () => {
  it('should work', () => {
    expect(apiRules()).toEqual('api-rules');
  })
})
