import { sharedModel } from './shared-model';

describe('sharedModel', () => {
  it('should work', () => {
    expect(sharedModel()).toEqual('shared-model');
  })
})
