// Render TeX formulas with KaTeX and MathJax 3, both made to fail loudly, and report every failure.
//
// stdin:  JSON, a list of {"tex": "...", "display": true|false}
// stdout: JSON, {"checked": N, "failures": [{"index": i, "engine": "katex"|"mathjax", "tex": "...", "error": "..."}]}
// exit:   0 when every formula rendered with both engines, 1 when any failed, 2 on bad input.
// --lines: one such JSON list per line of stdin, one report per line of stdout, until stdin ends (exit 0; a bad
//          line gets {"error": "..."}): the tests start node and load both engines once per worker, not per call.
//
// KaTeX: throwOnError and strict 'error' (no silently accepted non-standard input).
// MathJax: TeX input with base, ams, newcommand and configmacros, without 'noundefined' (which draws an undefined
// macro in red instead of failing), 'noerrors' or 'autoload' (which would quietly load an extension), and a
// formatError that throws: MathJax's default turns every error into an <merror> node and carries on.

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import katex from 'katex';
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { STATE } from 'mathjax-full/js/core/MathItem.js';
import 'mathjax-full/js/input/tex/base/BaseConfiguration.js';
import 'mathjax-full/js/input/tex/ams/AmsConfiguration.js';
import 'mathjax-full/js/input/tex/newcommand/NewcommandConfiguration.js';
import 'mathjax-full/js/input/tex/configmacros/ConfigMacrosConfiguration.js';

function katexError(tex, display) {
  try {
    katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: 'error' });
    return null;
  } catch (error) {
    return String(error.message || error);
  }
}

RegisterHTMLHandler(liteAdaptor());
const texInput = new TeX({
  packages: ['base', 'ams', 'newcommand', 'configmacros'],
  formatError: (_jax, error) => {
    throw error;
  },
});
const mathDocument = mathjax.document('', { InputJax: texInput });

function mathjaxError(tex, display) {
  try {
    mathDocument.convert(tex, { display, end: STATE.CONVERT });
    return null;
  } catch (error) {
    return String(error.message || error);
  }
}

function parseFormulas(text) {
  const formulas = JSON.parse(text);
  if (!Array.isArray(formulas) || !formulas.every((f) => typeof f.tex === 'string')) throw new Error('not a list');
  return formulas;
}

function report(formulas) {
  const failures = [];
  formulas.forEach(({ tex, display }, index) => {
    for (const [engine, check] of [['katex', katexError], ['mathjax', mathjaxError]]) {
      const error = check(tex, Boolean(display));
      if (error !== null) failures.push({ index, engine, tex, error });
    }
  });
  return { checked: formulas.length, failures };
}

const usage = 'check_math: stdin must be a JSON list of {"tex": string, "display": bool}';
if (process.argv.includes('--lines')) {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    let answer;
    try {
      answer = report(parseFormulas(line));
    } catch (error) {
      answer = { error: `${usage}: ${error}` };
    }
    process.stdout.write(JSON.stringify(answer) + '\n');
  }
} else {
  let formulas;
  try {
    formulas = parseFormulas(readFileSync(0, 'utf8'));
  } catch (error) {
    process.stderr.write(`${usage}: ${error}\n`);
    process.exit(2);
  }
  const answer = report(formulas);
  process.stdout.write(JSON.stringify(answer) + '\n');
  process.exit(answer.failures.length ? 1 : 0);
}
