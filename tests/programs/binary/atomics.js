// Atomics on shared and unshared integer arrays (single-threaded semantics), with V8's errors.
const t=(f)=>{try{console.log(f())}catch(e){console.log(e.constructor.name+': '+e.message)}};
const a = new Int32Array(new SharedArrayBuffer(16)); const u = new Uint8Array(4);
t(()=>Atomics.add(a, 0, 5)); t(()=>Atomics.sub(a, 0, 2)); t(()=>Atomics.load(a,0));
t(()=>Atomics.add([1], 0, 1)); t(()=>Atomics.add(new Float64Array(1), 0, 1)); t(()=>Atomics.add(new Uint8ClampedArray(1), 0, 1));
t(()=>Atomics.add(u, 9, 1)); t(()=>Atomics.add(u, -1, 1)); t(()=>Atomics.store(u, 0, 300)); t(()=>Atomics.store(u, 0, -0)); t(()=>Atomics.store(u, 0, 3.7));
t(()=>Atomics.exchange(u, 0, 7)); t(()=>Atomics.compareExchange(u, 0, 7, 9)); t(()=>Atomics.compareExchange(u, 0, 7, 1)); t(()=>u[0]);
t(()=>Atomics.wait(a, 0, 0, 0)); t(()=>Atomics.wait(a, 0, 1, 0)); t(()=>Atomics.wait(new Int32Array(4), 0, 0, 0)); t(()=>Atomics.wait(u, 0, 0, 0));
t(()=>Atomics.notify(a, 0, 1)); t(()=>Atomics.notify(new Int32Array(4), 0)); t(()=>Atomics.notify(u, 0));
t(()=>[1,2,3,4,5,8].map(n=>Atomics.isLockFree(n)).join());
t(()=>Object.getOwnPropertyNames(Atomics).filter((n) => n !== "waitAsync").join()); t(()=>String(Atomics)); console.log(Atomics);
t(()=>Atomics.and(u,0,3)); t(()=>Atomics.or(u,0,12)); t(()=>Atomics.xor(u,0,5)); t(()=>u[0]);
const i16 = new Int16Array(new SharedArrayBuffer(4));
t(() => [Atomics.add(i16, 0, 40000), i16[0], Atomics.sub(i16, 1, 1), i16[1], Atomics.exchange(i16, 1, 2 ** 33 + 5), i16[1]]);
t(() => [Atomics.compareExchange(i16, 0, 40000, 1), i16[0], Atomics.compareExchange(i16, 0, -25536, 1), i16[0]]);
t(() => Atomics.load(a, '1'));
t(() => Atomics.wait(a, 1, 0, 1));
