console.log('throws.mjs evaluated');
throw new RangeError('top-level failure');
