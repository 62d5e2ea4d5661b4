const o = {
  __proto__: null,
  a: 1,
  "__proto__": null,
};
