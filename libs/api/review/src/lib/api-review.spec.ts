import { apiReview } from './api-review';

describe('apiReview', () => {
  it('should work', () => {
    expect(apiReview()).toEqual('api-review');
  })
})
