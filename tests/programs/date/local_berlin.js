// Local time in Europe/Berlin (the body is shared: _tz/local.js).
// kiln-test: env TZ=Europe/Berlin
require('./_tz/local.js');
