// The Angular projects' ESLint config (the app and every libs/dashboard project), kept in one place.
import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'bs',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'bs',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    rules: {
      // The name picker holds its own <input>: a <label> around it labels that input.
      '@angular-eslint/template/label-has-associated-control': [
        'error',
        { controlComponents: ['bs-name-picker'] },
      ],
    },
  },
];
