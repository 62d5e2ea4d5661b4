//! Unit tests of `inspect.rs` (kept apart: the module is long enough).
use super::*;
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::text::string::from_str;

fn insp(v: Value) -> String {
    fmt(&[v])
}
const H: Value = Value::HOLE;
const FRAMES: &str = "Error: msg\n    at foo (a.js:1:1)\n    at bar (a.js:2:2)";
fn set(o: Value, k: Key, v: Value) {
    assert!(internal_methods::create_data_property(o, k, v).unwrap());
}
fn ob(entries: &[(&str, Value)]) -> Value {
    let o = realm::new_plain_object();
    for &(k, v) in entries {
        set(o, key::from_str(k), v);
    }
    o
}
fn arr(values: &[Value]) -> Value {
    realm::new_array(values)
}
fn func(name: &str) -> Value {
    function::new_function(0, s(name), 0.0, 0, 0)
}
fn class_(name: &str, parent: Option<Value>) -> Value {
    use function::{FN_CLASS, FN_CONSTRUCTOR, FN_DERIVED};
    let derived = if parent.is_some() { FN_DERIVED } else { 0 };
    let c = function::new_function(0, s(name), 0.0, 0, FN_CLASS | FN_CONSTRUCTOR | derived);
    crate::exec::class::class_setup(c, parent.unwrap_or(Value::UNDEFINED), parent.is_some())
        .unwrap();
    c
}
fn prototype(c: Value) -> Value {
    internal_methods::get_own(c, Key::Named(realm::get().keys.prototype))
        .unwrap()
        .0
}
fn inst(c: Value) -> Value {
    realm::new_object(prototype(c))
}
fn acc(o: Value, name: &str, get: Option<Value>, set: Option<Value>) {
    let d = internal_methods::Desc {
        get,
        set,
        enumerable: Some(true),
        configurable: Some(true),
        ..Default::default()
    };
    let d = if get.is_none() {
        internal_methods::Desc {
            get: Some(Value::UNDEFINED),
            ..d
        }
    } else {
        d
    };
    let d = if set.is_none() {
        internal_methods::Desc {
            set: Some(Value::UNDEFINED),
            ..d
        }
    } else {
        d
    };
    internal_methods::define_own(o, key::from_str(name), d, true).unwrap();
}
fn with_stack(e: Value, stack: &str) -> Value {
    let d = internal_methods::Desc::data(s(stack), WRITABLE | CONFIGURABLE);
    internal_methods::define_own(e, key::from_str("stack"), d, true).unwrap();
    e
}
fn err(msg: &str, stack: &str) -> Value {
    with_stack(error::make(error::ErrorKind::Error, msg), stack)
}
fn sub_err(c: Value, msg: &str) -> Value {
    with_stack(
        error::new_error_with_proto(prototype(c), s(msg)),
        "Error: m\n    at x (f:1:1)",
    )
}

fn fmt(args: &[Value]) -> String {
    let mut out = Vec::new();
    format_line(&mut out, args);
    String::from_utf16_lossy(&out)
}
fn n(x: f64) -> Value {
    Value::number(x)
}
fn s(t: &str) -> Value {
    from_str(t)
}

#[test]
fn primitives() {
    assert_eq!(fmt(&[s("hello")]), "hello");
    assert_eq!(fmt(&[n(42.0)]), "42");
    assert_eq!(fmt(&[n(-0.0)]), "-0");
    assert_eq!(fmt(&[n(0.0)]), "0");
    assert_eq!(fmt(&[n(1e21)]), "1e+21");
    assert_eq!(fmt(&[n(-1.5)]), "-1.5");
    assert_eq!(fmt(&[n(f64::NAN)]), "NaN");
    assert_eq!(fmt(&[n(f64::NEG_INFINITY)]), "-Infinity");
    assert_eq!(fmt(&[Value::TRUE]), "true");
    assert_eq!(fmt(&[Value::FALSE]), "false");
    assert_eq!(fmt(&[Value::UNDEFINED]), "undefined");
    assert_eq!(fmt(&[Value::NULL]), "null");
    assert_eq!(fmt(&[]), "");
    assert_eq!(fmt(&[s("a"), n(1.0), Value::NULL, s("b")]), "a 1 null b");
    assert_eq!(fmt(&[n(1.0), s("a\nb")]), "1 a\nb");
}

#[test]
fn objects() {
    let f = function::new_function(0, s("foo"), 0.0, 0, 0);
    let anon = function::new_function(0, s(""), 0.0, 0, 0);
    assert_eq!(fmt(&[f, anon]), "[Function: foo] [Function (anonymous)]");
    let e = error::make(error::ErrorKind::TypeError, "bad");
    assert_eq!(fmt(&[e]), "[TypeError: bad]");
    assert_eq!(
        fmt(&[s("%s"), f, anon]),
        "function foo() { [native code] } [Function (anonymous)]"
    );
}

#[test]
fn format_specifiers() {
    assert_eq!(
        fmt(&[s("%s is %d years"), s("Bob"), n(42.0), s("extra"), n(7.0)]),
        "Bob is 42 years extra 7"
    );
    assert_eq!(
        fmt(&[s("%i|%f|%d"), s("42.9px"), s("3.5abc"), s("0x10")]),
        "42|3.5|16"
    );
    assert_eq!(fmt(&[s("%d %i"), n(-0.0), n(-0.5)]), "-0 -0");
    assert_eq!(fmt(&[s("%s"), n(-0.0), s("%s")]), "-0 %s");
    assert_eq!(fmt(&[s("100%"), n(5.0)]), "100% 5");
    assert_eq!(fmt(&[s("%% %s %%"), s("a")]), "% a %");
    assert_eq!(fmt(&[s("%c styled"), s("color: red")]), " styled");
    assert_eq!(
        fmt(&[
            s("%j %j %j %j"),
            s("s"),
            n(1.0),
            Value::UNDEFINED,
            Value::NULL
        ]),
        "\"s\" 1 undefined null"
    );
    assert_eq!(fmt(&[s("%o %O"), s("str"), s("it's")]), "'str' \"it's\"");
    assert_eq!(fmt(&[s("%x %s"), n(1.0)]), "%x 1");
    assert_eq!(fmt(&[s("a%"), s("b")]), "a% b");
    assert_eq!(fmt(&[s("%d"), s("abc"), s("%d")]), "NaN %d");
    assert_eq!(fmt(&[s("%s:%s"), s("a")]), "a:%s");
    assert_eq!(fmt(&[n(5.0), s("%s"), s("x")]), "5 %s x");
    assert_eq!(fmt(&[s("%i"), n(1e21), s("%f"), s("x")]), "1 %f x");
    assert_eq!(fmt(&[s("%%"), n(1.0)]), "% 1");
    assert_eq!(fmt(&[s("%%")]), "%%");
    assert_eq!(fmt(&[s("%s")]), "%s");
}

#[test]
fn quoting() {
    let q = |t: &str| fmt(&[s("%o"), s(t)]);
    assert_eq!(q("a\nb'\""), "`a\\nb'\"`");
    assert_eq!(q("a\"b"), "'a\"b'");
    assert_eq!(q("a'b\"c`"), "'a\\'b\"c`'");
    assert_eq!(q("\u{7}\u{7f}\\"), "'\\x07\\x7F\\\\'");
    assert_eq!(q("😀"), "'😀'");
    let mut out = Vec::new();
    push_quoted(&mut out, &[0xD800]);
    assert_eq!(String::from_utf16_lossy(&out), "'\\ud800'");
}

#[test]
fn plain() {
    assert_eq!(
        insp(ob(&[("a", n(1.0)), ("b", s("x"))])),
        "{ a: 1, b: 'x' }"
    );
    assert_eq!(insp(ob(&[])), "{}");
    assert_eq!(
        insp(ob(&[
            ("a-b", n(1.0)),
            ("$a", n(2.0)),
            ("", n(3.0)),
            ("0", n(4.0)),
            ("_ok9", n(5.0))
        ])),
        "{ '0': 4, 'a-b': 1, '$a': 2, '': 3, _ok9: 5 }"
    );
    assert_eq!(
        insp({
            let o = ob(&[("a", n(3.0))]);
            set(o, Key::Named(key::new_symbol(s("foo"), 0)), n(1.0));
            set(o, Key::Named(key::new_symbol(Value::UNDEFINED, 0)), n(2.0));
            set(o, Key::Named(key::new_symbol(s("it's"), 0)), n(4.0));
            o
        }),
        "{ a: 3, [Symbol(foo)]: 1, [Symbol()]: 2, [Symbol(it\\'s)]: 4 }"
    );
    assert_eq!(
        insp(ob(&[
            ("s", s("it's")),
            ("t", s("it's \"x\"")),
            ("u", s("a'b\"c`d")),
            ("n", s("a\nb\t\u{1}"))
        ])),
        "{ s: \"it's\", t: `it's \"x\"`, u: 'a\\'b\"c`d', n: 'a\\nb\\t\\x01' }"
    );
    assert_eq!(
        insp(ob(&[
            ("n", Value::NULL),
            ("u", Value::UNDEFINED),
            ("t", Value::TRUE),
            ("z", n(-0.0)),
            ("nan", n(f64::NAN)),
            ("e", n(1e21))
        ])),
        "{ n: null, u: undefined, t: true, z: -0, nan: NaN, e: 1e+21 }"
    );
    assert_eq!(insp(ob(&[("__proto__", n(1.0))])), "{ ['__proto__']: 1 }");
    assert_eq!(
        insp(arr(&[key::new_symbol(s("y"), 0), n(-0.0)])),
        "[ Symbol(y), -0 ]"
    );
}

#[test]
fn arrays() {
    assert_eq!(insp(arr(&[n(1.0), n(2.0), n(3.0)])), "[ 1, 2, 3 ]");
    assert_eq!(insp(arr(&[])), "[]");
    assert_eq!(insp(arr(&[n(1.0), H, n(3.0)])), "[ 1, <1 empty item>, 3 ]");
    assert_eq!(insp(arr(&[H, H, H])), "[ <3 empty items> ]");
    assert_eq!(
        insp(arr(&[H, H, n(1.0), H, H, n(2.0), H, H])),
        "[ <2 empty items>, 1, <2 empty items>, 2, <2 empty items> ]"
    );
    assert_eq!(
        insp({
            let a = arr(&[]);
            set(a, Key::Index(1000), n(1.0));
            a
        }),
        "[ <1000 empty items>, 1 ]"
    );
    assert_eq!(
        insp({
            let a = arr(&[H, s("a"), H, s("b")]);
            internal_methods::set_array_length(a, n(204.0), true).unwrap();
            a
        }),
        "[ <1 empty item>, 'a', <1 empty item>, 'b', <200 empty items> ]"
    );
    assert_eq!(
        insp({
            let a = arr(&[n(1.0), n(2.0)]);
            set(a, key::from_str("foo"), s("bar"));
            a
        }),
        "[ 1, 2, foo: 'bar' ]"
    );
    assert_eq!(
        insp({
            let a = arr(&[H, H, H]);
            set(a, key::from_str("label"), n(1.0));
            a
        }),
        "[ <3 empty items>, label: 1 ]"
    );
    assert_eq!(insp(arr(&(0..120).map(|i| n(i as f64)).collect::<Vec<_>>())), "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]");
    assert_eq!(insp(arr(&(0..150).map(|i| if i % 2 == 0 { n(i as f64) } else { H }).collect::<Vec<_>>())), "[\n  0,              <1 empty item>, 2,              <1 empty item>, 4,\n  <1 empty item>, 6,              <1 empty item>, 8,              <1 empty item>,\n  10,             <1 empty item>, 12,             <1 empty item>, 14,\n  <1 empty item>, 16,             <1 empty item>, 18,             <1 empty item>,\n  20,             <1 empty item>, 22,             <1 empty item>, 24,\n  <1 empty item>, 26,             <1 empty item>, 28,             <1 empty item>,\n  30,             <1 empty item>, 32,             <1 empty item>, 34,\n  <1 empty item>, 36,             <1 empty item>, 38,             <1 empty item>,\n  40,             <1 empty item>, 42,             <1 empty item>, 44,\n  <1 empty item>, 46,             <1 empty item>, 48,             <1 empty item>,\n  50,             <1 empty item>, 52,             <1 empty item>, 54,\n  <1 empty item>, 56,             <1 empty item>, 58,             <1 empty item>,\n  60,             <1 empty item>, 62,             <1 empty item>, 64,\n  <1 empty item>, 66,             <1 empty item>, 68,             <1 empty item>,\n  70,             <1 empty item>, 72,             <1 empty item>, 74,\n  <1 empty item>, 76,             <1 empty item>, 78,             <1 empty item>,\n  80,             <1 empty item>, 82,             <1 empty item>, 84,\n  <1 empty item>, 86,             <1 empty item>, 88,             <1 empty item>,\n  90,             <1 empty item>, 92,             <1 empty item>, 94,\n  <1 empty item>, 96,             <1 empty item>, 98,             <1 empty item>,\n  ... 50 more items\n]");
    assert_eq!(insp(arr(&(0..27).map(|i| n(i as f64 * 1000.0)).collect::<Vec<_>>())), "[\n      0,  1000,  2000,  3000,  4000,\n   5000,  6000,  7000,  8000,  9000,\n  10000, 11000, 12000, 13000, 14000,\n  15000, 16000, 17000, 18000, 19000,\n  20000, 21000, 22000, 23000, 24000,\n  25000, 26000\n]");
    assert_eq!(insp(arr(&(0..30).map(|i| s(&format!("item{i}"))).collect::<Vec<_>>())), "[\n  'item0',  'item1',  'item2',\n  'item3',  'item4',  'item5',\n  'item6',  'item7',  'item8',\n  'item9',  'item10', 'item11',\n  'item12', 'item13', 'item14',\n  'item15', 'item16', 'item17',\n  'item18', 'item19', 'item20',\n  'item21', 'item22', 'item23',\n  'item24', 'item25', 'item26',\n  'item27', 'item28', 'item29'\n]");
    assert_eq!(
        insp(arr(&[
            n(1.0),
            s("a"),
            n(2.0),
            s("b"),
            n(3.0),
            s("c"),
            n(4.0)
        ])),
        "[\n  1, 'a', 2, 'b',\n  3, 'c', 4\n]"
    );
    assert_eq!(insp(arr(&(0..12).map(|i| Value::bool(i % 2 == 0)).collect::<Vec<_>>())), "[\n  true,  false, true,\n  false, true,  false,\n  true,  false, true,\n  false, true,  false\n]");
    assert_eq!(
        insp(arr(&[
            s("a".repeat(20).as_str()),
            s("b".repeat(20).as_str()),
            s("c".repeat(20).as_str())
        ])),
        "[\n  'aaaaaaaaaaaaaaaaaaaa',\n  'bbbbbbbbbbbbbbbbbbbb',\n  'cccccccccccccccccccc'\n]"
    );
    assert_eq!(
        insp({
            let a = arr(&(0..8).map(|i| n(i as f64)).collect::<Vec<_>>());
            set(a, key::from_str("x"), n(1.0));
            a
        }),
        "[\n  0,    1, 2, 3,\n  4,    5, 6, 7,\n  x: 1\n]"
    );
    assert_eq!(insp(arr(&(0..101).map(|i| n((i * i) as f64)).collect::<Vec<_>>())), "[\n     0,    1,    4,    9,   16,   25,   36,   49,   64,   81,\n   100,  121,  144,  169,  196,  225,  256,  289,  324,  361,\n   400,  441,  484,  529,  576,  625,  676,  729,  784,  841,\n   900,  961, 1024, 1089, 1156, 1225, 1296, 1369, 1444, 1521,\n  1600, 1681, 1764, 1849, 1936, 2025, 2116, 2209, 2304, 2401,\n  2500, 2601, 2704, 2809, 2916, 3025, 3136, 3249, 3364, 3481,\n  3600, 3721, 3844, 3969, 4096, 4225, 4356, 4489, 4624, 4761,\n  4900, 5041, 5184, 5329, 5476, 5625, 5776, 5929, 6084, 6241,\n  6400, 6561, 6724, 6889, 7056, 7225, 7396, 7569, 7744, 7921,\n  8100, 8281, 8464, 8649, 8836, 9025, 9216, 9409, 9604, 9801,\n  ... 1 more item\n]");
}

#[test]
fn nesting_and_breaking() {
    assert_eq!(
        insp(ob(&[(
            "a",
            ob(&[("b", ob(&[("c", ob(&[("d", n(1.0))]))]))])
        )])),
        "{ a: { b: { c: [Object] } } }"
    );
    assert_eq!(
        insp(ob(&[("a", ob(&[("b", ob(&[("c", arr(&[n(1.0)]))]))]))])),
        "{ a: { b: { c: [Array] } } }"
    );
    assert_eq!(
        insp(ob(&[(
            "a",
            ob(&[("b", ob(&[("c", ob(&[])), ("d", arr(&[]))]))])
        )])),
        "{ a: { b: { c: {}, d: [] } } }"
    );
    assert_eq!(
        insp(ob(&[
            ("alpha", n(1.0)),
            ("beta", n(2.0)),
            ("gamma", n(3.0)),
            ("delta", n(4.0)),
            ("epsilon", n(5.0)),
            ("zeta", n(6.0)),
            ("eta", n(7.0))
        ])),
        "{ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7 }"
    );
    assert_eq!(insp(ob(&[("alpha", n(1.0)), ("beta", n(2.0)), ("gamma", n(3.0)), ("delta", n(4.0)), ("epsilon", n(5.0)), ("zeta", n(6.0)), ("eta", n(7.0)), ("theta", n(8.0))])), "{\n  alpha: 1,\n  beta: 2,\n  gamma: 3,\n  delta: 4,\n  epsilon: 5,\n  zeta: 6,\n  eta: 7,\n  theta: 8\n}");
    assert_eq!(insp(ob(&[("outer", ob(&[("innerA", s("value number one!")), ("innerB", s("value number two!")), ("innerC", n(33.0))]))])), "{\n  outer: {\n    innerA: 'value number one!',\n    innerB: 'value number two!',\n    innerC: 33\n  }\n}");
    assert_eq!(insp(ob(&[("list", arr(&["apple", "banana", "cherry", "dragonfruit", "elderberry", "fig", "grape"].map(s)))])), "{\n  list: [\n    'apple',\n    'banana',\n    'cherry',\n    'dragonfruit',\n    'elderberry',\n    'fig',\n    'grape'\n  ]\n}");
    assert_eq!(
        insp(arr(&[
            arr(&[n(1.0), n(2.0), n(3.0)]),
            arr(&[n(4.0), n(5.0), n(6.0)]),
            arr(&[n(7.0), n(8.0), n(9.0)])
        ])),
        "[ [ 1, 2, 3 ], [ 4, 5, 6 ], [ 7, 8, 9 ] ]"
    );
    assert_eq!(insp(ob(&[("a", s(&format!("{}\n{}", "x".repeat(70), "y".repeat(10))))])), "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n' +\n    'yyyyyyyyyy'\n}");
    assert_eq!(insp(ob(&[("t", s("x".repeat(80).as_str()))])), "{\n  t: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}");
    assert_eq!(insp(arr(&[ob(&[("name", s("Alice")), ("age", n(30.0)), ("city", s("Paris"))]), ob(&[("name", s("Bob")), ("age", n(25.0)), ("city", s("Rome"))])])), "[\n  { name: 'Alice', age: 30, city: 'Paris' },\n  { name: 'Bob', age: 25, city: 'Rome' }\n]");
}

#[test]
fn classes_and_functions() {
    assert_eq!(
        insp({
            let p = class_("Point", None);
            let o = inst(p);
            set(o, key::from_str("x"), n(1.0));
            set(o, key::from_str("y"), n(2.0));
            arr(&[o, ob(&[("a", ob(&[("b", ob(&[("c", o)]))]))])])
        }),
        "[ Point { x: 1, y: 2 }, { a: { b: [Object] } } ]"
    );
    assert_eq!(
        insp({
            let a = class_("A", None);
            let b = class_("B", Some(a));
            arr(&[
                a,
                b,
                inst(b),
                ob(&[("a", ob(&[("b", ob(&[("c", inst(b))]))]))]),
            ])
        }),
        "[ [class A], [class B extends A], B {}, { a: { b: [Object] } } ]"
    );
    assert_eq!(
        insp({
            let o = realm::new_object(Value::NULL);
            let p = realm::new_object(Value::NULL);
            set(p, key::from_str("a"), n(1.0));
            arr(&[o, p])
        }),
        "[ [Object: null prototype] {}, [Object: null prototype] { a: 1 } ]"
    );
    assert_eq!(insp({ let f = func("f"); set(f, key::from_str("a"), n(1.0)); arr(&[func("g"), func(""), f, function::bind(func("h"), Value::UNDEFINED, &[]).unwrap()]) }), "[\n  [Function: g],\n  [Function (anonymous)],\n  [Function: f] { a: 1 },\n  [Function: bound h]\n]");
    assert_eq!(
        insp({
            let c = class_("S", None);
            set(c, key::from_str("x"), n(1.0));
            arr(&[c, class_("", None)])
        }),
        "[ [class S] { x: 1 }, [class (anonymous)] ]"
    );
    assert_eq!(
        insp({
            let o = ob(&[]);
            let g = func("get");
            let st = func("set");
            acc(o, "a", Some(g), None);
            acc(o, "b", None, Some(st));
            acc(o, "c", Some(g), Some(st));
            internal_methods::define_own(
                o,
                key::from_str("hidden"),
                internal_methods::Desc::data(n(1.0), 0),
                false,
            )
            .unwrap();
            o
        }),
        "{ a: [Getter], b: [Setter], c: [Getter/Setter] }"
    );
    assert_eq!(
        insp({
            let args = crate::object::arguments::kiln_new_arguments(
                2,
                n(1.0),
                n(2.0),
                Value::UNDEFINED,
                0,
                func("f"),
                1,
            );
            arr(&[
                args,
                crate::object::arguments::kiln_new_arguments(
                    0,
                    Value::UNDEFINED,
                    Value::UNDEFINED,
                    Value::UNDEFINED,
                    0,
                    func("f"),
                    1,
                ),
            ])
        }),
        "[ [Arguments] { '0': 1, '1': 2 }, [Arguments] {} ]"
    );
}

#[test]
fn errors() {
    assert_eq!(
        insp({
            let e = err("msg", "Error: msg");
            arr(&[e, ob(&[("e", e)])])
        }),
        "[ [Error: msg], { e: [Error: msg] } ]"
    );
    assert_eq!(
        insp({
            let e = err("msg", FRAMES);
            set(e, key::from_str("code"), n(1.0));
            e
        }),
        "Error: msg\n    at foo (a.js:1:1)\n    at bar (a.js:2:2) {\n  code: 1\n}"
    );
    assert_eq!(insp({ let e = err("msg", FRAMES); set(e, key::from_str("code"), n(1.0)); ob(&[("e2", e)]) }), "{\n  e2: Error: msg\n      at foo (a.js:1:1)\n      at bar (a.js:2:2) {\n    code: 1\n  }\n}");
    assert_eq!(
        insp({
            let e = err("msg", FRAMES);
            arr(&[arr(&[e])])
        }),
        "[\n  [\n    Error: msg\n        at foo (a.js:1:1)\n        at bar (a.js:2:2)\n  ]\n]"
    );
    assert_eq!(insp({ let e = err("msg", FRAMES); set(e, key::from_str("self"), e); e }), "<ref *1> Error: msg\n    at foo (a.js:1:1)\n    at bar (a.js:2:2) {\n  self: [Circular *1]\n}");
    assert_eq!(
        insp({
            let e = err("m", "Error: m\n    at x (f:1:1)");
            internal_methods::define_own(
                e,
                key::from_str("cause"),
                internal_methods::Desc::data(n(5.0), WRITABLE | CONFIGURABLE),
                false,
            )
            .unwrap();
            e
        }),
        "Error: m\n    at x (f:1:1) {\n  [cause]: 5\n}"
    );
    assert_eq!(
        insp({
            let e = err("m", "Error: m");
            set(e, key::from_str("name"), s("Custom"));
            e
        }),
        "[Error: m] { name: 'Custom' }"
    );
    assert_eq!(
        insp({
            let base = realm::get().error_constructors[0];
            let e2 = class_("E2", Some(base));
            let my = class_("MyError", Some(base));
            let a = sub_err(e2, "m");
            let b = sub_err(my, "m");
            arr(&[a, b])
        }),
        "[\n  E2 [Error]: m\n      at x (f:1:1),\n  MyError: m\n      at x (f:1:1)\n]"
    );
}

#[test]
fn circular() {
    assert_eq!(
        insp({
            let o = ob(&[]);
            set(o, key::from_str("self"), o);
            o
        }),
        "<ref *1> { self: [Circular *1] }"
    );
    assert_eq!(insp({ let x = ob(&[]); let y = ob(&[("x", x)]); set(x, key::from_str("y"), y); arr(&[x, y]) }), "[\n  <ref *1> { y: { x: [Circular *1] } },\n  <ref *2> { x: <ref *1> { y: [Circular *2] } }\n]");
    assert_eq!(
        insp({
            let a = arr(&[n(1.0)]);
            set(a, Key::Index(1), a);
            let f = func("f");
            set(f, key::from_str("self"), f);
            arr(&[a, f])
        }),
        "[\n  <ref *1> [ 1, [Circular *1] ],\n  <ref *2> [Function: f] { self: [Circular *2] }\n]"
    );
}

#[test]
fn prototypes() {
    assert_eq!(
        insp({
            let p = realm::new_object(Value::NULL);
            let q = realm::new_object(Value::NULL);
            set(q, key::from_str("a"), n(1.0));
            arr(&[realm::new_object(p), realm::new_object(q)])
        }),
        "[\n  Object <[Object: null prototype] {}> {},\n  Object <[Object: null prototype]> {}\n]"
    );
    assert_eq!(insp({ let c = class_("MyArr", realm::global_value(s("Array"))); let a = realm::new_array_with_proto(prototype(c)); set(a, Key::Index(0), n(1.0)); set(a, Key::Index(1), n(2.0)); let b = arr(&[n(1.0), n(2.0)]); internal_methods::set_proto(b, Value::NULL); arr(&[a, realm::new_array_with_proto(prototype(c)), b, realm::new_object(realm::get().array_prototype)]) }), "[\n  MyArr(2) [ 1, 2 ],\n  MyArr(0) [],\n  [Array(2): null prototype] [ 1, 2 ],\n  Array {}\n]");
    assert_eq!(
        insp(realm::get().object_prototype),
        "[Object: null prototype] {}"
    );
}

#[test]
fn error_cause_frames() {
    assert_eq!(insp({ let c = err("c", "Error: c\n    at a (f:1:1)\n    at b (f:2:2)\n    at c (f:3:3)\n    at d (f:4:4)\n    at e (f:5:5)"); let e = err("e", "Error: e\n    at z (f:9:9)\n    at b (f:2:2)\n    at c (f:3:3)\n    at d (f:4:4)\n    at e (f:5:5)"); internal_methods::define_own(e, key::from_str("cause"), internal_methods::Desc::data(c, WRITABLE | CONFIGURABLE), false).unwrap(); e }), "Error: e\n    at z (f:9:9)\n    at b (f:2:2)\n    ... 2 lines matching cause stack trace ...\n    at e (f:5:5) {\n  [cause]: Error: c\n      at a (f:1:1)\n      at b (f:2:2)\n      at c (f:3:3)\n      at d (f:4:4)\n      at e (f:5:5)\n}");
    assert_eq!(insp({ let e = err("m", FRAMES); ob(&[("a", ob(&[("b", ob(&[("c", e)]))]))]) }), "{\n  a: {\n    b: {\n      c: Error: msg\n          at foo (a.js:1:1)\n          at bar (a.js:2:2)\n    }\n  }\n}");
    assert_eq!(
        insp({
            let e = err("m", FRAMES);
            set(e, key::from_str("x"), n(1.0));
            ob(&[("a", ob(&[("b", ob(&[("c", e)]))]))])
        }),
        "{ a: { b: { c: [Error] } } }"
    );
    assert_eq!(
        insp({
            let e = error::make(error::ErrorKind::RangeError, "r");
            internal_methods::set_proto(e, Value::NULL);
            with_stack(e, "RangeError: r\n    at x (f:1:1)")
        }),
        "[RangeError: null prototype]: r\n    at x (f:1:1)"
    );
}

#[test]
fn directives_on_objects() {
    let deep = ob(&[("a", ob(&[("b", ob(&[("c", ob(&[("d", n(1.0))]))]))]))]);
    let a = inst(class_("A", None));
    let b = inst(class_("B", None));
    fn bee(_: Value, _: &[Value], _: Value, _: Value) -> crate::exec::exception::JsResult<Value> {
        Ok(from_str("bee"))
    }
    let with_to_string = inst(class_("C", None));
    set(
        internal_methods::proto_of(with_to_string),
        key::from_str("toString"),
        function::new_native("toString", 0, bee, 0),
    );
    let nested = ob(&[("a", n(1.0)), ("b", arr(&[n(1.0), arr(&[n(2.0)])]))]);
    assert_eq!(
        fmt(&[
            s("%s|%s|%s|%o|%O"),
            nested,
            a,
            key::new_symbol(s("q"), 0),
            arr(&[n(1.0), n(2.0)]),
            deep
        ]),
        "{ a: 1, b: [Array] }|A {}|Symbol(q)|[ 1, 2, [length]: 2 ]|{ a: { b: { c: [Object] } } }"
    );
    assert_eq!(fmt(&[s("%s"), with_to_string]), "bee");
    assert_eq!(fmt(&[b, s("x")]), "B {} x");
    let deeper = ob(&[(
        "a",
        ob(&[(
            "b",
            ob(&[("c", ob(&[("d", ob(&[("e", ob(&[("f", n(1.0))]))]))]))]),
        )]),
    )]);
    assert_eq!(
        fmt(&[s("%o"), deeper]),
        "{\n  a: {\n    b: { c: { d: { e: [Object] } } }\n  }\n}"
    );
}
