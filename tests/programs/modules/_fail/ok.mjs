console.log('ok.mjs evaluated');
export const name = 'ok';
export default function greet(who) { return 'hello ' + who; }
