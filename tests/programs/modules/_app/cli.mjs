import parseArgs, { describe } from './args.cjs';
import { format, pad } from './format.mjs';
import { makeStore, log } from './events.mjs';
import { created } from './store.mjs';
import greet, { flavour } from 'tiny-pkg';
import { upper } from 'tiny-pkg/feature/upper';
import config from './config.json' with { type: 'json' };
import util from './util.cjs';

export function main(argv) {
  const { flags, rest, via } = parseArgs(argv);
  const store = makeStore().set('title', config.title).set('flavours', `${flavour}/${via}`);
  for (const r of rest.slice(0, config.limits.rows)) store.set('arg', r);
  console.log(upper(config.title));
  console.log(format(store.entries()));
  console.log(greet('kiln'), pad('x', 3), describe());
  console.log(JSON.stringify(flags), store.size, log, created(), util.calls());
}
