// Array destructuring steps the iterator one value per element, in the
// spec's order: an assignment target's reference (o.x, o[k]) first, then
// the step, then a default; it closes the iterator (return()) when it stops
// early or when binding throws, but not when next() itself throws. for-of
// closes its iterator on break, continue to an outer label, return and
// throw, and not when the loop ends or continues.
const log = [];
function iterable(n, opts = {}) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() {
          log.push('next' + i);
          if (opts.throwAt === i) throw new Error('next threw');
          return { value: i++, done: i > n };
        },
        ...(opts.noReturn ? {} : {
          return() {
            log.push('return');
            if (opts.returnThrows) throw new Error('return threw');
            return opts.returnValue === undefined ? {} : opts.returnValue;
          },
        }),
      };
    },
  };
}
const obj = {};
const tgt = (name) => { log.push('target ' + name); return obj; };
const key = (k) => { log.push('key ' + k); return k; };
function show(label) { console.log(label.padEnd(12), log.splice(0).join(', ')); }

[tgt('a').a, tgt('b')[key('b')]] = iterable(5);
show('members');
[tgt('a').a, , tgt('c').c] = iterable(5);
show('elision');
[tgt('a').a = log.push('default a'), tgt('b').b = log.push('default b')] = iterable(1);
show('defaults');
const [x, y, ...rest] = iterable(4);
show('rest'); console.log(x, y, rest);
const [p, q] = iterable(1);
show('short'); console.log(p, q);
const [] = iterable(3);
show('empty');
try { [tgt('a').a, (() => { throw new Error('target threw'); })().b] = iterable(5); } catch (e) { log.push(e.message); }
show('throw ref');
try { const [u = (() => { throw new Error('default threw'); })()] = iterable(0); } catch (e) { log.push(e.message); }
show('throw dflt');
try { const [u, v] = iterable(5, { throwAt: 1 }); } catch (e) { log.push(e.message); }
show('next threw');
try { const [u] = iterable(5, { returnThrows: true }); } catch (e) { log.push(e.message); }
show('ret throws');
try { const [u] = iterable(5, { returnValue: 42 }); } catch (e) { log.push(e.constructor.name); }
show('ret prim');
try { [(() => { throw new Error('first'); })().a] = iterable(5, { returnThrows: true }); } catch (e) { log.push(e.message); }
show('both throw');
const [m] = iterable(5, { noReturn: true });
show('no return');
const [[n1, n2], n3] = [iterable(3), 9];
show('nested'); console.log(n1, n2, n3);
const arr = [1, , 3];
const [a0, a1 = 'dflt', a2, a3 = 'past'] = arr;
console.log(a0, a1, a2, a3);
const grow = [1, 2];
const [g0, g1, g2] = grow;
console.log(g0, g1, g2);
let s1, s2, s3;
[s1, s2, ...s3] = 'héllo';
console.log(s1, s2, s3);
const [k1, k2] = new Map([['a', 1], ['b', 2], ['c', 3]]);
console.log(k1, k2);
const [first, ...others] = new Set([1, 2, 3]);
console.log(first, others);
for (const [i, v] of [[0, 'a'], [1, 'b']]) console.log(i, v);
try { const [z] = 5; } catch (e) { console.log(e.constructor.name); }
try { const [z] = {}; } catch (e) { console.log(e.constructor.name); }

for (const v of iterable(5)) { if (v === 1) break; }
show('for break');
function ret() { for (const v of iterable(5)) { if (v === 1) return v; } }
ret();
show('for return');
try { for (const v of iterable(5)) { if (v === 1) throw new Error('body threw'); } } catch (e) { log.push(e.message); }
show('for throw');
outer: for (let k = 0; k < 2; k++) { for (const v of iterable(5)) { if (v === 1) continue outer; } }
show('for cont out');
lbl: for (const v of iterable(5)) { for (const w of iterable(5)) { if (w === 1) break lbl; } }
show('for break2');
for (const v of iterable(2)) { if (v === 0) continue; }
show('for end');
try { for (const v of iterable(5, { returnThrows: true })) { break; } } catch (e) { log.push(e.message); }
show('for ret thr');
try { for (const v of iterable(5, { returnThrows: true })) { throw new Error('body'); } } catch (e) { log.push(e.message); }
show('for both');
try { for (const v of iterable(5, { throwAt: 1 })) {} } catch (e) { log.push(e.message); }
show('for next thr');
try { for (const [a] of iterable(3)) {} } catch (e) { log.push(e.constructor.name); }
show('for bind thr');
function fin() { for (const v of iterable(5)) { try { return v; } finally { log.push('finally'); } } }
fin();
show('for finally');
function inner() { for (const v of iterable(5)) { try { throw new Error('caught'); } catch (e) { log.push(e.message); } if (v === 1) return; } }
inner();
show('for caught');
