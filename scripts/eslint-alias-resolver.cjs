/**
 * An eslint import resolver for the path aliases of tsconfig.web.json (`@shared/...` is electron/shared),
 * so the layering rule (eslint-plugin-boundaries) sees where an aliased import really points.
 * Options: { alias: { '@shared': 'electron/shared' }, extensions: [...] }, paths relative to the repo.
 */
const path = require('node:path');
const node = require('eslint-import-resolver-node');

exports.interfaceVersion = 2;

exports.resolve = function resolve(source, file, options = {}) {
  const { alias = {}, ...nodeOptions } = options;
  for (const [name, target] of Object.entries(alias)) {
    if (source === name || source.startsWith(`${name}/`)) {
      const mapped = path.join(__dirname, '..', target, source.slice(name.length));
      return node.resolve(mapped, file, nodeOptions);
    }
  }
  return { found: false };
};
