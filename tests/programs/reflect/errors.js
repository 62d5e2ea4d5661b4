const t=(f)=>{try{console.log(f())}catch(e){console.log(e.constructor.name+': '+e.message)}};
for (const n of Object.getOwnPropertyNames(Reflect)) t(()=>Reflect[n](1));
t(()=>Reflect.apply(1));
t(()=>Reflect.apply(()=>1, null, 1));

t(()=>Reflect.construct(function(){}, [], 1));

t(()=>Reflect.construct(function(){}, 1));
t(()=>Reflect.setPrototypeOf({}, 1));
t(()=>Reflect.setPrototypeOf({}));
t(()=>Reflect.defineProperty({}, 'a', 1));
t(()=>Reflect.getOwnPropertyDescriptor({a:1}, 'a'));
console.log(Object.getOwnPropertyNames(Reflect), Reflect[Symbol.toStringTag], String(Reflect));
console.log(Reflect);
t(()=>Reflect.ownKeys([1,2]));
