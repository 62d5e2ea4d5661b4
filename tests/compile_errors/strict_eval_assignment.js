"a directive";
"use strict";
eval = 42;
