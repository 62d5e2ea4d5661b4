import * as self from './names.mjs';
export let counter = 0;
export function bump() { counter++; return this; }
const ten = 10, nine = 9;
export { ten as '10', nine as '9' };
export const Zed = 'Z', _under = '_', $dollar = '$';
export default 'the default';
export { self };
// Read before `later` is initialised: a ReferenceError, as a binding in its TDZ.
try { self.later; } catch (e) { console.log('TDZ get:', e.name); }
try { Object.getOwnPropertyDescriptor(self, 'later'); } catch (e) { console.log('TDZ descriptor:', e.name); }
try { Object.keys(self); } catch (e) { console.log('TDZ keys:', e.name); }
console.log('TDZ in:', 'later' in self, Reflect.ownKeys(self).includes('later'));
console.log(self);
export let later = 'now set';
