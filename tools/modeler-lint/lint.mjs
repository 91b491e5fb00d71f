// Lints every BPMN, DMN and form of the repository with the rules Camunda Modeler applies for
// Camunda 8.6 (bpmnlint + bpmnlint-plugin-camunda-compat, @camunda/form-linting).
//
// `camunda-compat/zeebe-user-task` is off (see .bpmnlintrc): the rule asks for Zeebe user tasks,
// which the 8.6.0 engine we run cannot assign in the single application and Zeebe Process Test
// cannot complete. Our user tasks are job-based with linked forms on purpose (see README).
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BpmnModdle } from 'bpmn-moddle';
import { DmnModdle } from 'dmn-moddle';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const zeebeSchema = require('zeebe-bpmn-moddle/resources/zeebe.json');
const modelerSchema = require('modeler-moddle/resources/modeler.json');
const dmnModelerSchema = require('modeler-moddle/resources/dmn-modeler.json');

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '..', '..'));
const config = JSON.parse(readFileSync(join(here, '.bpmnlintrc'), 'utf8'));
const PLATFORM = 'Camunda Cloud';
// The engine version the models are linted for: the root pom's camunda.engine.version, passed by
// the build (the same number the stack runs).
const PLATFORM_VERSION = process.argv[3] ?? '8.6.0';

function filesUnder(dir, ending) {
  let found = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'target') found = found.concat(filesUnder(path, ending));
    } else if (name.endsWith(ending)) {
      found.push(path);
    }
  }
  return found.sort();
}

// @camunda/form-linting ships extension-less ES module imports that Node cannot load as they
// are; esbuild bundles it once into the build folder, as Modeler's own build does.
async function loadFormLinter() {
  const outDir = join(here, 'target');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'form-linting.mjs');
  await esbuild.build({
    entryPoints: [require.resolve('@camunda/form-linting/index.js')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error'
  });
  return (await import(outfile)).FormLinter;
}

const problems = [];
const report = (file, level, id, message) =>
  problems.push({ file: relative(root, file), level, id: id ?? '-', message });

async function lintBpmn(file) {
  const xml = readFileSync(file, 'utf8');
  const moddle = new BpmnModdle({ zeebe: zeebeSchema, modeler: modelerSchema });
  const { rootElement, warnings } = await moddle.fromXML(xml);
  warnings.forEach((w) => report(file, 'error', null, 'import: ' + w.message));
  if (!xml.includes('<bpmndi:BPMNDiagram')) report(file, 'error', null, 'no diagram layout');
  if (rootElement.get('modeler:executionPlatform') !== PLATFORM)
    report(file, 'error', null, `modeler:executionPlatform must be "${PLATFORM}"`);
  if (rootElement.get('modeler:executionPlatformVersion') !== PLATFORM_VERSION)
    report(file, 'error', null, `modeler:executionPlatformVersion must be "${PLATFORM_VERSION}"`);
  const processes = rootElement.rootElements.filter((e) => e.$type === 'bpmn:Process');
  const expectedName = file.split('/').pop().replace(/\.bpmn$/, '');
  if (processes.length === 1 && processes[0].id !== expectedName)
    report(file, 'error', processes[0].id, `the file must be named after its process id (${processes[0].id}.bpmn)`);
  const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
  const results = await linter.lint(rootElement);
  for (const [rule, reports] of Object.entries(results)) {
    for (const r of reports) {
      const level = r.category === 'warn' ? 'warn' : 'error';
      report(file, level, r.id, `${rule}: ${r.message}`);
    }
  }
}

async function lintDmn(file) {
  const xml = readFileSync(file, 'utf8');
  const moddle = new DmnModdle({ modeler: dmnModelerSchema });
  const { rootElement, warnings } = await moddle.fromXML(xml);
  warnings.forEach((w) => report(file, 'error', null, 'import: ' + w.message));
  if (rootElement.get('modeler:executionPlatform') !== PLATFORM)
    report(file, 'error', null, `modeler:executionPlatform must be "${PLATFORM}"`);
  if (rootElement.get('modeler:executionPlatformVersion') !== PLATFORM_VERSION)
    report(file, 'error', null, `modeler:executionPlatformVersion must be "${PLATFORM_VERSION}"`);
  if (!xml.includes('<dmndi:DMNDI')) report(file, 'error', null, 'no diagram layout (dmndi)');
}

function lintForm(file, FormLinter) {
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  if (schema.executionPlatform !== PLATFORM)
    report(file, 'error', schema.id, `executionPlatform must be "${PLATFORM}"`);
  if (schema.executionPlatformVersion !== PLATFORM_VERSION)
    report(file, 'error', schema.id, `executionPlatformVersion must be "${PLATFORM_VERSION}"`);
  const expectedId = file.split('/').pop().replace(/\.form$/, '');
  if (schema.id !== expectedId) report(file, 'error', schema.id, `the form id must match its file name (${expectedId})`);
  for (const r of new FormLinter().lint(schema)) {
    report(file, r.category === 'warn' ? 'warn' : 'error', r.id, r.message);
  }
}

const bpmnFiles = filesUnder(join(root, 'processes'), '.bpmn');
const dmnFiles = filesUnder(join(root, 'processes'), '.dmn');
const formFiles = filesUnder(join(root, 'forms'), '.form');
const FormLinter = await loadFormLinter();

for (const f of bpmnFiles) await lintBpmn(f);
for (const f of dmnFiles) await lintDmn(f);
for (const f of formFiles) lintForm(f, FormLinter);

for (const p of problems) console.log(`${p.level.toUpperCase()} ${p.file} [${p.id}] ${p.message}`);
const errors = problems.filter((p) => p.level === 'error').length;
const warnings = problems.length - errors;
console.log(
  `Modeler lint: ${bpmnFiles.length} BPMN, ${dmnFiles.length} DMN, ${formFiles.length} forms; ` +
    `${errors} errors, ${warnings} warnings`
);
// Warnings count too: Modeler shows them to designers, so a clean model has none.
process.exit(problems.length === 0 ? 0 : 1);
