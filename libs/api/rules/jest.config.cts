module.exports = {
  displayName: 'api-rules',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  // Integration specs create, migrate and drop a real database.
  testTimeout: 60000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/api/rules',
};
