const nxPreset = require('@nx/jest/preset').default;

module.exports = { ...nxPreset };// Embedded-default specs run only under jest.embedded.config.ts.
module.exports.testPathIgnorePatterns = ['/node_modules/', '\\.embedded\\.spec\\.ts$'];
