// A null or undefined base throws before a computed key is converted: the
// key's toString does not run (reads, writes, updates, compound assignment,
// delete), with V8's messages.
function DummyError() { }
try { var base = null; var prop = function () { throw new DummyError(); }; base[prop()]++; } catch (e) { console.log(e instanceof DummyError, e.constructor.name); }
try { var base2 = null; var prop2 = { toString() { throw new Error('key evaluated'); } }; base2[prop2]++; } catch (e) { console.log(e.constructor.name, e.message); }
try { var b3 = null; b3[prop()] += 1; } catch (e) { console.log(e instanceof DummyError); }
try { var b4 = undefined; b4.x++; } catch (e) { console.log(e.constructor.name); }
try { null[{ toString() { console.log('called'); return 'k'; } }]; } catch (e) { console.log(e.message); }
try { null['abc']; } catch (e) { console.log(e.message); }
try { undefined[Symbol('s')]; } catch (e) { console.log(e.message); }
try { let o = null; o[{}] = 1; } catch (e) { console.log(e.message); }
try { let o = undefined; o[[1, 2]] = 1; } catch (e) { console.log(e.message); }
try { let o = null; o[{ toString() { console.log('called2'); return 'k'; } }]++; } catch (e) { console.log(e.message); }
try { let o = null; o[{ toString() { console.log('called3'); return 'k'; } }] += 'x'; } catch (e) { console.log(e.message); }
try { let o = null; delete o[{ toString() { console.log('called4'); return 'k'; } }]; } catch (e) { console.log(e.message); }
