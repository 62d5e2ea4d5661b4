// The getOwnPropertyDescriptor trap: what Object.getOwnPropertyDescriptor,
// hasOwnProperty, Object.hasOwn and propertyIsEnumerable see.
const p = new Proxy({ real: 1 }, {
  getOwnPropertyDescriptor(t, k) {
    if (k === 'fake') return { value: 'made up', configurable: true, enumerable: false };
    if (k === 'acc') return { get() { return 1; }, configurable: true };
    return Reflect.getOwnPropertyDescriptor(t, k);
  },
});
console.log(Object.getOwnPropertyDescriptor(p, 'fake'));
console.log(Object.getOwnPropertyDescriptor(p, 'real'));
console.log(Object.getOwnPropertyDescriptor(p, 'acc'));
console.log(Object.getOwnPropertyDescriptor(p, 'none'));
console.log(p.hasOwnProperty('fake'), Object.hasOwn(p, 'acc'), Object.hasOwn(p, 'none'));
console.log(p.propertyIsEnumerable('fake'), p.propertyIsEnumerable('real'));
console.log(Reflect.getOwnPropertyDescriptor(p, 'fake').value);
