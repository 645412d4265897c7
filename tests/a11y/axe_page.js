// Runs axe-core over a web page in jsdom and prints its violations as JSON (one object per rule).
// Usage: node tests/a11y/axe_page.js page.html   (axe-core and jsdom from the project's node_modules)
"use strict";
const fs = require("fs");
const path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");

const html = fs.readFileSync(process.argv[2], "utf8");
// jsdom has no canvas: axe's colour-contrast probe logs "not implemented" and the rule ends as incomplete.
const virtualConsole = new VirtualConsole();
virtualConsole.on("jsdomError", (error) => {
  if (!String(error.message).includes("Not implemented")) process.stderr.write(String(error) + "\n");
});
const dom = new JSDOM(html, { runScripts: "outside-only", pretendToBeVisual: true, virtualConsole });
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
dom.window.eval(axeSource);
dom.window.axe
  // color-contrast needs a layout engine jsdom does not have; axe reports it as incomplete, not as passed.
  .run(dom.window.document, { resultTypes: ["violations"] })
  .then((results) => {
    const out = results.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")),
    }));
    process.stdout.write(JSON.stringify({ violations: out, passes: results.passes.length }) + "\n");
  })
  .catch((error) => { process.stderr.write(String(error) + "\n"); process.exit(2); });
