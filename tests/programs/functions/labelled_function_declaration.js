// A labelled function declaration (sloppy mode) declares the function.
here: function labelled() { return "labelled"; }
console.log(labelled());
