import { apiIngest } from './api-ingest';

describe('apiIngest', () => {
  it('should work', () => {
    expect(apiIngest()).toEqual('api-ingest');
  })
})
