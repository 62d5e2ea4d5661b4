// The reason is shown as V8 renders it in messages.
Promise.reject({ a: 1 });
