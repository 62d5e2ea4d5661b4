//! `Date` (ECMA-262 §21.4): the Date object kind, the constructor and its
//! statics (`now`, `parse`, `UTC`), and `Date.prototype`.
//!
//! A Date object (`KIND_DATE`) keeps its time value, a number value (NaN for
//! an invalid date), in 8 bytes after its object part; it owns nothing else.
//!
//! * `time.rs`: time-value arithmetic and the fixed string forms
//! * `zone.rs`: local time from the system tz database (`jiff`) and zone names
//! * `zone_names.rs`: CLDR long zone names (generated)
//! * `parse.rs`: `Date.parse` (ES format and V8's legacy forms)
//!
//! `toLocale{,Date,Time}String` print the `en-US` forms Node prints with its
//! default ICU locale (`1/15/2026, 1:05:07 PM`); they accept the locales
//! `en`/`en-US` and the option `timeZone`, and throw a TypeError naming what
//! they do not support rather than print another locale wrongly.

mod parse;
pub mod time;
mod zone;
mod zone_names;

use crate::abi::heap::KIND_DATE;
use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv::{self, Hint};
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function::{self, NativeFn};
use crate::object::internal_methods::{self, Desc};
use crate::object::key::{self, Key};
use crate::object::ordinary::{self as object, CONFIGURABLE, OBJECT_SIZE, WRITABLE};
use crate::object::shape::Shape;
use crate::text::string;
use std::cell::Cell;
use time::{Fields, MS_PER_DAY};

thread_local! {
    /// `Date.prototype` (the fallback prototype of `new Date` from another realm's new.target).
    static PROTO: Cell<Value> = const { Cell::new(Value::UNDEFINED) };
}

fn slot(o: Value) -> *mut Value {
    // SAFETY: Date objects have one value right after the object part.
    unsafe { (o.payload() as *mut u8).add(OBJECT_SIZE) as *mut Value }
}

/// Whether `v` is a Date object (has [[DateValue]]).
pub fn is_date(v: Value) -> bool {
    object::is_kind(v, KIND_DATE)
}

/// The time value of Date object `o`.
pub fn time_value(o: Value) -> f64 {
    // SAFETY: `o` is a Date object.
    unsafe { (*slot(o)).as_number() }
}

fn set_time_value(o: Value, t: f64) -> Value {
    let v = Value::number(t);
    // SAFETY: `o` is a Date object.
    unsafe { *slot(o) = v };
    v
}

/// A new Date object with time value `t` and prototype `proto`.
fn alloc(proto: Value, t: f64) -> Value {
    internal_methods::mark_proto(proto);
    let o = object::alloc(KIND_DATE, Shape::root(proto), 8, 0);
    set_time_value(o, t);
    o
}

/// thisTimeValue(this): the time value of a Date `this`, else V8's TypeError.
fn this_time(this: Value) -> JsResult<f64> {
    if is_date(this) {
        Ok(time_value(this))
    } else {
        Err(exception::throw_type_error("this is not a Date object."))
    }
}

/// [`this_time_for`] with the name of the method `callee`.
fn this_time_of(this: Value, callee: Value) -> JsResult<f64> {
    if is_date(this) {
        return Ok(time_value(this));
    }
    this_time_for(this, &string::to_rust(function::name(callee)))
}

/// thisTimeValue(this) for the methods other than the getters and
/// `valueOf`, with V8's message for them.
fn this_time_for(this: Value, method: &str) -> JsResult<f64> {
    if is_date(this) {
        Ok(time_value(this))
    } else {
        Err(exception::throw_type_error(&format!(
            "Method Date.prototype.{method} called on incompatible receiver {}",
            conv::display_string_short(this)
        )))
    }
}

/// The current time in ms since the epoch (integral).
fn now() -> f64 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_millis() as f64,
        Err(e) => -(e.duration().as_millis() as f64),
    }
}

/// ToDateString(tv) (§21.4.4.41.4): `Thu Jan 15 2026 12:00:00 GMT+0100 (Central European Standard Time)`.
pub fn date_string(t: f64) -> String {
    if t.is_nan() {
        return "Invalid Date".to_owned();
    }
    let (f, offset) = local_fields(t);
    format!(
        "{} {} {} ({})",
        time::date_text(&f),
        time::time_text(&f),
        time::offset_text(offset),
        zone::name_at(t, offset)
    )
}

/// The local fields of finite `t` and the offset at `t`.
fn local_fields(t: f64) -> (Fields, i64) {
    let offset = zone::offset_at(t);
    (time::fields(t + offset as f64), offset)
}

/// Console: what Node's inspect prints for a Date: its ISO string, or `Invalid Date`.
pub fn display(o: Value) -> Option<String> {
    if !is_date(o) {
        return None;
    }
    let t = time_value(o);
    Some(if t.is_nan() {
        "Invalid Date".to_owned()
    } else {
        time::iso_text(t)
    })
}

fn number_arg(args: &[Value], i: usize) -> JsResult<f64> {
    conv::to_number(arg(args, i))
}

/// The year argument of the constructor and `UTC`: 0–99 mean 1900–1999.
fn full_year(y: f64) -> f64 {
    if y.is_nan() {
        return y;
    }
    let yi = conv::to_integer_or_infinity(y);
    if (0.0..=99.0).contains(&yi) {
        1900.0 + yi
    } else {
        y
    }
}

/// The time value of date components (year, month[, date, h, min, s, ms]) in `args`.
fn from_components(args: &[Value]) -> JsResult<f64> {
    let mut c = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (i, v) in c.iter_mut().enumerate().take(args.len().min(7)) {
        *v = conv::to_number(args[i])?;
    }
    let day = time::make_day(full_year(c[0]), c[1], c[2]);
    Ok(time::make_date(
        day,
        time::make_time(c[3], c[4], c[5], c[6]),
    ))
}

/// `Date(...)` / `new Date(...)` (§21.4.2.1).
fn construct(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Ok(string::from_str(&date_string(now())));
    }
    let tv = match args.len() {
        0 => now(),
        1 => {
            let v = args[0];
            if is_date(v) {
                time_value(v)
            } else {
                let p = conv::to_primitive(v, Hint::Default)?;
                if p.is_string() {
                    parse::parse(string::units(p), zone::utc)
                } else {
                    time::time_clip(conv::to_number(p)?)
                }
            }
        }
        _ => time::time_clip(zone::utc(from_components(args)?)),
    };
    let proto = function::prototype_from(nt, PROTO.with(Cell::get))?;
    Ok(alloc(proto, tv))
}

fn date_now(_: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::number(now()))
}

fn date_parse(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let s = conv::to_string(arg(args, 0))?;
    Ok(Value::number(parse::parse(string::units(s), zone::utc)))
}

/// `Date.UTC(year[, month[, date[, h[, min[, s[, ms]]]]]])` (§21.4.3.4).
fn date_utc(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::number(time::time_clip(from_components(args)?)))
}

// ---- getters ----

/// The getters: (name, UTC?, field).
const GETTERS: &[(&str, bool, u8)] = &[
    ("getDate", false, 2),
    ("getDay", false, 7),
    ("getFullYear", false, 0),
    ("getHours", false, 3),
    ("getMilliseconds", false, 6),
    ("getMinutes", false, 4),
    ("getMonth", false, 1),
    ("getSeconds", false, 5),
    ("getUTCDate", true, 2),
    ("getUTCDay", true, 7),
    ("getUTCFullYear", true, 0),
    ("getUTCHours", true, 3),
    ("getUTCMilliseconds", true, 6),
    ("getUTCMinutes", true, 4),
    ("getUTCMonth", true, 1),
    ("getUTCSeconds", true, 5),
    ("getYear", false, 8),
];

/// Field `i` of `f` (7: weekday, 8: year - 1900).
fn field(f: &Fields, i: u8) -> i64 {
    match i {
        0 => f.year,
        1 => f.month,
        2 => f.day,
        3 => f.hour,
        4 => f.minute,
        5 => f.second,
        6 => f.ms,
        7 => f.weekday,
        _ => f.year - 1900,
    }
}

/// (UTC?, field) of a getter or setter, kept in the function's `data`.
fn spec_of(callee: Value) -> (bool, u8, u8) {
    let d = function::fun(callee).data.as_number() as u32;
    (d & 1 != 0, (d >> 1 & 0xF) as u8, (d >> 5) as u8)
}

fn getter(this: Value, _: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let (utc, i, _) = spec_of(callee);
    let t = if i == 8 {
        this_time_of(this, callee)?
    } else {
        this_time(this)?
    };
    if t.is_nan() {
        return Ok(Value::number(f64::NAN));
    }
    let f = if utc {
        time::fields(t)
    } else {
        local_fields(t).0
    };
    Ok(Value::number(field(&f, i) as f64))
}

fn get_time(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::number(this_time(this)?))
}

fn get_timezone_offset(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let t = this_time(this)?;
    if t.is_nan() {
        return Ok(Value::number(t));
    }
    // V8: whole minutes, the offset's seconds (local mean time) dropped.
    Ok(Value::number(-((zone::offset_at(t) / 60_000) as f64) + 0.0))
}

// ---- setters ----

/// The setters: (name, UTC?, first field, most arguments used).
const SETTERS: &[(&str, bool, u8, u8)] = &[
    ("setDate", false, 2, 1),
    ("setFullYear", false, 0, 3),
    ("setHours", false, 3, 4),
    ("setMilliseconds", false, 6, 1),
    ("setMinutes", false, 4, 3),
    ("setMonth", false, 1, 2),
    ("setSeconds", false, 5, 2),
    ("setUTCDate", true, 2, 1),
    ("setUTCFullYear", true, 0, 3),
    ("setUTCHours", true, 3, 4),
    ("setUTCMilliseconds", true, 6, 1),
    ("setUTCMinutes", true, 4, 3),
    ("setUTCMonth", true, 1, 2),
    ("setUTCSeconds", true, 5, 2),
];

/// `Date.prototype.set[UTC]{FullYear,Month,Date,Hours,Minutes,Seconds,Milliseconds}`
/// (§21.4.4.20–28): the arguments replace fields from `first` on. As V8
/// does, an invalid date converts only the first argument (the spec
/// converts them all) before returning NaN; `set[UTC]FullYear` starts
/// from +0 then.
fn setter(this: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let t = this_time_of(this, callee)?;
    let (utc, first, most) = spec_of(callee);
    let n = args.len().clamp(1, most as usize);
    let mut given = [0.0; 4];
    given[0] = number_arg(args, 0)?;
    if t.is_nan() && first != 0 {
        return Ok(Value::number(f64::NAN));
    }
    for (i, g) in given.iter_mut().enumerate().take(n).skip(1) {
        *g = number_arg(args, i)?;
    }
    let t = if t.is_nan() {
        0.0
    } else if utc {
        t
    } else {
        zone::local_time(t)
    };
    let f = time::fields(t);
    let mut c = [f.year, f.month, f.day, f.hour, f.minute, f.second, f.ms].map(|x| x as f64);
    c[first as usize..first as usize + n].copy_from_slice(&given[..n]);
    let date = time::make_date(
        time::make_day(c[0], c[1], c[2]),
        time::make_time(c[3], c[4], c[5], c[6]),
    );
    let u = time::time_clip(if utc { date } else { zone::utc(date) });
    Ok(set_time_value(this, u))
}

fn set_time(this: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    this_time_of(this, callee)?;
    let t = number_arg(args, 0)?;
    Ok(set_time_value(this, time::time_clip(t)))
}

/// `Date.prototype.setYear(year)` (Annex B.2.3.2).
fn set_year(this: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let t = this_time_of(this, callee)?;
    let y = number_arg(args, 0)?;
    let t = if t.is_nan() { 0.0 } else { zone::local_time(t) };
    if y.is_nan() {
        return Ok(set_time_value(this, f64::NAN));
    }
    let f = time::fields(t);
    let day = time::make_day(full_year(y), f.month as f64, f.day as f64);
    let date = time::make_date(day, t.rem_euclid(MS_PER_DAY));
    Ok(set_time_value(this, time::time_clip(zone::utc(date))))
}

// ---- strings ----

fn to_string(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(string::from_str(&date_string(this_time_for(
        this, "toString",
    )?)))
}

/// `toDateString` / `toTimeString` / `toUTCString` / `toISOString`: which, in `data`.
fn string_form(this: Value, _: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let which = function::fun(callee).data.as_number() as u8;
    let method = ["toDateString", "toTimeString", "toUTCString", "toISOString"][which as usize];
    let t = this_time_for(this, method)?;
    if t.is_nan() {
        if which == 3 {
            return Err(exception::throw_range_error("Invalid time value"));
        }
        return Ok(string::from_str("Invalid Date"));
    }
    let s = match which {
        0 => time::date_text(&local_fields(t).0),
        1 => {
            let (f, offset) = local_fields(t);
            format!(
                "{} {} ({})",
                time::time_text(&f),
                time::offset_text(offset),
                zone::name_at(t, offset)
            )
        }
        2 => time::utc_text(t),
        _ => time::iso_text(t),
    };
    Ok(string::from_str(&s))
}

/// The `Intl.DateTimeFormat` options kiln does not implement (any of them given is an error).
const UNSUPPORTED_OPTIONS: &[&str] = &[
    "dateStyle",
    "timeStyle",
    "calendar",
    "dayPeriod",
    "numberingSystem",
    "localeMatcher",
    "hour12",
    "hourCycle",
    "formatMatcher",
    "weekday",
    "era",
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "fractionalSecondDigits",
    "timeZoneName",
];

/// The time zone `toLocale*String(locales, options)` formats in (None: the
/// local zone), after checking that the arguments ask for what kiln prints.
fn locale_zone(args: &[Value], method: &str) -> JsResult<Option<jiff::tz::TimeZone>> {
    let locales = arg(args, 0);
    let first = if locales.is_object() {
        internal_methods::get_value(locales, Key::Index(0))?
    } else {
        locales
    };
    if !first.is_undefined() {
        let tag = string::to_rust(conv::to_string(first)?);
        if tag != "en" && tag != "en-US" {
            return Err(exception::throw_type_error(&format!(
                "kiln: Date.prototype.{method} supports the en-US locale only, not '{tag}'"
            )));
        }
    }
    let options = arg(args, 1);
    if options.is_undefined() {
        return Ok(None);
    }
    if !options.is_object() {
        if options.is_null() {
            return Err(exception::throw_type_error(
                "Cannot convert undefined or null to object",
            ));
        }
        return Ok(None);
    }
    for name in UNSUPPORTED_OPTIONS {
        if !internal_methods::get_value(options, key::from_str(name))?.is_undefined() {
            return Err(exception::throw_type_error(&format!(
                "kiln: Date.prototype.{method} does not support the option '{name}'"
            )));
        }
    }
    let tz = internal_methods::get_value(options, key::from_str("timeZone"))?;
    if tz.is_undefined() {
        return Ok(None);
    }
    let name = string::to_rust(conv::to_string(tz)?);
    match jiff::tz::TimeZone::get(&name) {
        Ok(z) => Ok(Some(z)),
        Err(_) => Err(exception::throw_range_error(&format!(
            "Invalid time zone specified: {name}"
        ))),
    }
}

/// `toLocaleString` / `toLocaleDateString` / `toLocaleTimeString` (which, in `data`).
fn locale_form(this: Value, args: &[Value], _: Value, callee: Value) -> JsResult<Value> {
    let which = function::fun(callee).data.as_number() as u8;
    let method = ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"][which as usize];
    let t = this_time_for(this, method)?;
    let tz = locale_zone(args, method)?;
    if t.is_nan() {
        return Ok(string::from_str("Invalid Date"));
    }
    let offset = match tz {
        Some(z) => zone::offset_in(&z, t),
        None => zone::offset_at(t),
    };
    let f = time::fields(t + offset as f64);
    let s = match which {
        0 => format!(
            "{}, {}",
            time::locale_date_text(&f),
            time::locale_time_text(&f)
        ),
        1 => time::locale_date_text(&f),
        _ => time::locale_time_text(&f),
    };
    Ok(string::from_str(&s))
}

fn value_of(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    Ok(Value::number(this_time(this)?))
}

/// `Date.prototype.toJSON(key)` (§21.4.4.37).
fn to_json(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let o = crate::builtins::object::to_object(this)?;
    let tv = conv::to_primitive(o, Hint::Number)?;
    if tv.is_number() && !tv.as_number().is_finite() {
        return Ok(Value::NULL);
    }
    let f = internal_methods::get_value(o, key::from_str("toISOString"))?;
    if !realm::is_callable(f) {
        return Err(exception::throw_type_error("toISOString is not a function"));
    }
    function::call(f, o, &[])
}

/// `Date.prototype[Symbol.toPrimitive](hint)` (§21.4.4.45).
fn to_primitive(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(exception::throw_type_error(&format!(
            "Method Date.prototype [ @@toPrimitive ] called on incompatible receiver {}",
            conv::display_string_short(this)
        )));
    }
    let hint = arg(args, 0);
    let h = if hint.is_string() {
        match string::to_rust(hint).as_str() {
            "string" | "default" => Some(Hint::String),
            "number" => Some(Hint::Number),
            _ => None,
        }
    } else {
        None
    };
    let Some(h) = h else {
        return Err(exception::throw_type_error(&format!(
            "Invalid hint: {}",
            conv::display_string_short(hint)
        )));
    };
    conv::ordinary_to_primitive(this, h)
}

fn native(name: &str, length: u32, f: NativeFn, data: f64) -> Value {
    let fv = function::new_native(name, length, f, 0);
    function::fun(fv).data = Value::number(data);
    fv
}

fn put(o: Value, name: &str, fv: Value) {
    realm::define(o, name, fv, WRITABLE | CONFIGURABLE);
}

pub fn install(r: &Realm) {
    let proto = realm::new_object(r.object_prototype);
    let ctor = realm::constructor("Date", 7, construct, proto);
    realm::define(r.global, "Date", ctor, WRITABLE | CONFIGURABLE);
    PROTO.with(|p| p.set(proto));
    realm::method(ctor, "now", 0, date_now);
    realm::method(ctor, "parse", 1, date_parse);
    realm::method(ctor, "UTC", 7, date_utc);

    put(proto, "toString", native("toString", 0, to_string, 0.0));
    for (i, name) in ["toDateString", "toTimeString", "toISOString"]
        .iter()
        .enumerate()
    {
        let which = if i == 2 { 3.0 } else { i as f64 };
        put(proto, name, native(name, 0, string_form, which));
    }
    let utc = native("toUTCString", 0, string_form, 2.0);
    put(proto, "toUTCString", utc);
    put(proto, "toGMTString", utc);
    for (i, name) in ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"]
        .iter()
        .enumerate()
    {
        put(proto, name, native(name, 0, locale_form, i as f64));
    }
    put(proto, "toJSON", native("toJSON", 1, to_json, 0.0));
    put(proto, "valueOf", native("valueOf", 0, value_of, 0.0));
    put(proto, "getTime", native("getTime", 0, get_time, 0.0));
    put(
        proto,
        "getTimezoneOffset",
        native("getTimezoneOffset", 0, get_timezone_offset, 0.0),
    );
    for &(name, utc, i) in GETTERS {
        let data = (utc as u32 | (i as u32) << 1) as f64;
        put(proto, name, native(name, 0, getter, data));
    }
    put(proto, "setTime", native("setTime", 1, set_time, 0.0));
    for &(name, utc, first, most) in SETTERS {
        let data = (utc as u32 | (first as u32) << 1 | (most as u32) << 5) as f64;
        put(proto, name, native(name, most as u32, setter, data));
    }
    put(proto, "setYear", native("setYear", 1, set_year, 0.0));
    let tp = native("[Symbol.toPrimitive]", 1, to_primitive, 0.0);
    let _ = internal_methods::define_own(
        proto,
        Key::Named(realm::well_known("toPrimitive")),
        Desc::data(tp, CONFIGURABLE),
        false,
    );
}

/// Collector: `Date.prototype` (also reachable from the global `Date`, which a program may delete).
pub fn trace_roots(m: &mut crate::gc::mark::Marker) {
    m.value(PROTO.with(Cell::get));
}
