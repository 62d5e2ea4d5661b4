const a = [1, 2];
const b = [0, ...a];
