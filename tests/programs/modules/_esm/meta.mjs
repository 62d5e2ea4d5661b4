export const url = import.meta.url;
export const file = import.meta.filename;
export const dir = import.meta.dirname;
