const EventEmitter = require('events');
const { EventEmitter: Named } = require('node:events');
console.log(Named === EventEmitter, typeof EventEmitter.defaultMaxListeners);
class Job extends EventEmitter {}
const job = new Job();
const log = (...a) => console.log('  ', ...a);
job.on('newListener', (ev) => log('newListener', ev));
job.on('data', (x) => log('data 1', x));
job.prependListener('data', (x) => log('data 0', x));
job.once('data', (x) => log('data once', x));
console.log(job.emit('data', 'a'), job.listenerCount('data'));
console.log(job.emit('data', 'b'), job.emit('nothing'));
console.log(job.eventNames(), job.listeners('data').length, job.rawListeners('data').length);
function h(x) { log('h', x, this === job); }
job.on('x', h);
job.emit('x', 1);
job.off('x', h);
console.log(job.emit('x', 2), job.listenerCount('x'));
job.on('removeListener', (ev) => log('removed', ev));
job.removeAllListeners('data');
console.log(job.listenerCount('data'));
try { job.emit('error', new Error('boom')); } catch (e) { console.log('thrown:', e.message); }
try { job.emit('error', 'text'); } catch (e) { console.log(e.code, e.message); }
job.on('error', (e) => log('handled', e.message));
job.emit('error', new Error('quiet'));
try { job.on('y', 42); } catch (e) { console.log(e.code, e.message); }
console.log(job.getMaxListeners(), job.setMaxListeners(1) === job);
const once = new EventEmitter();
once.once('go', function (a, b) { log('go', a, b, this === once); });
once.emit('go', 1, 2);
once.emit('go', 3, 4);
const order = new EventEmitter();
order.on('e', () => { log('first, removes second'); order.off('e', second); });
function second() { log('second still runs this time'); }
order.on('e', second);
order.emit('e');
order.emit('e');
