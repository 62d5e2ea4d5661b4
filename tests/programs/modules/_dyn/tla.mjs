console.log('tla.mjs evaluated');
await null;
export const late = 'late';
