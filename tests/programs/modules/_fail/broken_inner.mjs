import { nope } from './star1.mjs';
export default nope;
