const nxPreset = require('@nx/jest/preset').default;

module.exports = { ...nxPreset }; // Embedded-default specs run only under jest.embedded.config.ts.
module.exports.testPathIgnorePatterns = ['/node_modules/', '\\.embedded\\.spec\\.ts$'];
// CI machines are small (2 cores) and shared: a generous per-test timeout avoids flaky failures.
module.exports.testTimeout = 60_000;
