export const x = 1, y = 2;
export default 'dflt';
