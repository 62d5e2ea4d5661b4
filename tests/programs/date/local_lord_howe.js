// Local time in Australia/Lord_Howe (the body is shared: _tz/local.js).
// kiln-test: env TZ=Australia/Lord_Howe
require('./_tz/local.js');
