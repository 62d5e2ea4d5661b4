exports.thisIsExports = this === exports && this === module.exports;
