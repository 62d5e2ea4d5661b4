//! Builtin global functions and constants the compiler resolves by name
//! (`String(x)`, `parseInt`, `Math.floor`, `Number.isInteger`, `Math.PI`, ...).
//!
//! The compiler looks a call's global path up in [`GLOBAL_FUNCTIONS`] and
//! passes the [`Global`] code to `kiln_call_global`; constant paths are folded
//! from [`GLOBAL_CONSTANTS`].

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::math;
use crate::text::number_parse;
use crate::text::string;

pub use crate::abi::names::{Global, GLOBAL_CONSTANTS, GLOBAL_FUNCTIONS};

fn number_arg(args: &[Value], i: usize) -> JsResult<f64> {
    conv::to_number(arg(args, i))
}

fn num(x: f64) -> JsResult<Value> {
    Ok(Value::number(x))
}

/// A unary `Math` function applied after ToNumber.
fn unary(args: &[Value], f: fn(f64) -> f64) -> JsResult<Value> {
    num(f(number_arg(args, 0)?))
}

fn is_integral(v: Value) -> Option<f64> {
    let x = v.as_number();
    (v.is_number() && x.is_finite() && x.trunc() == x).then_some(x)
}

/// Calls builtin `g` with `args`.
pub fn call(g: Global, args: &[Value]) -> JsResult<Value> {
    match g {
        Global::String => {
            if args.is_empty() {
                Ok(string::empty())
            } else if crate::object::key::is_symbol(args[0]) {
                Ok(string::from_str(
                    &crate::object::key::Key::Named(args[0]).display(),
                ))
            } else {
                conv::to_string(args[0])
            }
        }
        Global::Number => num(if args.is_empty() {
            0.0
        } else {
            // Number(1n) is 1: ToNumeric, then a BigInt's value.
            let n = conv::to_numeric(args[0])?;
            if n.is_number() {
                n.as_number()
            } else {
                crate::exec::bigint::to_f64(n)
            }
        }),
        Global::Boolean => Ok(Value::bool(conv::to_boolean(arg(args, 0)))),
        Global::IsNaN => Ok(Value::bool(number_arg(args, 0)?.is_nan())),
        Global::IsFinite => Ok(Value::bool(number_arg(args, 0)?.is_finite())),
        Global::ParseInt | Global::NumberParseInt => {
            let s = conv::to_string(arg(args, 0))?;
            let radix = conv::to_int32(number_arg(args, 1)?);
            num(number_parse::parse_int(string::units(s), radix))
        }
        Global::ParseFloat | Global::NumberParseFloat => {
            let s = conv::to_string(arg(args, 0))?;
            num(number_parse::parse_float(string::units(s)))
        }
        Global::MathAbs => unary(args, f64::abs),
        Global::MathFloor => unary(args, f64::floor),
        Global::MathCeil => unary(args, f64::ceil),
        Global::MathRound => unary(args, math::round),
        Global::MathTrunc => unary(args, f64::trunc),
        Global::MathSign => unary(args, math::sign),
        Global::MathSqrt => unary(args, f64::sqrt),
        Global::MathCbrt => unary(args, crate::math::fdlibm::cbrt),
        Global::MathExp => unary(args, crate::math::fdlibm::exp),
        Global::MathLog => unary(args, crate::math::fdlibm::log),
        Global::MathLog2 => unary(args, crate::math::fdlibm::log2),
        Global::MathLog10 => unary(args, crate::math::fdlibm::log10),
        Global::MathSin => unary(args, crate::math::fdlibm::sin),
        Global::MathCos => unary(args, crate::math::fdlibm::cos),
        Global::MathTan => unary(args, crate::math::fdlibm::tan),
        Global::MathAtan => unary(args, crate::math::fdlibm::atan),
        Global::MathFround => unary(args, |x| x as f32 as f64),
        Global::MathAsin => unary(args, crate::math::trig::asin),
        Global::MathAcos => unary(args, crate::math::trig::acos),
        Global::MathSinh => unary(args, crate::math::hyperbolic::sinh),
        Global::MathCosh => unary(args, crate::math::hyperbolic::cosh),
        Global::MathTanh => unary(args, crate::math::hyperbolic::tanh),
        Global::MathAsinh => unary(args, crate::math::hyperbolic::asinh),
        Global::MathAcosh => unary(args, crate::math::hyperbolic::acosh),
        Global::MathAtanh => unary(args, crate::math::hyperbolic::atanh),
        Global::MathExpm1 => unary(args, crate::math::hyperbolic::expm1),
        Global::MathLog1p => unary(args, crate::math::hyperbolic::log1p),
        Global::ProcessExit => {
            // process.exit([code]): flush what was printed, end the process.
            let code = match arg(args, 0) {
                v if v.is_undefined() => crate::exec::realm::exit_code().unwrap_or(0),
                v => conv::to_int32(conv::to_number(v)?),
            };
            crate::builtins::process_events::emit_exit(code);
            crate::sys::output::flush();
            crate::gc::report();
            std::process::exit(code & 0xff)
        }
        Global::MathAtan2 => {
            let y = number_arg(args, 0)?;
            num(crate::math::fdlibm::atan2(y, number_arg(args, 1)?))
        }
        Global::MathPow => {
            let b = number_arg(args, 0)?;
            num(crate::exec::operators::exponentiate(
                b,
                number_arg(args, 1)?,
            ))
        }
        Global::MathImul => {
            let a = conv::to_int32(number_arg(args, 0)?);
            num(a.wrapping_mul(conv::to_int32(number_arg(args, 1)?)) as f64)
        }
        Global::MathClz32 => num(conv::to_uint32(number_arg(args, 0)?).leading_zeros() as f64),
        Global::MathMin | Global::MathMax | Global::MathHypot => {
            let mut xs = Vec::with_capacity(args.len());
            for &a in args {
                xs.push(conv::to_number(a)?);
            }
            num(match g {
                Global::MathMin => math::min(&xs),
                Global::MathMax => math::max(&xs),
                _ => math::hypot(&xs),
            })
        }
        Global::MathRandom => num(math::random()),
        Global::NumberIsInteger => Ok(Value::bool(is_integral(arg(args, 0)).is_some())),
        Global::NumberIsSafeInteger => Ok(Value::bool(
            is_integral(arg(args, 0)).is_some_and(|x| x.abs() <= 9007199254740991.0),
        )),
        Global::NumberIsFinite => {
            let v = arg(args, 0);
            Ok(Value::bool(v.is_number() && v.as_number().is_finite()))
        }
        Global::NumberIsNaN => {
            let v = arg(args, 0);
            Ok(Value::bool(v.is_number() && v.as_number().is_nan()))
        }
    }
}

/// `kiln_call_global(id, argc, argv)`: calls builtin global function `id`. May throw.
#[no_mangle]
pub extern "C" fn kiln_call_global(id: i64, argc: i64, argv: i64) -> Value {
    // SAFETY: compiled code passes `argc` values at `argv`.
    let args = unsafe { args(argc, argv) };
    let Some(g) = Global::from_id(id) else {
        return exception::throw_type_error("unknown builtin function").into();
    };
    exception::ret(call(g, args))
}

pub use crate::abi::args;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::string::from_str;

    fn g(name: &str, args: &[Value]) -> Value {
        let (_, id) = GLOBAL_FUNCTIONS
            .iter()
            .find(|(n, _)| *n == name)
            .expect("known global");
        kiln_call_global(*id as i64, args.len() as i64, args.as_ptr() as i64)
    }
    fn gs(name: &str, args: &[Value]) -> String {
        crate::exec::conv::display_string(g(name, args))
    }
    fn n(x: f64) -> Value {
        Value::number(x)
    }
    fn s(t: &str) -> Value {
        from_str(t)
    }

    #[test]
    fn global_object_names_are_the_installed_globals() {
        let global = crate::exec::realm::get().global;
        // Names only: the global object's `@@toStringTag` is not a global.
        let mut installed: Vec<String> = crate::object::internal_methods::own_keys(global)
            .into_iter()
            .filter(|k| !matches!(k, crate::object::key::Key::Named(n) if crate::object::key::is_symbol(*n)))
            .map(|k| k.display())
            .collect();
        let mut listed: Vec<String> = crate::abi::names::GLOBAL_OBJECT_NAMES
            .iter()
            .map(|s| s.to_string())
            .collect();
        installed.sort();
        listed.sort();
        assert_eq!(installed, listed, "update abi::names::GLOBAL_OBJECT_NAMES");
    }

    #[test]
    fn table_is_indexed_by_id() {
        for (i, (_, id)) in GLOBAL_FUNCTIONS.iter().enumerate() {
            assert_eq!(*id as usize, i);
            assert_eq!(Global::from_id(i as i64), Some(*id));
        }
        assert_eq!(Global::from_id(-1), None);
    }

    #[test]
    fn conversions() {
        assert_eq!(gs("String", &[]), "");
        assert_eq!(gs("String", &[n(-0.0)]), "0");
        assert_eq!(gs("String", &[Value::NULL]), "null");
        assert_eq!(gs("Number", &[]), "0");
        assert_eq!(gs("Number", &[s(" 12 ")]), "12");
        assert_eq!(gs("Number", &[Value::UNDEFINED]), "NaN");
        assert_eq!(gs("Boolean", &[s("")]), "false");
        assert_eq!(gs("Boolean", &[]), "false");
        assert_eq!(gs("isNaN", &[s("abc")]), "true");
        assert_eq!(gs("isNaN", &[s("12")]), "false");
        assert_eq!(gs("isFinite", &[s("1e308")]), "true");
        assert_eq!(gs("Number.isNaN", &[s("abc")]), "false");
        assert_eq!(gs("Number.isFinite", &[s("1")]), "false");
        assert_eq!(gs("Number.isInteger", &[n(5.0)]), "true");
        assert_eq!(gs("Number.isInteger", &[n(5.5)]), "false");
        assert_eq!(gs("Number.isInteger", &[s("5")]), "false");
        assert_eq!(
            gs("Number.isSafeInteger", &[n(9007199254740992.0)]),
            "false"
        );
        assert_eq!(
            gs("Number.isSafeInteger", &[n(-9007199254740991.0)]),
            "true"
        );
        assert_eq!(gs("parseInt", &[s("0x1f")]), "31");
        assert_eq!(gs("parseInt", &[s("z"), n(36.0)]), "35");
        assert_eq!(gs("parseInt", &[n(0.0000005)]), "5");
        assert_eq!(gs("parseInt", &[s("12"), s("3")]), "5");
        assert_eq!(gs("Number.parseInt", &[s("  -12.9")]), "-12");
        assert_eq!(gs("parseFloat", &[s("3.5e2xyz")]), "350");
        assert_eq!(gs("Number.parseFloat", &[s("-.5")]), "-0.5");
    }

    #[test]
    fn math() {
        assert_eq!(gs("Math.abs", &[s("-3")]), "3");
        assert_eq!(gs("Math.floor", &[n(-1.5)]), "-2");
        assert_eq!(gs("Math.ceil", &[n(-1.5)]), "-1");
        assert_eq!(gs("Math.round", &[n(2.5)]), "3");
        assert_eq!(gs("Math.round", &[n(-2.5)]), "-2");
        assert_eq!(gs("Math.trunc", &[n(-1.7)]), "-1");
        assert_eq!(gs("Math.sign", &[n(-3.0)]), "-1");
        assert_eq!(gs("Math.sqrt", &[n(2.0)]), "1.4142135623730951");
        assert_eq!(gs("Math.sqrt", &[n(-1.0)]), "NaN");
        assert_eq!(gs("Math.cbrt", &[n(27.0)]), "3");
        assert_eq!(gs("Math.exp", &[n(1.0)]), "2.718281828459045");
        assert_eq!(gs("Math.log", &[n(10.0)]), "2.302585092994046");
        assert_eq!(gs("Math.log2", &[n(1024.0)]), "10");
        assert_eq!(gs("Math.log10", &[n(1e-5)]), "-5");
        assert_eq!(gs("Math.sin", &[n(1.0)]), "0.8414709848078965");
        assert_eq!(gs("Math.cos", &[n(1.0)]), "0.5403023058681398");
        assert_eq!(gs("Math.tan", &[n(1.0)]), "1.5574077246549023");
        assert_eq!(gs("Math.atan", &[n(1.0)]), "0.7853981633974483");
        assert_eq!(gs("Math.atan2", &[n(1.0), n(-1.0)]), "2.356194490192345");
        assert_eq!(gs("Math.pow", &[n(2.0), n(0.5)]), "1.4142135623730951");
        assert_eq!(gs("Math.pow", &[n(1.0), n(f64::INFINITY)]), "NaN");
        assert_eq!(gs("Math.min", &[]), "Infinity");
        assert_eq!(gs("Math.max", &[]), "-Infinity");
        assert_eq!(gs("Math.max", &[n(1.0), s("3"), n(2.0)]), "3");
        assert_eq!(gs("Math.min", &[n(1.0), n(f64::NAN), n(0.0)]), "NaN");
        assert_eq!(
            g("Math.min", &[n(0.0), n(-0.0)]).as_number().to_bits(),
            (-0.0f64).to_bits()
        );
        assert_eq!(
            g("Math.max", &[n(-0.0), n(0.0)]).as_number().to_bits(),
            0.0f64.to_bits()
        );
        assert_eq!(gs("Math.hypot", &[n(3.0), n(4.0)]), "5");
        assert_eq!(
            gs("Math.hypot", &[n(f64::NAN), n(f64::INFINITY)]),
            "Infinity"
        );
        assert_eq!(gs("Math.hypot", &[]), "0");
        assert_eq!(gs("Math.fround", &[n(5.5)]), "5.5");
        assert_eq!(gs("Math.fround", &[n(5.05)]), "5.050000190734863");
        assert_eq!(gs("Math.clz32", &[n(1.0)]), "31");
        assert_eq!(gs("Math.imul", &[n(0xffffffffu32 as f64), n(5.0)]), "-5");
        assert_eq!(gs("Math.asin", &[n(1.0)]), "1.5707963267948966");
        assert_eq!(gs("Math.acos", &[n(-1.0)]), "3.141592653589793");
        assert_eq!(gs("Math.asin", &[n(2.0)]), "NaN");
        assert_eq!(gs("Math.sinh", &[n(1.0)]), "1.1752011936438014");
        assert_eq!(gs("Math.cosh", &[n(1.0)]), "1.5430806348152437");
        assert_eq!(gs("Math.tanh", &[n(1.0)]), "0.7615941559557649");
        assert_eq!(gs("Math.asinh", &[n(1.0)]), "0.881373587019543");
        assert_eq!(gs("Math.acosh", &[n(2.0)]), "1.3169578969248166");
        assert_eq!(gs("Math.atanh", &[n(0.5)]), "0.5493061443340548");
        assert_eq!(gs("Math.expm1", &[n(1e-10)]), "1.00000000005e-10");
        assert_eq!(gs("Math.log1p", &[n(1e-10)]), "9.999999999500001e-11");
        let r = g("Math.random", &[]).as_number();
        assert!((0.0..1.0).contains(&r));
    }

    #[test]
    fn constants() {
        let c = |name: &str| GLOBAL_CONSTANTS.iter().find(|(n, _)| *n == name).unwrap().1;
        assert_eq!(c("Math.PI").to_bits(), 0x400921FB54442D18);
        assert_eq!(c("Number.EPSILON"), 2.220446049250313e-16);
        assert_eq!(c("Number.MIN_VALUE"), 5e-324);
        assert_eq!(c("Number.MAX_VALUE"), 1.7976931348623157e308);
        assert!(c("Number.NaN").is_nan());
        assert_eq!(GLOBAL_CONSTANTS.len(), 16);
    }
}
