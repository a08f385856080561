// Copies the browser assets the console serves from node_modules (installed by `npm ci` at build
// time) into the given static folder, so nothing is loaded from a CDN at run time.
// Usage: node build/copy-assets.mjs <target/classes/static/vendor>
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const target = process.argv[2];
if (!target) {
  console.error('Usage: node build/copy-assets.mjs <output folder>');
  process.exit(2);
}

const assets = [
  ['@utrecht/component-library-css/dist/index.css', 'utrecht/component-library.css'],
  ['@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', 'theme/voorbeeld-theme.css'],
  ['@bpmn-io/form-js/dist/form-viewer.umd.js', 'form-js/form-viewer.umd.js'],
  ['@bpmn-io/form-js/dist/assets/form-js.css', 'form-js/form-js.css'],
  ['@bpmn-io/form-js/dist/assets/flatpickr/light.css', 'form-js/flatpickr-light.css'],
  ['bpmn-js/dist/bpmn-navigated-viewer.production.min.js', 'bpmn-js/bpmn-navigated-viewer.js'],
  ['bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/diagram-js.css'],
  ['bpmn-js/dist/assets/bpmn-js.css', 'bpmn-js/bpmn-js.css'],
];

for (const [from, to] of assets) {
  const source = join('node_modules', from);
  if (!existsSync(source)) {
    console.error(`Missing ${source}: did 'npm ci' run, and does package.json still name this package?`);
    process.exit(1);
  }
  const destination = join(target, to);
  mkdirSync(dirname(destination), { recursive: true });
  cpSync(source, destination);
}
console.log(`Copied ${assets.length} front-end assets to ${target}`);
