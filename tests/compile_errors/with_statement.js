"use strict";
var o = 1;
with (o) {
  console.log(toFixed);
}
