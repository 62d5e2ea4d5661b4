// Local time in America/New_York (the body is shared: _tz/local.js).
// kiln-test: env TZ=America/New_York
require('./_tz/local.js');
