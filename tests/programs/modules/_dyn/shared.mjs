console.log('shared.mjs evaluated');
export const shared = 'shared';
