import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // Slidev markdown is prose plus component tags; linting it as code gives false alarms.
  markdown: false,
  ignores: [
    'dist/**',
    '.slidev/**',
    '.tmp/**',
    'bench/results.json',
    '**/*.md',
  ],
}, {
  rules: {
    // Scripts are command-line tools: printing is their job.
    'no-console': 'off',
    'node/prefer-global/process': 'off',
  },
}, {
  files: ['tests/browser/**/*.ts'],
  rules: {
    // Playwright's Locator.innerText() (visible text) is meant here, not the DOM property the rule targets.
    'unicorn/prefer-dom-node-text-content': 'off',
  },
})
