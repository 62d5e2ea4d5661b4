//! Unit tests of `array.rs` (kept apart: the module is long enough).
use super::*;
use crate::builtins::function::tests::{call_path, check, outcome, parse, seen};

#[test]
fn lib_array_mutators() {
    check(
        "Array.prototype",
        r#"
        [1, 2] | push | 3, 4 | 4 ; [ 1, 2, 3, 4 ]
        [1, 2] | pop | | 2 ; [ 1 ]
        [1, 2] | shift | | 1 ; [ 2 ]
        [1, 2] | unshift | 'z', 'y' | 4 ; [ 'z', 'y', 1, 2 ]
        [] | pop | | undefined
        [] | shift | | undefined
        [, , 1] | push | 2 | 4 ; [ <2 empty items>, 1, 2 ]
        [, 1] | pop | | 1 ; [ <1 empty item> ]
        [1, , 2] | shift | | 1 ; [ <1 empty item>, 2 ]
        {length: 2, 0: 'a', 1: 'b'} | shift | | 'a' ; { '0': 'b', length: 1 }
        {length: 2, 0: 'a', 1: 'b'} | unshift | 'z' | 3 ; { '0': 'z', '1': 'a', '2': 'b', length: 3 }
        {length: 1} | push | 'x' | 2 ; { '1': 'x', length: 2 }
        {length: 9007199254740991} | push | 1 | !TypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1
        undefined | push | | !TypeError: Array.prototype.push called on null or undefined
        [1, 2, 3, 4, 5] | splice | 1, 2, 'a' | [ 2, 3 ] ; [ 1, 'a', 4, 5 ]
        [1, 2, 3] | splice | 1, 0, 'x', 'y' | [] ; [ 1, 'x', 'y', 2, 3 ]
        [1, 2, 3] | splice | -2 | [ 2, 3 ] ; [ 1 ]
        [1, 2, 3] | splice | | [] ; [ 1, 2, 3 ]
        [1, , 3] | splice | 0, 2 | [ 1, <1 empty item> ] ; [ 3 ]
        {length: 3, 0: 'a', 1: 'b', 2: 'c'} | splice | 0, 1 | [ 'a' ] ; { '0': 'b', '1': 'c', length: 2 }
        {length: 2, 0: 'a', 1: 'b'} | splice | 1, 0, 'x', 'y' | [] ; { '0': 'a', '1': 'x', '2': 'y', '3': 'b', length: 4 }
        [1, , 3] | reverse | | [ 3, <1 empty item>, 1 ]
        {length: 3, 0: 'a', 2: 'c'} | reverse | | { '0': 'c', '2': 'a', length: 3 }
        [1, 2, 3] | fill | 7, -1 | [ 1, 2, 7 ]
        [, , ,] | fill | 0 | [ 0, 0, 0 ]
        {length: 2} | fill | 'x' | { '0': 'x', '1': 'x', length: 2 }
        [1, 2, 3, 4, 5] | copyWithin | 0, 3 | [ 4, 5, 3, 4, 5 ]
        [1, 2, 3, 4, 5] | copyWithin | 1, 0, 3 | [ 1, 1, 2, 3, 5 ]
        [1, 2, 3, 4] | copyWithin | -2, 0 | [ 1, 2, 1, 2 ]
        "#,
    );
    // Frozen arrays and length limits.
    let f = parse("[1, 2]");
    internal_methods::set_integrity(f, true);
    let run = |name: &str, args: &[Value]| {
        outcome(call_path(f, &format!("Array.prototype.{name}"), args))
    };
    assert_eq!(
        run("push", &[Value::TRUE]),
        "!TypeError: Cannot add property 2, object is not extensible"
    );
    assert_eq!(
        run("pop", &[]),
        "!TypeError: Cannot delete property '1' of [object Array]"
    );
    let read_only =
        "!TypeError: Cannot assign to read only property '0' of object '[object Array]'";
    assert_eq!(run("shift", &[]), read_only);
    assert_eq!(run("sort", &[]), read_only);
    assert_eq!(run("reverse", &[]), read_only);
    let big = parse("[]");
    obj(big).set_length(u32::MAX);
    let push = |args: &[Value]| outcome(call_path(big, "Array.prototype.push", args));
    assert_eq!(push(&[Value::TRUE]), "!RangeError: Invalid array length");
    assert_eq!(push(&[]), "4294967295");
}

#[test]
fn lib_array_accessors() {
    check(
        "Array.prototype",
        r#"
        [1, 2, 3] | slice | 1 | [ 2, 3 ]
        [1, 2, 3] | slice | -2, -1 | [ 2 ]
        [1, 2, 3] | slice | 5 | []
        [1, , 3] | slice | | [ 1, <1 empty item>, 3 ]
        {length: 3, 0: 'a', 2: 'c'} | slice | 1 | [ <1 empty item>, 'c' ]
        'abc' | slice | 1 | [ 'b', 'c' ]
        [1, 2] | concat | [3, [4]], null, 'x' | [ 1, 2, 3, [ 4 ], null, 'x' ]
        [1, , 3] | concat | [, 5] | [ 1, <1 empty item>, 3, <1 empty item>, 5 ]
        [0] | concat | {length: 1, 0: 'x'} | [ 0, { '0': 'x', length: 1 } ]
        [1, 'a', true, null, undefined, -0, [3, 4]] | join | | '1,a,true,,,0,3,4'
        [1, 'a', null, [3, 4]] | join | ' - ' | '1 - a -  - 3,4'
        [1, 2, 3] | join | null | '1null2null3'
        [] | join | 'x' | ''
        [, , ,] | join | | ',,'
        {length: 3, 1: 'x'} | join | '-' | '-x-'
        'abc' | join | | 'a,b,c'
        null | join | | !TypeError: Cannot convert undefined or null to object
        [1, [2, 3]] | toString | | '1,2,3'
        {} | toString | | '[object Object]'
        [1, 2, 1, 2, NaN, -0] | indexOf | 2 | 1
        [1, 2, 1, 2, NaN, -0] | indexOf | 2, 2 | 3
        [1, 2, 1, 2, NaN, -0] | indexOf | 1, -4 | 2
        [1, 2, 1, 2, NaN, -0] | indexOf | NaN | -1
        [1, 2, 1, 2, NaN, -0] | indexOf | 0 | 5
        [1, 2, 1, 2, NaN, -0] | lastIndexOf | 2 | 3
        [1, 2, 1, 2, NaN, -0] | lastIndexOf | 2, -4 | 1
        [1, 2, 1, 2, NaN, -0] | lastIndexOf | 1, -7 | -1
        [1, 2, 1, 2, NaN, -0] | includes | NaN | true
        [1, 2, 1, 2, NaN, -0] | includes | 0 | true
        [1, 2, 1, 2, NaN, -0] | includes | 1, 3 | false
        [, 1] | includes | undefined | true
        [, 1] | indexOf | undefined | -1
        null | indexOf | 1 | !TypeError: Array.prototype.indexOf called on null or undefined
        [1, 2, -0] | at | -1 | -0
        [1, 2, 3] | at | 3 | undefined
        [1, [2, [3, [4]]]] | flat | | [ 1, 2, [ 3, [ 4 ] ] ]
        [1, [2, [3, [4]]]] | flat | Infinity | [ 1, 2, 3, 4 ]
        [1, 2] | flatMap | wrap | [ 1, [ 1 ], 2, [ 2 ] ]
        [1] | flatMap | 1 | !TypeError: flatMap mapper function is not callable
        "#,
    );
    // A cycle joins as "".
    let c = parse("[1]");
    let inner = realm::new_array(&[c]);
    call_path(c, "Array.prototype.push", &[c, inner]).unwrap();
    let join = |sep: &[Value]| outcome(call_path(c, "Array.prototype.join", sep));
    assert_eq!(join(&[string::from_str("-")]), "'1--'");
    assert_eq!(join(&[]), "'1,,'");
    // Huge sparse arrays.
    let big = parse("[]");
    internal_methods::set(big, Key::Index(u32::MAX - 1), Value::TRUE, big, true).unwrap();
    let run = |name: &str, args: &[Value]| {
        outcome(call_path(big, &format!("Array.prototype.{name}"), args))
    };
    assert_eq!(run("join", &[]), "!RangeError: Invalid string length");
    assert_eq!(run("join", &[string::empty()]), "'true'");
    assert_eq!(run("indexOf", &[Value::TRUE]), "4294967294");
    assert_eq!(run("lastIndexOf", &[Value::TRUE]), "4294967294");
    assert_eq!(run("includes", &[Value::UNDEFINED]), "true");
    assert_eq!(run("includes", &[Value::FALSE]), "false");
    assert_eq!(run("filter", &[parse("double")]), "[ true ]");
    assert_eq!(run("sort", &[]), "[ true, <4294967294 empty items> ]");
}

#[test]
fn lib_array_iteration() {
    check(
        "Array.prototype",
        r#"
        [1, 2, 3, 4] | map | double | [ 2, 4, 6, 8 ]
        [1, 2, 3, 4] | filter | even | [ 2, 4 ]
        [1, 2, 3, 4] | some | even | true
        [1, 2, 3, 4] | every | even | false
        [] | every | boom | true
        [1, 2, 3, 4] | find | even | 2
        [1, 2, 3, 4] | findIndex | even | 1
        [1, 2, 3, 4] | findLast | even | 4
        [1, 2, 3, 4] | findLastIndex | even | 3
        [1] | findLastIndex | even | -1
        [, 'a'] | findIndex | args | 0
        [1, 2, 3, 4] | reduce | add | 10
        [1, 2, 3, 4] | reduce | add, '' | '1234'
        [1, 2, 3, 4] | reduceRight | add, '' | '4321'
        [, 2, , 4] | reduce | add | 6
        [, 2, , 4] | reduceRight | sub | 2
        [, 2, , 4] | map | double | [ <1 empty item>, 4, <1 empty item>, 8 ]
        [, ,] | reduce | add | !TypeError: Reduce of empty array with no initial value
        [] | reduceRight | add | !TypeError: Reduce of empty array with no initial value
        [1] | map | | !TypeError: undefined is not a function
        [1] | forEach | {} | !TypeError: #<Object> is not a function
        [1] | some | 'abc' | !TypeError: abc is not a function
        [1] | filter | [1, 2] | !TypeError: [object Array] is not a function
        null | map | double | !TypeError: Array.prototype.map called on null or undefined
        [1] | every | boom | !TypeError: boom
        [1, 2, 3] | map | shrink | [ 2, <2 empty items> ]
        'ab' | map | add | [ 'a0', 'b1' ]
        [7] | map | args | [ [ 7, 0, [ 7 ] ] ]
        "#,
    );
    // Callbacks that mutate the array.
    let a = parse("[1, 2, 3, 4]");
    call_path(a, "Array.prototype.forEach", &[parse("recordPop")]).unwrap();
    assert_eq!(seen(), "[ 1, 2 ]");
    let a = parse("[1, 2, 3]");
    call_path(a, "Array.prototype.forEach", &[parse("recordPush")]).unwrap();
    assert_eq!(seen(), "[ 1, 2, 3 ]");
}

#[test]
fn lib_array_sort() {
    check(
        "Array.prototype",
        r#"
        [10, 9, 1, 100, 25, 2] | sort | | [ 1, 10, 100, 2, 25, 9 ]
        [3, , 1, undefined, , 2] | sort | | [ 1, 2, 3, undefined, <2 empty items> ]
        ['é', 'e', 'z', 'E', '_', ' '] | sort | | [ ' ', 'E', '_', 'e', 'z', 'é' ]
        {length: 3, 0: 'c', 1: 'a', 2: 'b'} | sort | | { '0': 'a', '1': 'b', '2': 'c', length: 3 }
        [5, 1, 4, 2, 3] | sort | sub | [ 1, 2, 3, 4, 5 ]
        [3, 20, 100] | sort | undefined | [ 100, 20, 3 ]
        [1] | sort | null | !TypeError: The comparison function must be either a function or undefined
        [1, 2] | sort | boom | !TypeError: boom
        [] | sort | boom | []
        "#,
    );
    let xs: Vec<Value> = (0..40)
        .map(|i| Value::number(((i * 37) % 101) as f64))
        .collect();
    let a = realm::new_array(&xs);
    call_path(a, "Array.prototype.sort", &[parse("sub")]).unwrap();
    let mut want: Vec<f64> = xs.iter().map(|v| v.as_number()).collect();
    want.sort_by(f64::total_cmp);
    assert!((0..40).all(|i| obj(a).dense()[i].as_number() == want[i]));
    // Stable: equal keys keep their order.
    let pairs = "[[1,'a'],[0,'b'],[1,'c'],[0,'d'],[1,'e'],[0,'f'],[1,'g'],[0,'h'],[1,'i'],[0,'j']]";
    let a = parse(pairs);
    call_path(a, "Array.prototype.sort", &[parse("byFirst")]).unwrap();
    let letters: String = (0..10)
        .map(|i| string::to_rust(get_i(get_i(a, i).unwrap(), 1).unwrap()))
        .collect();
    assert_eq!(letters, "bdfhjacegi");
}

#[test]
fn lib_array_statics() {
    check(
        "Array",
        r#"
        undefined | of | 1, 'a' | [ 1, 'a' ]
        undefined | from | 'a😀b' | [ 'a', '😀', 'b' ]
        undefined | from | {length: 2, 0: 'x'}, add | [ 'x0', NaN ]
        undefined | from | 5 | []
        undefined | from | null | !TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))
        undefined | from | [1], 1 | !TypeError: 1 is not a function
        undefined | isArray | [] | true
        undefined | isArray | {length: 0} | false
        "#,
    );
    let c = realm::global_value(key::intern_str("Array")).unwrap();
    let new = |n: f64| outcome(function::construct(c, &[Value::number(n)], c));
    assert_eq!(new(-1.0), "!RangeError: Invalid array length");
    assert_eq!(new(2.0), "[ <2 empty items> ]");
    let p = realm::get().array_prototype;
    let len = |name: &str| {
        let f = internal_methods::get(p, realm::key(name), p).unwrap();
        outcome(internal_methods::get(f, realm::key("length"), f))
    };
    let names = [
        "concat",
        "splice",
        "slice",
        "push",
        "copyWithin",
        "flat",
        "sort",
    ];
    let lens: Vec<String> = names.iter().map(|n| len(n)).collect();
    assert_eq!(lens.join(","), "1,2,2,1,2,0,1");
}
