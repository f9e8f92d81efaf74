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
  files: ['tests/**/*.ts'],
  rules: {
    // Test titles here open with the models, papers and chips they pin (GPT-3, PaLM, ZeRO, H100): the
    // rule's autofix lowercases the first letter only and wrote "gPT-3" and "pALM's". A list of allowed
    // prefixes would have to name every model the data adds, so the rule is off.
    'test/prefer-lowercase-title': 'off',
  },
}, {
  files: ['tests/browser/**/*.ts'],
  rules: {
    // Playwright's Locator.innerText() (visible text) is meant here, not the DOM property the rule targets.
    'unicorn/prefer-dom-node-text-content': 'off',
  },
})
