#!/usr/bin/env node
// The plancheck command: runs the compiled command line (npm run build:cli makes it).
'use strict';
const path = require('path');
let main;
try {
  main = require(path.join(__dirname, '..', 'build', 'cli', 'main.js'));
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(path.join('build', 'cli', 'main.js'))) {
    process.stderr.write('plancheck: not built yet: run "npm install" (or "npm run build:cli") in the PlanCheck folder first\n');
    process.exit(2);
  }
  throw e;
}
main.run(process.argv).then((code) => { process.exitCode = code; });
