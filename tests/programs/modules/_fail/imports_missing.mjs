import './not-here.mjs';
console.log('never evaluated');
