// The house rules for imports, checked in CI (`npm run deps`, part of `npm test`).
// The core is layered from the ground up; a folder may import its own files and the folders
// below it, never one above. The order is the one in core/README.md.
const CORE_LAYERS = ['text', 'grid', 'dates', 'status', 'rag', 'settings', 'plan', 'issues', 'report', 'changes', 'check', 'view', 'edits', 'portfolio'];

/** A rule per layer: files in core/<layer>/ import no core folder above it. */
const layerRules = CORE_LAYERS.map((layer, i) => {
  const above = CORE_LAYERS.slice(i + 1);
  return {
    name: `core-${layer}-imports-no-layer-above`,
    comment: `core/${layer}/ sits below ${above.join(', ') || 'nothing'}: it may not import them (core/README.md)`,
    severity: 'error',
    from: { path: `^core/${layer}/` },
    to: { path: `^core/(${above.join('|') || '$^'})/` },
  };
}).filter((rule) => rule.to.path !== '^core/($^)/');

/** Excel, Sheets and the command line share only the core: none imports another, or the tests. */
const HOSTS = ['cli', 'excel-addin', 'sheets-addon'];
const hostRules = HOSTS.map((host) => ({
  name: `${host}-imports-no-other-host`,
  comment: `${host}/ shares only the core with the other hosts, and ships without the tests and their doubles`,
  severity: 'error',
  from: { path: `^${host}/` },
  to: { path: `^(${[...HOSTS.filter((h) => h !== host), 'tests', 'testing', 'bench', 'scripts'].join('|')})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Modules that import each other, directly or round a loop, cannot be read or tested one at a time',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-no-host',
      comment: 'The core is pure: it never reaches into a host, the command line, the tests or the test doubles',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(cli|excel-addin|sheets-addon|tests|testing|bench|scripts)/' },
    },
    {
      name: 'core-imports-no-platform',
      comment: 'No Node built-ins and no host SDK in the core: it runs unchanged in Excel, Apps Script and Node',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-root-files-import-no-folder',
      comment: 'The files at the root of core/ other than its public faces (index, basics, contract) are ground-level utilities',
      severity: 'error',
      from: { path: '^core/[^/]+[.]ts$', pathNot: '^core/(index|basics|contract)[.]ts$' },
      to: { path: '^core/[^/]+/' },
    },
    ...layerRules,
    {
      name: 'hosts-reach-core-through-its-faces',
      comment: 'A host depends on the core\'s public faces (core/index.ts; core/basics.ts, its light tables; core/contract.ts, the zod schemas), never on its inner files',
      severity: 'error',
      from: { path: '^(cli|excel-addin|sheets-addon)/' },
      to: { path: '^core/', pathNot: '^core/(index|basics|contract)[.]ts$' },
    },
    {
      name: 'core-basics-stay-light',
      comment: 'core/basics.ts is what --help, the sidebar and the browser double load: nothing behind it may reach zod or chrono-node (the schemas, the date reading)',
      severity: 'error',
      from: { path: '^core/basics[.]ts$' },
      to: { path: 'node_modules/(zod|chrono-node)/', reachable: true },
    },
    ...hostRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|dist|dist-sheets)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
