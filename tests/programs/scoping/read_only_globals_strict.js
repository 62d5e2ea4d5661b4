"use strict";
// Strict mode: writing to undefined, NaN or Infinity is a TypeError.
try { NaN = 1; } catch (e) { console.log(e.name + ": " + e.message); }
try { Infinity++; } catch (e) { console.log(e.name + ": " + e.message); }
try { undefined += "x"; } catch (e) { console.log(e.name + ": " + e.message); }
console.log(NaN, Infinity, undefined);
