console.log('throws.mjs evaluated');
export const before = 1;
throw new RangeError('failed while evaluating');
