//! The natives of Node's `zlib` module (`process.binding('zlib')`): one-shot
//! compression and decompression in the deflate, zlib and gzip formats over
//! the `flate2` crate (its pure-Rust `miniz_oxide` backend). The
//! compressed bytes are valid for every reader but need not equal Node's
//! (which uses C zlib) byte for byte; decompression accepts what either
//! writes. Errors carry zlib's `code`/`errno` as Node's do.

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::{self, JsResult};
use crate::exec::realm;
use crate::object::ordinary::DEFAULT_ATTRS;
use crate::text::string;
use flate2::read::{DeflateDecoder, GzDecoder, ZlibDecoder};
use flate2::write::{DeflateEncoder, GzEncoder, ZlibEncoder};
use flate2::{Compression, GzBuilder};
use std::io::{Read, Write};

/// The binding object.
pub fn module() -> Value {
    let z = realm::new_plain_object();
    realm::method(z, "process", 3, process);
    z
}

/// How a decompression failed: zlib's message, code and errno.
struct ZError(&'static str, &'static str, i32);

const DATA_ERROR: &str = "Z_DATA_ERROR";

fn compress(kind: &str, data: &[u8], level: u32) -> Vec<u8> {
    let level = Compression::new(level);
    let out = match kind {
        "deflate" => {
            let mut e = ZlibEncoder::new(Vec::new(), level);
            e.write_all(data).and_then(|_| e.finish())
        }
        "deflateRaw" => {
            let mut e = DeflateEncoder::new(Vec::new(), level);
            e.write_all(data).and_then(|_| e.finish())
        }
        _ => {
            // Node's gzip header: no name or time, OS 3 (Unix).
            let mut e: GzEncoder<Vec<u8>> = GzBuilder::new()
                .operating_system(3)
                .write(Vec::new(), level);
            e.write_all(data).and_then(|_| e.finish())
        }
    };
    out.expect("compressing into memory cannot fail")
}

fn read_all(mut r: impl Read) -> Result<Vec<u8>, std::io::Error> {
    let mut out = Vec::new();
    r.read_to_end(&mut out)?;
    Ok(out)
}

fn decompress(kind: &str, data: &[u8]) -> Result<Vec<u8>, ZError> {
    let kind = match kind {
        "unzip" if data.starts_with(&[0x1f, 0x8b]) => "gunzip",
        "unzip" => "inflate",
        k => k,
    };
    let header_ok = match kind {
        "gunzip" => data.len() < 2 || data.starts_with(&[0x1f, 0x8b]),
        "inflate" => {
            data.len() < 2
                || (data[0] & 0x0f == 8 && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0)
        }
        _ => true,
    };
    if !header_ok {
        return Err(ZError("incorrect header check", DATA_ERROR, -3));
    }
    let res = match kind {
        "gunzip" => read_all(GzDecoder::new(data)),
        "inflate" => read_all(ZlibDecoder::new(data)),
        _ => read_all(DeflateDecoder::new(data)),
    };
    res.map_err(|e| match e.kind() {
        std::io::ErrorKind::UnexpectedEof => ZError("unexpected end of file", "Z_BUF_ERROR", -5),
        _ if kind == "inflateRaw" => ZError("invalid block type", DATA_ERROR, -3),
        _ => ZError("invalid stored block lengths", DATA_ERROR, -3),
    })
}

/// `process(kind, bytes, level)`: a Uint8Array of the result; a failed
/// decompression throws zlib's error.
fn process(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let kind = string::to_rust(conv::to_string(arg(args, 0))?);
    let data = super::text::view_bytes(arg(args, 1)).to_vec();
    let level = conv::to_number(arg(args, 2))?;
    let level = if level < 0.0 || level.is_nan() {
        6
    } else {
        level as u32
    };
    let out = match kind.as_str() {
        "deflate" | "deflateRaw" | "gzip" => compress(&kind, &data, level),
        _ => match decompress(&kind, &data) {
            Ok(out) => out,
            Err(ZError(message, code, errno)) => {
                let err = crate::exec::error::make(crate::abi::names::ErrorKind::Error, message);
                realm::define(err, "errno", Value::number(errno as f64), DEFAULT_ATTRS);
                realm::define(err, "code", string::from_str(code), DEFAULT_ATTRS);
                return Err(exception::throw(err));
            }
        },
    };
    super::text::uint8_array(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_errors() {
        for kind in ["deflate", "deflateRaw", "gzip"] {
            let packed = compress(kind, b"hello hello hello", 6);
            let back = match kind {
                "deflate" => "inflate",
                "deflateRaw" => "inflateRaw",
                _ => "gunzip",
            };
            assert_eq!(
                decompress(back, &packed).ok().unwrap(),
                b"hello hello hello"
            );
            assert_eq!(decompress("unzip", &packed).is_ok(), kind != "deflateRaw");
        }
        assert!(decompress("gunzip", b"plain text").is_err());
    }
}
