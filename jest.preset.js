const nxPreset = require('@nx/jest/preset').default;

module.exports = { ...nxPreset }; // Embedded-default specs run only under jest.embedded.config.ts.
// Every project names its own transform (ts-jest, or jest-preset-angular for the dashboard). The Nx
// preset's catch-all ts-jest transform would otherwise sit beside jest-preset-angular's and hand it
// a plain ts-jest config set ("configSet.processWithEsbuild is not a function") on a cold cache.
delete module.exports.transform;
module.exports.testPathIgnorePatterns = ['/node_modules/', '\\.embedded\\.spec\\.ts$'];
// CI machines are small (2 cores) and shared: a generous per-test timeout avoids flaky failures.
module.exports.testTimeout = 60_000;
