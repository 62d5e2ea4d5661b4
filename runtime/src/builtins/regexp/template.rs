//! Tagged templates: GetTemplateObject (§13.2.8.4), one frozen template
//! object per site with its frozen `raw` array, and `String.raw` (§22.1.2.4).

use super::*;
use crate::exec::conv;

/// `kiln_template_object(site, argc, argv)`: the template object of a
/// tagged-template site; `argv` holds the cooked strings (undefined for an
/// invalid escape) then the raw strings.
#[no_mangle]
pub extern "C" fn kiln_template_object(site: i64, argc: i64, argv: i64) -> Value {
    if let Some(t) = STATE.with(|s| s.borrow().templates.get(&site).copied()) {
        return t;
    }
    // SAFETY: compiled code passes `argc` values at `argv`.
    let vals = unsafe { crate::abi::args(argc, argv) }.to_vec();
    let n = vals.len() / 2;
    let raw = realm::new_array(&vals[n..]);
    let cooked = realm::new_array(&vals[..n]);
    internal_methods::set_integrity(raw, true);
    let _ = internal_methods::define_own(cooked, k("raw"), Desc::data(raw, 0), false);
    internal_methods::set_integrity(cooked, true);
    STATE.with(|s| s.borrow_mut().templates.insert(site, cooked));
    cooked
}

/// `String.raw(template, ...substitutions)`.
fn string_raw(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = arg(args, 0);
    let cooked = crate::builtins::object::to_object(t)?;
    let raw = internal_methods::get_value(cooked, k("raw"))?;
    let raw = crate::builtins::object::to_object(raw)?;
    let len = to_length(internal_methods::get_value(
        raw,
        Key::Named(internal_methods::length_key()),
    )?)?;
    let mut out = Vec::new();
    for i in 0..len {
        let seg = conv::to_string(internal_methods::get_value(raw, Key::Index(i as u32))?)?;
        out.extend_from_slice(string::units(seg));
        if i + 1 == len {
            break;
        }
        if let Some(&sub) = args.get(i + 1) {
            out.extend_from_slice(string::units(conv::to_string(sub)?));
        }
    }
    Ok(string::from_units(&out))
}

pub fn install(r: &Realm) {
    let s =
        internal_methods::get_value(r.global, key::from_str("String")).unwrap_or(Value::UNDEFINED);
    if s.is_object() {
        realm::method(s, "raw", 1, string_raw);
    }
}
