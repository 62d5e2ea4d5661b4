function eval() {
  "use strict";
}
