//! Codegen decisions that matter, checked on the emitted Cranelift IR.

use kiln::codegen::{Emit, Options};

fn clif(src: &str) -> String {
    let opts = Options {
        opt_level: 2,
        emit: Emit::Clif,
        verify: true,
        script: false,
    };
    match kiln::driver::compile_source("test.js", src.to_string(), &opts) {
        Ok(out) => out.text,
        Err(e) => panic!("compile error: {e}"),
    }
}

/// The IR of the function whose listing title starts with `name`.
fn function<'a>(ir: &'a str, name: &str) -> &'a str {
    let start = ir
        .find(&format!("; function {name} "))
        .unwrap_or_else(|| panic!("no function {name} in:\n{ir}"));
    let rest = &ir[start + 1..];
    let end = rest.find("; function ").map_or(rest.len(), |e| e);
    &rest[..end]
}

#[test]
fn fib_is_specialised_to_unboxed_numbers() {
    let ir = clif(
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }\nconsole.log(fib(30));\n",
    );
    let f = function(&ir, "fib");
    // A known, never-escaping function: exact arity, f64 in and out.
    assert!(f.contains("(i64, f64) -> f64 tail"), "{f}");
    // `n < 2` feeds the branch directly; `n - 1` is an unboxed subtraction.
    assert!(f.contains("fcmp.f64 lt"), "{f}");
    assert!(f.contains("fsub"), "{f}");
    assert!(f.contains("fadd"), "{f}");
    // Direct calls, no runtime calls on the hot path (only the stack check's
    // cold overflow call).
    assert_eq!(f.matches("call_indirect").count(), 0, "{f}");
    assert_eq!(
        f.matches(" = call fn").count(),
        3,
        "two recursive calls + the cold overflow throw:\n{f}"
    );
}

#[test]
fn tail_calls_become_return_calls() {
    let ir = clif("function loop(n, a) { return n === 0 ? a : loop(n - 1, a + 1) }\nconsole.log(loop(1e7, 0));\n");
    let f = function(&ir, "loop");
    assert!(f.contains("return_call fn"), "{f}");
}

#[test]
fn mutual_tail_recursion_shares_one_result_representation() {
    let ir = clif(
        "function even(n) { return n === 0 ? true : odd(n - 1) }\n\
         function odd(n) { return n === 0 ? false : even(n - 1) }\nconsole.log(even(10));\n",
    );
    assert!(function(&ir, "even").contains("return_call fn"));
    assert!(function(&ir, "odd").contains("return_call fn"));
}

#[test]
fn calls_through_unknown_values_are_indirect_tail_calls() {
    let ir = clif(
        "function apply(f, x) { return f(x) }\nconsole.log(apply(function (y) { return y }, 1));\n",
    );
    let f = function(&ir, "apply");
    assert!(f.contains("return_call_indirect"), "{f}");
}

#[test]
fn uncaptured_numeric_locals_stay_in_registers() {
    let ir = clif("let s = 0;\nfor (let i = 0; i < 100; i++) { s += i * 2; }\nconsole.log(s);\n");
    let main = function(&ir, "<main>");
    assert!(main.contains("fmul"), "{main}");
    assert!(
        !main.contains("kiln_new_cell") && main.matches(" = call fn").count() <= 3,
        "{main}"
    );
}

#[test]
fn captured_bindings_live_in_cells() {
    let ir = clif("function mk() { let c = 0; return function () { c = c + 1; return c } }\nconsole.log(mk()());\n");
    let mk = function(&ir, "mk");
    // The cell is allocated once and its address stored into the closure.
    assert!(mk.matches("call fn").count() >= 2, "{mk}");
}

#[test]
fn clif_listing_carries_js_source_locations() {
    let ir = clif("let x = 1;\nconsole.log(x + 1);\n");
    assert!(ir.contains("; test.js:2:1: console.log(x + 1);"), "{ir}");
}

#[test]
fn number_property_loops_become_regions() {
    // `codegen/region.rs`: the loop's fast path reads fields as f64 at the
    // recorded offsets (the ordinary path loads boxed values).
    let class = "class A { constructor() { this.s = 0; this.n = 0; }\n\
                 add(v) { this.s += v; this.n++; } }\n";
    let ir = clif(&format!(
        "{class}function f(a, k) {{ for (let i = 0; i < k; i++) a.add(i * 2); return a.s; }}\n\
         console.log(f(new A(), 10));\n"
    ));
    let f = function(&ir, "f");
    assert!(f.contains("load.f64"), "{f}");
    assert!(f.contains("umax"), "the entry checks numbers at once:\n{f}");
    // A call the region cannot see: no region.
    let ir = clif(&format!(
        "{class}function f(a, k) {{ for (let i = 0; i < k; i++) {{ a.add(i); g(); }} return a.s; }}\n\
         function g() {{}}\nconsole.log(f(new A(), 10));\n"
    ));
    let f = function(&ir, "f");
    assert!(!f.contains("load.f64"), "{f}");
}
