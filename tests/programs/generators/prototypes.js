// The prototype chains of generator functions and generator objects.
function* g() {}
const GeneratorFunctionPrototype = Object.getPrototypeOf(g);
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const IteratorPrototype = Object.getPrototypeOf(GeneratorPrototype);
console.log(Object.getPrototypeOf(GeneratorFunctionPrototype) === Function.prototype);
console.log(Object.getPrototypeOf(g.prototype) === GeneratorPrototype);
console.log(Object.getPrototypeOf(g()) === g.prototype);
console.log(Object.getPrototypeOf(IteratorPrototype) === Object.prototype);
console.log(typeof IteratorPrototype[Symbol.iterator]);
console.log(GeneratorPrototype.constructor === GeneratorFunctionPrototype);
const GeneratorFunction = GeneratorFunctionPrototype.constructor;
console.log(GeneratorFunction.name, GeneratorFunction.length);
console.log(Object.getPrototypeOf(GeneratorFunction) === Function);
console.log(g instanceof GeneratorFunction, g instanceof Function);
console.log(g() instanceof g);
console.log(Object.getOwnPropertyNames(GeneratorPrototype).sort());
console.log(g.hasOwnProperty("prototype"), g.prototype.hasOwnProperty("constructor"));
const d = Object.getOwnPropertyDescriptor(g, "prototype");
console.log(d.writable, d.enumerable, d.configurable);
console.log(GeneratorPrototype.next.length, GeneratorPrototype.return.length, GeneratorPrototype.throw.length);
