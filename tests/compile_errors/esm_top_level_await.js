export const x = 1;
const y = await Promise.resolve(x);
