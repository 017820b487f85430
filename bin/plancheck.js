#!/usr/bin/env node
// The plancheck command: runs the bundled command line (npm run build:cli makes it).
'use strict';
const path = require('path');
const BUNDLE = path.join(__dirname, '..', 'build', 'cli', 'plancheck.js');
let main;
try {
  main = require(BUNDLE);
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(BUNDLE)) {
    process.stderr.write('plancheck: not built yet: run "npm install" (or "npm run build:cli") in the PlanCheck folder first\n');
    process.exit(2);
  }
  throw e;
}
main.run(process.argv).then((code) => { process.exitCode = code; });
