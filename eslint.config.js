import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  // Slidev markdown is prose plus component tags; linting it as code gives false alarms.
  markdown: false,
  ignores: ['dist/**', '.slidev/**', 'bench/results.json', '**/*.md'],
}, {
  rules: {
    // Scripts are command-line tools: printing is their job.
    'no-console': 'off',
    'node/prefer-global/process': 'off',
  },
})
