const value = { custom: 'module.exports value' };
export { value as 'module.exports' };
export const other = 1;
