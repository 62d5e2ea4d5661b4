// Local time in Asia/Kolkata (the body is shared: _tz/local.js).
// kiln-test: env TZ=Asia/Kolkata
require('./_tz/local.js');
