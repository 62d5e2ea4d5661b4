//! `--emit analysis`: the resolver's and typer's decisions, checked on a small program.

use kiln::codegen::{Emit, Options};

const PROGRAM: &str = "\
function add(a, b) { return a + b; }
function make() {
  let n = 0;
  return function () { n++; return n; };
}
let total = add(1, 2);
const f = make();
function useTotal() { return total; }
console.log(total, f(), useTotal());
";

fn analysis(src: &str) -> String {
    let opts = Options {
        opt_level: 2,
        emit: Emit::Analysis,
        verify: true,
        script: false,
    };
    match kiln::driver::compile_source("app.js", src.to_string(), &opts) {
        Ok(out) => {
            assert!(out.object.is_empty(), "no code is generated");
            out.text
        }
        Err(e) => panic!("compile error: {e}"),
    }
}

/// The report's line that contains every one of `parts`.
fn line_with<'a>(report: &'a str, parts: &[&str]) -> &'a str {
    report
        .lines()
        .find(|l| parts.iter().all(|p| l.contains(p)))
        .unwrap_or_else(|| panic!("no line with {parts:?} in:\n{report}"))
}

#[test]
fn known_functions_are_specialised_and_called_directly() {
    let r = analysis(PROGRAM);
    let add = line_with(&r, &["app.js:1:1", " add declaration"]);
    assert!(add.contains("direct calls only"), "{add}");
    assert!(
        add.contains("specialised (a: number, b: number) -> number"),
        "{add}"
    );
    let call = line_with(&r, &["app.js:6:13", "call fn#"]);
    assert!(call.contains(" add (specialised entry)"), "{call}");
}

#[test]
fn storage_of_bindings() {
    let r = analysis(PROGRAM);
    // A parameter never captured: a Cranelift variable, typed.
    let a = line_with(&r, &["app.js:1:14 a param"]);
    assert!(a.contains(": variable, number"), "{a}");
    // Captured by the inner function: a heap cell.
    let n = line_with(&r, &["app.js:3:7 n let"]);
    assert!(n.contains(": cell,"), "{n}");
    assert!(n.contains("captured"), "{n}");
    // A top-level binding read by a function: a module slot.
    let total = line_with(&r, &["app.js:6:5 total let"]);
    assert!(total.contains(": module slot "), "{total}");
    // The closure made by `make` escapes (it is returned).
    let inner = line_with(&r, &["app.js:4:10", "function expression"]);
    assert!(inner.contains("escapes"), "{inner}");
    assert!(inner.contains("captures n"), "{inner}");
}

#[test]
fn arithmetic_with_one_number_operand_is_a_number() {
    // `size` is a method parameter of unknown type; `2.0 * y / size - 1.5`
    // is still a number (one operand of `*`, `/`, `-` is a number: the
    // result is a number or the operator throws), and so is `cr`.
    let r = analysis(
        "class M { row(size, y) { const cr = (2.0 * y) / size - 1.5; \
         const mixed = size * y; return cr + mixed; } }\n\
         console.log(new M().row(4, 1));\n",
    );
    let cr = line_with(&r, &[" cr const"]);
    assert!(cr.contains(": variable, number"), "{cr}");
    // Both operands unknown: could be BigInts, so unknown.
    let mixed = line_with(&r, &[" mixed const"]);
    assert!(mixed.contains(": variable, any"), "{mixed}");
}

#[test]
fn method_parameters_speculated_from_the_programs_calls() {
    // Every call `o.place(...)` passes a number (in the clone, `c + 1` is
    // one too): `place` gets a clone taking `c` as a number, where `next`
    // is a number; outside the clone both stay unknown. `show` is also
    // called with a string, so it gets no clone.
    let r = analysis(
        "class Q { place(c) { const next = c + 1; if (c < 8) this.place(next); return next; } \
         show(x) { return x; } }\n\
         const q = new Q(); q.place(0); q.show(1); q.show('s');\n",
    );
    let place = line_with(&r, &["place method"]);
    assert!(place.contains("clone for number c"), "{place}");
    let show = line_with(&r, &["show method"]);
    assert!(!show.contains("clone"), "{show}");
    let next = line_with(&r, &[" next const"]);
    assert!(next.contains(": variable, any (clone: number)"), "{next}");
}
