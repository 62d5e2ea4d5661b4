function helper() { return 'h1'; }
export { helper };
