// error: 4:1: Unexpected eval or arguments in strict mode
"a directive";
"use strict";
eval = 42;
