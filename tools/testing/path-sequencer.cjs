// Embedded specs share one PGlite instance: run them in a fixed order (by path) so that each run
// sees the same database history.
const Sequencer = require(
  require.resolve('@jest/test-sequencer', { paths: [require.resolve('jest')] }),
).default;

module.exports = class PathSequencer extends Sequencer {
  sort(tests) {
    const dir = process.env.EMBEDDED_SPEC_ORDER === 'reverse' ? -1 : 1;
    return [...tests].sort((a, b) => dir * a.path.localeCompare(b.path));
  }
};
