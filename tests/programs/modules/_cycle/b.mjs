import c from './c.cjs';
export default 'b sees ' + c;
