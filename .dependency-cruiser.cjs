/**
 * The project's boundaries, checked on every `npm test` (scripts/checks/boundaries.test.mjs).
 * Layers, lowest first; each imports only from the layers below it:
 *   content     questions/              the words and numbers, imports only types (src/content-types.ts)
 *   bank        src/bank/               the question bank: types, checks, steps, answers, risk
 *   clinical    src/clinical/, src/crisis/, src/i18n/
 *                                       pure rules: scoring, trials, options; crisis regions; languages
 *   machine     src/machine/            the flow (XState), pure: the edge provides its actors
 *   output      src/view/, src/summary/, src/fhir/, src/styles/, src/persist/
 *   edge        src/finish/, src/controllers/, the element (src/trd-screener*.ts), src/tools.ts
 */
const LOW = '^(questions|src/(bank|clinical|crisis|i18n|machine|content-types\\.ts))';
const OUTPUT = '^src/(view|summary|fhir|styles|persist)/';
const EDGE = '^src/(finish/|controllers/|trd-screener|tools\\.ts|when-idle\\.ts|events\\.ts)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle makes load order and chunking fragile.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'content-imports-only-types',
      severity: 'error',
      comment: 'Content is data: it imports other content, and types from src/content-types.ts only.',
      from: { path: '^questions/' },
      to: { pathNot: ['^questions/', '^src/content-types\\.ts$'] },
    },
    {
      name: 'content-types-are-types',
      severity: 'error',
      comment: 'Content imports its types without pulling code into the bundle.',
      from: { path: '^questions/' },
      to: { path: '^src/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'bank-below-clinical',
      severity: 'error',
      comment: 'The bank knows questions and answers, not what they mean clinically or how they flow.',
      from: { path: '^src/bank/' },
      to: { path: '^src/(clinical|crisis|i18n|machine)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'rules-are-given-their-content',
      severity: 'error',
      comment:
        'Clinical rules take the words they need as arguments; the edge (src/finish, src/i18n) passes them. ' +
        'listed-medicines.ts is the one exception: which medicines are "on the list" is itself the rule.',
      from: { path: '^src/clinical/', pathNot: '^src/clinical/listed-medicines\\.ts$' },
      to: { path: '^questions/' },
    },
    {
      name: 'rules-below-machine',
      severity: 'error',
      comment: 'Clinical rules, crisis regions and languages do not know the flow.',
      from: { path: '^src/(clinical|crisis|i18n)/' },
      to: { path: '^src/machine/' },
    },
    {
      name: 'low-layers-below-output',
      severity: 'error',
      comment: 'Content, rules and the machine never reach the views, the summary, FHIR or the edge.',
      from: { path: LOW },
      to: { path: [OUTPUT, EDGE] },
    },
    {
      name: 'output-below-edge',
      severity: 'error',
      comment: 'Views, summary, FHIR and storage are given what they need; they do not start sessions or load chunks.',
      from: { path: OUTPUT },
      to: { path: EDGE, pathNot: '^src/events\\.ts$' },
    },
    {
      name: 'machine-is-pure',
      severity: 'error',
      comment: 'The machine names its actors; the element provides them (no chunk loading, no view).',
      from: { path: '^src/machine/' },
      to: { path: '^src/(i18n|persist)/|^lit' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)' },
  },
};
