// A program in 13 files: ES modules and CommonJS, a cycle, JSON, and a
// package in node_modules whose `exports` has import/require builds and a
// subpath pattern.
import { main } from './_app/cli.mjs';
main(['--verbose', '--level=3', '/a/b/first.txt', 'second.js', './third', 'fourth']);
