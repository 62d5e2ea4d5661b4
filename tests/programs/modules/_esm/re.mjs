// Re-exports: renamed, namespace, star (own names win, ambiguous names drop out).
export { x as a, y as b, default as baseDefault } from './base.mjs';
export * as ns from './base.mjs';
export * from './star.mjs';
export * from './star2.mjs';
export const shared = 'mine';
import { x } from './base.mjs';
export { x as again };
