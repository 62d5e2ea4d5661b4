module.exports = function greet(who) { return 'hello ' + who; };
module.exports.extra = true;
