//! The natives of the WHATWG `URL` (`process.binding('url')`), over the
//! `url` crate, which implements the URL Standard's parser, serializer and
//! setters (`url::quirks` are the standard's API). The JavaScript class
//! (`compiler/src/modules/node/url.js`) keeps a URL's components as the
//! array these functions return: `[href, origin, protocol, username,
//! password, host, hostname, port, pathname, search, hash]`.

use crate::abi::value::Value;
use crate::builtins::string_methods::arg;
use crate::exec::conv;
use crate::exec::exception::JsResult;
use crate::exec::realm;
use crate::text::string;
use url::{quirks, Url};

/// The binding object.
pub fn module() -> Value {
    let u = realm::new_plain_object();
    realm::method(u, "parse", 2, parse);
    realm::method(u, "set", 3, set);
    realm::method(u, "domainToASCII", 1, domain_to_ascii);
    u
}

fn text(v: Value) -> JsResult<String> {
    Ok(string::to_rust(conv::to_string(v)?))
}

/// The components array of `u`.
fn components(u: &Url) -> JsResult<Value> {
    let parts = [
        quirks::href(u).to_string(),
        quirks::origin(u),
        quirks::protocol(u).to_string(),
        quirks::username(u).to_string(),
        quirks::password(u).to_string(),
        quirks::host(u).to_string(),
        quirks::hostname(u).to_string(),
        quirks::port(u).to_string(),
        quirks::pathname(u).to_string(),
        quirks::search(u).to_string(),
        quirks::hash(u).to_string(),
    ];
    // On the stack, where the collector sees them while the next allocates.
    let mut values = [Value::UNDEFINED; 11];
    for (v, p) in values.iter_mut().zip(&parts) {
        *v = string::from_str(p);
    }
    Ok(realm::new_array(&values))
}

fn parse_with(input: &str, base: Option<&str>) -> Option<Url> {
    match base {
        None => Url::parse(input).ok(),
        Some(b) => {
            let base = Url::parse(b).ok()?;
            Url::options().base_url(Some(&base)).parse(input).ok()
        }
    }
}

/// `parse(input[, base])`: the components, or `null` when either fails to
/// parse (the class throws `ERR_INVALID_URL`).
fn parse(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let input = text(arg(args, 0))?;
    let base = match arg(args, 1) {
        b if b.is_undefined() => None,
        b => Some(text(b)?),
    };
    match parse_with(&input, base.as_deref()) {
        Some(u) => components(&u),
        None => Ok(Value::NULL),
    }
}

/// `set(href, field, value)`: the components after the standard's setter of
/// `field` (`href` returns `null` when the new value does not parse).
fn set(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let Ok(mut u) = Url::parse(&text(arg(args, 0))?) else {
        return Ok(Value::NULL);
    };
    let field = text(arg(args, 1))?;
    let value = text(arg(args, 2))?;
    // Only `href` can fail as a whole; the other setters ignore bad input
    // (their `Err(())` says the URL was left as it was).
    let ignored = match field.as_str() {
        "href" => {
            if quirks::set_href(&mut u, &value).is_err() {
                return Ok(Value::NULL);
            }
            Ok(())
        }
        "protocol" => quirks::set_protocol(&mut u, &value),
        "username" => quirks::set_username(&mut u, &value),
        "password" => quirks::set_password(&mut u, &value),
        "host" => quirks::set_host(&mut u, &value),
        "hostname" => quirks::set_hostname(&mut u, &value),
        "port" => quirks::set_port(&mut u, &value),
        _ => Ok(()),
    };
    let _ = ignored;
    match field.as_str() {
        "pathname" => quirks::set_pathname(&mut u, &value),
        "search" => quirks::set_search(&mut u, &value),
        "hash" => quirks::set_hash(&mut u, &value),
        _ => {}
    }
    components(&u)
}

/// `url.domainToASCII(domain)`: the punycode form, `''` when invalid.
fn domain_to_ascii(_: Value, args: &[Value], _: Value, _: Value) -> JsResult<Value> {
    let d = text(arg(args, 0))?;
    let out = url::Host::parse(&d)
        .map(|h| h.to_string())
        .unwrap_or_default();
    Ok(string::from_str(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_relative_to_a_base() {
        let u = parse_with("../x?y#z", Some("https://a.example/b/c/d")).unwrap();
        assert_eq!(u.as_str(), "https://a.example/b/x?y#z");
        assert!(parse_with("nope", None).is_none());
    }
}
