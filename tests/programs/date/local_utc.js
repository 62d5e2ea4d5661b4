// Local time in UTC (the body is shared: _tz/local.js).
// kiln-test: env TZ=UTC
require('./_tz/local.js');
