import { apiImports } from './api-imports';

describe('apiImports', () => {
  it('should work', () => {
    expect(apiImports()).toEqual('api-imports');
  })
})
