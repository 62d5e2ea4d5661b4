module.exports = { fromIndex: 'index.js of a directory' };
