// return, break and continue in finally override the try's completion.
function returnOverridesReturn() {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
console.log(returnOverridesReturn());
function returnSwallowsThrow() {
  try {
    throw new Error("lost");
  } finally {
    return "swallowed";
  }
}
console.log(returnSwallowsThrow());
function breakInFinally() {
  let i = 0;
  while (true) {
    try {
      i++;
      throw "ignored";
    } finally {
      if (i >= 3) break;
      continue;
    }
  }
  return "broke at " + i;
}
console.log(breakInFinally());
function continueInFinally() {
  let s = "";
  for (let i = 0; i < 4; i++) {
    try {
      if (i % 2) return "returned at " + i;
      s += i;
    } finally {
      continue;
    }
  }
  return "loop finished " + s;
}
console.log(continueInFinally());
function valueEvaluatedBeforeFinally() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
console.log(valueEvaluatedBeforeFinally());
function finallyThrows() {
  try {
    return "never";
  } finally {
    throw new RangeError("from finally");
  }
}
try {
  finallyThrows();
} catch (e) {
  console.log(e.name, e.message);
}
