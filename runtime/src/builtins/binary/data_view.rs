//! `DataView` (ECMA-262 §25.3): the constructor, its getters and the
//! sixteen `get*`/`set*` methods in both byte orders.

use super::{define_tag, incompatible, intrinsics, to_index};
use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm::{self, Realm};
use crate::object::function;
use crate::object::ordinary::{CONFIGURABLE, WRITABLE};
use crate::object::typed_array::{self as ta, Elem};

/// §25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] )
fn data_view_ctor(_: Value, args: &[Value], nt: Value, _: Value) -> JsResult<Value> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if nt.is_undefined() {
        return Err(exception::throw_type_error(
            "Constructor DataView requires 'new'",
        ));
    }
    // 2. Perform ? RequireInternalSlot(buffer, [[ArrayBufferData]]).
    let buffer = arg(args, 0);
    if !ta::is_buffer(buffer) {
        return Err(exception::throw_type_error(
            "First argument to DataView constructor must be an ArrayBuffer",
        ));
    }
    // 3. Let offset be ? ToIndex(byteOffset).
    let offset = to_index(arg(args, 1), |n| {
        format!(
            "Start offset {} is outside the bounds of the buffer",
            crate::text::number_format::to_rust_string(n)
        )
    })?;
    // 4. If IsDetachedBuffer(buffer), throw a TypeError exception.
    if ta::is_detached(buffer) {
        return Err(super::detached("DataView constructor"));
    }
    // 5-6. If offset > bufferByteLength, throw a RangeError exception.
    let buf_len = ta::buffer_bytes(buffer).len();
    if offset > buf_len {
        return Err(exception::throw_range_error(&format!(
            "Start offset {offset} is outside the bounds of the buffer"
        )));
    }
    // 8-9. The view's length: the rest of the buffer, or ? ToIndex(byteLength).
    let len_arg = arg(args, 2);
    let len = if len_arg.is_undefined() {
        buf_len - offset
    } else {
        let l = to_index(len_arg, |n| {
            format!(
                "Invalid DataView length {}",
                crate::text::number_format::to_rust_string(n)
            )
        })?;
        if offset + l > buf_len {
            return Err(exception::throw_range_error(&format!(
                "Invalid DataView length {l}"
            )));
        }
        l
    };
    // 10. OrdinaryCreateFromConstructor(NewTarget, "%DataView.prototype%").
    let proto = function::prototype_from(nt, intrinsics().view_proto)?;
    // 11. Getting the prototype may have detached (or resized) the buffer.
    if ta::is_detached(buffer) {
        return Err(super::detached("DataView constructor"));
    }
    // 12-14. The bounds again, against the buffer's current length.
    let buf_len = ta::buffer_bytes(buffer).len();
    if offset > buf_len {
        return Err(exception::throw_range_error(&format!(
            "Start offset {offset} is outside the bounds of the buffer"
        )));
    }
    let len = if len_arg.is_undefined() {
        buf_len - offset
    } else if offset + len > buf_len {
        return Err(exception::throw_range_error(&format!(
            "Invalid DataView length {len}"
        )));
    } else {
        len
    };
    let v = ta::new_data_view(proto, buffer, offset, len);
    if len_arg.is_undefined() && ta::is_resizable(buffer) {
        ta::set_length_tracking(v);
    }
    Ok(v)
}

/// The receiver check of the get/set methods. V8 (Node 20) names the
/// receiver `undefined` in this message whatever it was; kiln prints the same.
fn this_view(this: Value, method: &str) -> JsResult<Value> {
    if ta::is_data_view(this) {
        Ok(this)
    } else {
        Err(incompatible(
            &format!("DataView.prototype.{method}"),
            Value::UNDEFINED,
        ))
    }
}

fn buffer(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !ta::is_data_view(this) {
        return Err(incompatible("get DataView.prototype.buffer", this));
    }
    Ok(ta::view_buffer(this))
}

fn byte_length(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !ta::is_data_view(this) {
        return Err(incompatible("get DataView.prototype.byteLength", this));
    }
    if ta::view_detached(this) {
        return Err(super::detached("DataView.prototype.byteLength"));
    }
    Ok(Value::number(ta::view_length(this) as f64))
}

fn byte_offset(this: Value, _: &[Value], _: Value, _: Value) -> JsResult<Value> {
    if !ta::is_data_view(this) {
        return Err(incompatible("get DataView.prototype.byteOffset", this));
    }
    if ta::view_detached(this) {
        return Err(super::detached("DataView.prototype.byteOffset"));
    }
    Ok(Value::number(ta::view_offset(this) as f64))
}

/// The address of `size` bytes at `index` of view `v`, bounds-checked.
fn view_ptr(v: Value, index: usize, size: usize) -> JsResult<*mut u8> {
    if index
        .checked_add(size)
        .is_none_or(|e| e > ta::view_length(v))
    {
        return Err(exception::throw_range_error(
            "Offset is outside the bounds of the DataView",
        ));
    }
    let bytes = ta::buffer_bytes(ta::view_buffer(v));
    // SAFETY: offset + index + size lies within the buffer (checked above and
    // at construction).
    Ok(unsafe { bytes.as_mut_ptr().add(ta::view_offset(v) + index) })
}

fn out_of_bounds(_: f64) -> String {
    "Offset is outside the bounds of the DataView".to_owned()
}

/// §25.3.1.5 GetViewValue ( view, requestIndex, isLittleEndian, type )
fn get_value(this: Value, args: &[Value], e: Elem, method: &str) -> JsResult<Value> {
    let v = this_view(this, method)?;
    let index = to_index(arg(args, 0), out_of_bounds)?;
    let little = conv::to_boolean(arg(args, 1));
    if ta::view_detached(v) {
        return Err(super::detached(&format!("DataView.prototype.{method}")));
    }
    let p = view_ptr(v, index, e.size())?;
    // SAFETY: `view_ptr` checked `size` bytes.
    Ok(unsafe { e.load_value(p, !little) })
}

/// §25.3.1.6 SetViewValue ( view, requestIndex, isLittleEndian, type, value )
fn set_value(this: Value, args: &[Value], e: Elem, method: &str) -> JsResult<Value> {
    let v = this_view(this, method)?;
    let index = to_index(arg(args, 0), out_of_bounds)?;
    let x = e.convert(arg(args, 1))?;
    let little = conv::to_boolean(arg(args, 2));
    if ta::view_detached(v) {
        return Err(super::detached(&format!("DataView.prototype.{method}")));
    }
    let p = view_ptr(v, index, e.size())?;
    // SAFETY: `view_ptr` checked `size` bytes.
    unsafe { e.store_value(p, x, !little) };
    Ok(Value::UNDEFINED)
}

macro_rules! accessors {
    ($($get:ident $set:ident $e:ident $gname:literal $sname:literal;)*) => {
        $(
            fn $get(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
                get_value(this, args, Elem::$e, $gname)
            }
            fn $set(this: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
                set_value(this, args, Elem::$e, $sname)
            }
        )*
        const METHODS: &[(&str, function::NativeFn, &str, function::NativeFn)] = &[
            $(($gname, $get, $sname, $set),)*
        ];
    };
}

accessors! {
    get_int8 set_int8 Int8 "getInt8" "setInt8";
    get_uint8 set_uint8 Uint8 "getUint8" "setUint8";
    get_int16 set_int16 Int16 "getInt16" "setInt16";
    get_uint16 set_uint16 Uint16 "getUint16" "setUint16";
    get_int32 set_int32 Int32 "getInt32" "setInt32";
    get_uint32 set_uint32 Uint32 "getUint32" "setUint32";
    get_float32 set_float32 Float32 "getFloat32" "setFloat32";
    get_float64 set_float64 Float64 "getFloat64" "setFloat64";
    get_bigint64 set_bigint64 BigInt64 "getBigInt64" "setBigInt64";
    get_biguint64 set_biguint64 BigUint64 "getBigUint64" "setBigUint64";
}

/// Installs `DataView`; returns its prototype.
pub fn install(r: &Realm) -> Value {
    let proto = realm::new_plain_object();
    let c = realm::constructor("DataView", 1, data_view_ctor, proto);
    realm::define(r.global, "DataView", c, WRITABLE | CONFIGURABLE);
    realm::accessor(proto, "buffer", buffer, None);
    realm::accessor(proto, "byteLength", byte_length, None);
    realm::accessor(proto, "byteOffset", byte_offset, None);
    for (gname, get, sname, set) in METHODS {
        realm::method(proto, gname, 1, *get);
        realm::method(proto, sname, 2, *set);
    }
    define_tag(proto, "DataView");
    proto
}
