console.log('slow_config: start');
export const config = await new Promise((resolve) => setTimeout(() => resolve({ port: 8080 }), 5));
export let ready = false;
await null;
ready = true;
console.log('slow_config: done');
