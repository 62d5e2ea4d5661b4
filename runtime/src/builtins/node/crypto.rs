//! The natives of Node's `crypto` module (`process.binding('crypto')`):
//! one-shot digests and HMACs over RustCrypto's `md-5`, `sha1`, `sha2` and
//! `hmac` crates, and random bytes from the kernel. The JavaScript module
//! (`compiler/src/modules/node/crypto.js`) keeps a `Hash`'s input until
//! `digest()`, then hashes it here in one call.

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::JsResult;
use crate::exec::realm;
use crate::text::string;
use hmac::{Hmac, Mac};
use sha2::Digest;

/// The binding object.
pub fn module() -> Value {
    let c = realm::new_plain_object();
    realm::method(c, "digest", 2, digest);
    realm::method(c, "hmac", 3, hmac);
    realm::method(c, "randomFill", 1, random_fill);
    c
}

/// The digest of `data` by Node's (lower-case) algorithm name, or `None`
/// for an algorithm kiln does not have.
fn hash(alg: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match alg {
        "md5" => md5::Md5::digest(data).to_vec(),
        "sha1" => sha1::Sha1::digest(data).to_vec(),
        "sha224" => sha2::Sha224::digest(data).to_vec(),
        "sha256" => sha2::Sha256::digest(data).to_vec(),
        "sha384" => sha2::Sha384::digest(data).to_vec(),
        "sha512" => sha2::Sha512::digest(data).to_vec(),
        _ => return None,
    })
}

fn mac<M: Mac + hmac::digest::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut m =
        <M as hmac::digest::KeyInit>::new_from_slice(key).expect("HMAC takes any key length");
    m.update(data);
    m.finalize().into_bytes().to_vec()
}

fn keyed(alg: &str, key: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    Some(match alg {
        "md5" => mac::<Hmac<md5::Md5>>(key, data),
        "sha1" => mac::<Hmac<sha1::Sha1>>(key, data),
        "sha224" => mac::<Hmac<sha2::Sha224>>(key, data),
        "sha256" => mac::<Hmac<sha2::Sha256>>(key, data),
        "sha384" => mac::<Hmac<sha2::Sha384>>(key, data),
        "sha512" => mac::<Hmac<sha2::Sha512>>(key, data),
        _ => return None,
    })
}

/// The bytes of a typed array argument (empty for anything else).
fn bytes(v: Value) -> Vec<u8> {
    if crate::object::typed_array::is_typed_array(v) {
        super::text::view_bytes(v).to_vec()
    } else {
        Vec::new()
    }
}

/// `digest(algorithm, bytes)`: a Uint8Array, or `undefined` for an unknown
/// algorithm (the module throws Node's error).
fn digest(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let alg = string::to_rust(conv::to_string(arg(args, 0))?).to_ascii_lowercase();
    match hash(&alg, &bytes(arg(args, 1))) {
        Some(d) => super::text::uint8_array(&d),
        None => Ok(Value::UNDEFINED),
    }
}

/// `hmac(algorithm, key, bytes)`: a Uint8Array, or `undefined`.
fn hmac(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let alg = string::to_rust(conv::to_string(arg(args, 0))?).to_ascii_lowercase();
    match keyed(&alg, &bytes(arg(args, 1)), &bytes(arg(args, 2))) {
        Some(d) => super::text::uint8_array(&d),
        None => Ok(Value::UNDEFINED),
    }
}

/// `randomFill(view)`: fills a typed array with random bytes.
fn random_fill(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if crate::object::typed_array::is_typed_array(v) {
        super::text::random_bytes(super::text::view_bytes(v))?;
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn known_digests() {
        assert_eq!(
            hex(&hash("md5", b"").unwrap()),
            "d41d8cd98f00b204e9800998ecf8427e"
        );
        assert_eq!(
            hex(&hash("sha1", b"abc").unwrap()),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert!(hash("sha3", b"").is_none());
        // RFC 4231 test case 2.
        assert_eq!(
            hex(&keyed("sha256", b"Jefe", b"what do ya want for nothing?").unwrap()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
