//! The RegExp matching engine: a thin layer over the `regress` crate that
//! speaks ECMAScript's terms (UTF-16 subjects, `lastIndex`, V8's error texts).
//!
//! Depends only on std and regress, so it can be tested on its own.
//!
//! * [`parse_flags`] validates a flags string (`dgimsuvy`) with V8's errors.
//! * [`compile`] turns pattern + flags into a [`Compiled`] regex, or a
//!   [`SyntaxError`] whose text is V8's (`Invalid regular expression: /(/:
//!   Unterminated group`).
//! * [`exec`] runs one match attempt from `lastIndex` on a UTF-16 subject.
//!   Non-unicode regexes see the subject as UCS-2 code units, `u`/`v` ones as
//!   code points. Sticky regexes only match at `lastIndex` (the caller decides
//!   whether `lastIndex` is read at all: 0 unless `g` or `y`, per
//!   RegExpBuiltinExec; it also writes `lastIndex` back).
//! * [`advance_string_index`] is the spec's AdvanceStringIndex.
//!
//! Known divergences from V8 (node 20) that are not wrapped (regress's
//! semantics kept), each covered by a test that documents it:
//! * case-insensitive non-unicode matching folds U+017F (ſ) with `s` and
//!   U+212A (Kelvin) with `k` (V8 follows the spec's Canonicalize, which keeps
//!   a non-ASCII character from folding to ASCII): `/ſ/i.test("s")` is true
//!   here, false in V8; `/\w/i` matches `ſ`, `/\W/i` does not.
//! * `[\W]` inside a class under `iu` matches `S`/`s`/`K`/`k` (V8: no).
//!
//! Wrapped here (regress differs, this module restores V8's behaviour):
//! * `\u{...}` in non-unicode mode is Annex B's identity escape `u` followed
//!   by a `{n}` quantifier (`/\u{2}/` matches "uu"); regress read it as a
//!   code point escape. The backslash is dropped before regress sees it.
//! * duplicate named groups in different alternatives and group modifiers
//!   (`(?i:...)`) are SyntaxErrors in node 20; regress accepts both.
//! * in unicode mode a `lastIndex` inside a surrogate pair starts the match
//!   at the pair (the spec's "character obtained from element lastIndex").
//! * regress has no sticky/anchored entry point; a sticky regex is compiled
//!   a second time as `(?:P)|()` so the search always stops at `lastIndex`
//!   (the trailing empty group marks "P failed here").
//! * error texts are mapped from regress's wording to V8's.

use std::ops::Range;

/// The flags of a regex, in V8's canonical order `dgimsuvy`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    pub has_indices: bool,
    pub global: bool,
    pub ignore_case: bool,
    pub multiline: bool,
    pub dot_all: bool,
    pub unicode: bool,
    pub unicode_sets: bool,
    pub sticky: bool,
}

impl Flags {
    /// The `flags` getter's text: the set flags in the order `dgimsuvy`.
    pub fn text(self) -> String {
        let mut s = String::new();
        for (on, c) in [
            (self.has_indices, 'd'),
            (self.global, 'g'),
            (self.ignore_case, 'i'),
            (self.multiline, 'm'),
            (self.dot_all, 's'),
            (self.unicode, 'u'),
            (self.unicode_sets, 'v'),
            (self.sticky, 'y'),
        ] {
            if on {
                s.push(c);
            }
        }
        s
    }

    /// Either `u` or `v`: the pattern and the subject are read as code points.
    pub fn full_unicode(self) -> bool {
        self.unicode || self.unicode_sets
    }
}

/// Parses a flags string. An unknown flag, a repeated flag, or `u` together
/// with `v` is an error; the error's text for `new RegExp(p, flags)` is
/// [`invalid_flags_message`], for a literal it is
/// [`INVALID_LITERAL_FLAGS_MESSAGE`].
#[allow(clippy::result_unit_err)]
pub fn parse_flags(flags: &[u16]) -> Result<Flags, ()> {
    let mut f = Flags::default();
    for &c in flags {
        let slot = match c {
            0x64 => &mut f.has_indices,
            0x67 => &mut f.global,
            0x69 => &mut f.ignore_case,
            0x6D => &mut f.multiline,
            0x73 => &mut f.dot_all,
            0x75 => &mut f.unicode,
            0x76 => &mut f.unicode_sets,
            0x79 => &mut f.sticky,
            _ => return Err(()),
        };
        if *slot {
            return Err(());
        }
        *slot = true;
    }
    if f.unicode && f.unicode_sets {
        return Err(());
    }
    Ok(f)
}

/// V8's SyntaxError text for bad flags given to the RegExp constructor.
pub fn invalid_flags_message(flags: &[u16]) -> String {
    format!(
        "Invalid flags supplied to RegExp constructor '{}'",
        String::from_utf16_lossy(flags)
    )
}

/// V8's SyntaxError text for bad flags on a regex literal (an early error).
pub const INVALID_LITERAL_FLAGS_MESSAGE: &str = "Invalid regular expression flags";

/// A pattern syntax error. `message` is the whole V8 text
/// (`Invalid regular expression: /<pattern>/<flags>: <reason>`), `reason`
/// the part after the last colon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub reason: &'static str,
}

/// V8's message for a pattern error: the pattern is shown as written (not
/// escaped), the flags in canonical order.
pub fn syntax_error_message(pattern: &[u16], flags: Flags, reason: &str) -> String {
    format!(
        "Invalid regular expression: /{}/{}: {}",
        String::from_utf16_lossy(pattern),
        flags.text(),
        reason
    )
}

/// A compiled regex.
#[derive(Debug, Clone)]
pub struct Compiled {
    re: regress::Regex,
    /// `(?:P)|()` for sticky regexes (see the module doc), else None.
    sticky_re: Option<regress::Regex>,
    /// Sticky, but the sentinel trick is unsafe: search and check the start.
    sticky_slow: bool,
    pub flags: Flags,
    /// The number of capture groups (not counting the whole match).
    pub group_count: usize,
    /// For each capture group 1..=group_count (at index group-1), its name.
    pub group_names: Vec<Option<Vec<u16>>>,
    /// The code units a match can start with, when the pattern says so
    /// simply (a sticky attempt at any other unit fails without regress).
    first: Option<FirstUnits>,
}

/// A conservative set of the code units a match can start with: ASCII as
/// a bitmap, anything else as one flag.
#[derive(Debug, Clone, Copy)]
struct FirstUnits {
    ascii: u128,
    non_ascii: bool,
}

impl FirstUnits {
    fn may_start(&self, u: u16) -> bool {
        if u < 128 {
            (self.ascii >> u) & 1 != 0
        } else {
            self.non_ascii
        }
    }
}

fn class_escape(c: u16, set: &mut FirstUnits) -> Option<()> {
    let range = |set: &mut FirstUnits, a: u8, b: u8| {
        for x in a..=b {
            set.ascii |= 1u128 << x;
        }
    };
    match c {
        0x64 => range(set, b'0', b'9'),
        0x73 => {
            range(set, 9, 13);
            range(set, b' ', b' ');
            set.non_ascii = true;
        }
        0x77 => {
            range(set, b'0', b'9');
            range(set, b'a', b'z');
            range(set, b'A', b'Z');
            range(set, b'_', b'_');
        }
        0x6E => range(set, 10, 10),
        0x72 => range(set, 13, 13),
        0x74 => range(set, 9, 9),
        c if c < 128 && !(c as u8).is_ascii_alphanumeric() => range(set, c as u8, c as u8),
        _ => return None,
    }
    Some(())
}

/// The first-unit filter of a pattern whose first atom is a plain
/// character, a simple class or `\d \s \w`, not optional, with no
/// top-level alternation; None otherwise.
fn first_units(p: &[u16], flags: Flags) -> Option<FirstUnits> {
    // No top-level `|`.
    let (mut i, mut depth, mut in_class) = (0, 0usize, false);
    while i < p.len() {
        match p[i] {
            0x5C => i += 1,
            0x5B if !in_class => in_class = true,
            0x5D if in_class => in_class = false,
            0x28 if !in_class => depth += 1,
            0x29 if !in_class => depth = depth.saturating_sub(1),
            0x7C if !in_class && depth == 0 => return None,
            _ => {}
        }
        i += 1;
    }
    let mut set = FirstUnits {
        ascii: 0,
        non_ascii: false,
    };
    let c = *p.first()?;
    let end;
    match c {
        0x5C => {
            class_escape(*p.get(1)?, &mut set)?;
            end = 2;
        }
        0x5B => {
            let mut j = 1;
            if p.get(1) == Some(&0x5E) {
                return None;
            }
            let mut prev: Option<u16> = None;
            loop {
                let x = *p.get(j)?;
                if x == 0x5D {
                    break;
                }
                if x == 0x5C {
                    let e = *p.get(j + 1)?;
                    class_escape(e, &mut set)?;
                    prev = None;
                    j += 2;
                    continue;
                }
                if x == 0x2D && prev.is_some() && p.get(j + 1).is_some_and(|&n| n != 0x5D) {
                    let hi = p[j + 1];
                    let lo = prev.take().expect("checked");
                    if hi >= 128 || hi == 0x5C || lo > hi {
                        return None;
                    }
                    for y in lo..=hi {
                        set.ascii |= 1u128 << y;
                    }
                    j += 2;
                    continue;
                }
                if x >= 128 {
                    return None;
                }
                set.ascii |= 1u128 << x;
                prev = Some(x);
                j += 1;
            }
            end = j + 1;
        }
        c if c < 128 && !b"()^$.*+?{}|[]/".contains(&(c as u8)) => {
            set.ascii |= 1u128 << c;
            end = 1;
        }
        _ => return None,
    }
    match p.get(end) {
        Some(0x2A) | Some(0x3F) => return None,
        Some(0x7B) if p.get(end + 1) == Some(&0x30) => return None,
        _ => {}
    }
    if flags.ignore_case {
        for x in b'a'..=b'z' {
            let up = x - 32;
            if set.ascii & (1u128 << x) != 0 || set.ascii & (1u128 << up) != 0 {
                set.ascii |= (1u128 << x) | (1u128 << up);
                set.non_ascii = true;
            }
        }
    }
    Some(set)
}

impl Compiled {
    /// Whether the regex has any named group (exec results get `groups`).
    pub fn has_named_groups(&self) -> bool {
        self.group_names.iter().any(Option::is_some)
    }
}

/// One successful match; all positions are UTF-16 code unit indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    /// Capture groups 1..=group_count (index group-1); None: not participating.
    pub captures: Vec<Option<(usize, usize)>>,
}

const fn is_high(u: u16) -> bool {
    u >= 0xD800 && u <= 0xDBFF
}
const fn is_low(u: u16) -> bool {
    u >= 0xDC00 && u <= 0xDFFF
}

/// What a scan of the pattern found (see [`scan`]).
struct Scan {
    /// The pattern as regress should see it (Annex B `\u{` rewritten).
    units: Vec<u16>,
    group_names: Vec<Option<Vec<u16>>>,
    /// Decimal escapes `\N` outside classes.
    decimal_escapes: Vec<u64>,
    /// An error regress does not report (node 20 rejects, regress accepts).
    error: Option<&'static str>,
    /// Counts for error mapping.
    open_parens: usize,
    unmatched_close: bool,
}

fn hex(u: u16) -> Option<u32> {
    char::from_u32(u as u32)?.to_digit(16)
}

/// Decodes a group name (between `<` and `>`), with `\uXXXX` and `\u{X}`.
fn decode_name(raw: &[u16]) -> Vec<u16> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'\\' as u16 && raw.get(i + 1) == Some(&(b'u' as u16)) {
            if raw.get(i + 2) == Some(&(b'{' as u16)) {
                let mut v: u32 = 0;
                let mut j = i + 3;
                while j < raw.len() && raw[j] != b'}' as u16 {
                    v = v
                        .saturating_mul(16)
                        .saturating_add(hex(raw[j]).unwrap_or(0));
                    j += 1;
                }
                if let Some(c) = char::from_u32(v) {
                    let mut b = [0u16; 2];
                    out.extend_from_slice(c.encode_utf16(&mut b));
                }
                i = j + 1;
                continue;
            }
            if i + 6 <= raw.len() {
                let v = raw[i + 2..i + 6]
                    .iter()
                    .try_fold(0u32, |a, &u| Some(a * 16 + hex(u)?));
                if let Some(v) = v {
                    out.push(v as u16);
                    i += 6;
                    continue;
                }
            }
        }
        out.push(raw[i]);
        i += 1;
    }
    out
}

/// One pass over the pattern's syntax: groups, names, escapes, classes.
fn scan(p: &[u16], flags: Flags) -> Scan {
    let u = flags.full_unicode();
    let ch = |i: usize| p.get(i).copied().unwrap_or(0);
    let mut s = Scan {
        units: Vec::with_capacity(p.len()),
        group_names: Vec::new(),
        decimal_escapes: Vec::new(),
        error: None,
        open_parens: 0,
        unmatched_close: false,
    };
    let mut depth: usize = 0;
    let mut class_depth: usize = 0;
    let mut i = 0;
    while i < p.len() {
        let c = p[i];
        if c == b'\\' as u16 {
            if !u && ch(i + 1) == b'u' as u16 && ch(i + 2) == b'{' as u16 {
                // Annex B: `\u` is the identity escape `u`.
                i += 1;
                continue;
            }
            // Non-unicode: `\uD83D\uDE00` is two code units, not one code
            // point (regress would pair the escapes); pass surrogate
            // escapes on as the units themselves.
            if !u && ch(i + 1) == b'u' as u16 {
                let hex = (2..6).try_fold(0u32, |acc, k| {
                    char::from_u32(ch(i + k) as u32)
                        .and_then(|c| c.to_digit(16))
                        .map(|d| acc * 16 + d)
                });
                if let Some(v) = hex.filter(|v| (0xD800..=0xDFFF).contains(v)) {
                    s.units.push(v as u16);
                    i += 6;
                    continue;
                }
            }
            if class_depth == 0 && (b'1' as u16..=b'9' as u16).contains(&ch(i + 1)) {
                let mut v: u64 = 0;
                let mut j = i + 1;
                while (b'0' as u16..=b'9' as u16).contains(&ch(j)) {
                    v = v
                        .saturating_mul(10)
                        .saturating_add((ch(j) - b'0' as u16) as u64);
                    j += 1;
                }
                s.decimal_escapes.push(v);
            }
            s.units.push(c);
            if i + 1 < p.len() {
                s.units.push(p[i + 1]);
            }
            i += 2;
            continue;
        }
        s.units.push(c);
        if class_depth > 0 {
            if c == b']' as u16 {
                class_depth -= 1;
            } else if c == b'[' as u16 && flags.unicode_sets {
                class_depth += 1;
            }
            i += 1;
            continue;
        }
        match c {
            0x5B => class_depth = 1,
            0x28 => {
                depth += 1;
                s.open_parens += 1;
                if ch(i + 1) == b'?' as u16 {
                    let k = ch(i + 2);
                    if k == b'<' as u16 && ch(i + 3) != b'=' as u16 && ch(i + 3) != b'!' as u16 {
                        let start = i + 3;
                        let mut j = start;
                        while j < p.len() && p[j] != b'>' as u16 {
                            j += 1;
                        }
                        let name = decode_name(&p[start..j.min(p.len())]);
                        // Copied raw: `\u{..}` is allowed in names without `u`.
                        s.units.extend_from_slice(&p[i + 1..(j + 1).min(p.len())]);
                        i = j;
                        if s.group_names.iter().flatten().any(|n| *n == name) {
                            s.error.get_or_insert("Duplicate capture group name");
                        }
                        s.group_names.push(Some(name));
                    } else if k != b':' as u16
                        && k != b'=' as u16
                        && k != b'!' as u16
                        && k != b'<' as u16
                    {
                        s.error.get_or_insert("Invalid group");
                    }
                } else {
                    s.group_names.push(None);
                }
            }
            0x29 => {
                if depth == 0 {
                    s.unmatched_close = true;
                } else {
                    depth -= 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    s
}

/// Maps regress's error text to V8's reason, looking at the pattern where
/// regress's wording covers several of V8's.
fn v8_reason(regress_text: &str, p: &[u16], flags: Flags, sc: &Scan) -> &'static str {
    let u = flags.full_unicode();
    let text = String::from_utf16_lossy(p);
    let t = regress_text;
    if t.starts_with("Unbalanced parenthesis") {
        if sc.unmatched_close {
            "Unmatched ')'"
        } else {
            "Unterminated group"
        }
    } else if t.starts_with("Invalid token at named capture group identifier") {
        "Invalid capture group name"
    } else if t.starts_with("Invalid atom character") {
        if u && lone_bracket(p) {
            "Lone quantifier brackets"
        } else {
            "Nothing to repeat"
        }
    } else if t.starts_with("Invalid quantifier") || t.starts_with("Invalid braced quantifier") {
        if braces_out_of_order(p) {
            "numbers out of order in {} quantifier"
        } else if text.contains("(?=") || text.contains("(?!") || text.contains("(?<") {
            "Invalid quantifier"
        } else if u {
            "Incomplete quantifier"
        } else {
            "Nothing to repeat"
        }
    } else if t.starts_with("Quantifier not allowed here") {
        "Invalid quantifier"
    } else if t.starts_with("Range values reversed") {
        "Range out of order in character class"
    } else if t.starts_with("Unbalanced bracket") {
        "Unterminated character class"
    } else if t.starts_with("Incomplete escape") || t.starts_with("Unterminated escape") {
        "\\ at end of pattern"
    } else if t.starts_with("Duplicate capture group name") {
        "Duplicate capture group name"
    } else if t.starts_with("Backreference to invalid named capture group") {
        "Invalid named capture referenced"
    } else if t.starts_with("Invalid named backreference syntax") {
        "Invalid named reference"
    } else if t.starts_with("Invalid group modifier") {
        "Invalid group"
    } else if t.starts_with("Invalid unicode escape") {
        "Invalid Unicode escape"
    } else if t.starts_with("Invalid character escape") {
        if text.contains("\\c") {
            "Invalid Unicode escape"
        } else if has_escape_0_digit(p) {
            "Invalid decimal escape"
        } else if text.contains("\\p") || text.contains("\\P") {
            "Invalid property name"
        } else {
            "Invalid escape"
        }
    } else if t.starts_with("Invalid character range") {
        "Invalid character class"
    } else if t.starts_with("Invalid property name")
        || t.starts_with("Invalid character at property escape start")
        || t.starts_with("Invalid property escape")
    {
        if in_class_property(p) {
            "Invalid property name in character class"
        } else {
            "Invalid property name"
        }
    } else if t.contains("class set range") {
        "Range out of order in character class"
    } else if t.contains("class set intersection") || t.contains("class set subtraction") {
        "Invalid set operation in character class"
    } else if t.contains("class set bracket") {
        "Unterminated character class"
    } else if t.contains("class set")
        && !text.contains("&&&")
        && (text.contains("&&") || text.contains("--"))
    {
        "Invalid set operation in character class"
    } else if t.contains("class set") {
        "Invalid character in character class"
    } else if t.contains("too deeply nested") || t.contains("limit exceeded") {
        "Regular expression too large"
    } else {
        "Invalid regular expression"
    }
}

/// `{`, `}` or `]` standing alone outside a class (u mode).
fn lone_bracket(p: &[u16]) -> bool {
    let mut i = 0;
    let mut in_class = false;
    while i < p.len() {
        match p[i] {
            0x5C => i += 1,
            0x5B if !in_class => in_class = true,
            0x5D if in_class => in_class = false,
            0x5D | 0x7D => return true,
            0x7B => {
                // A `{` that is not a well-formed `{n}`, `{n,}` or `{n,m}`.
                let mut j = i + 1;
                let digit = |u: u16| (0x30..=0x39).contains(&u);
                let d0 = j;
                while j < p.len() && digit(p[j]) {
                    j += 1;
                }
                if j == d0 {
                    return true;
                }
                if j < p.len() && p[j] == 0x2C {
                    j += 1;
                    while j < p.len() && digit(p[j]) {
                        j += 1;
                    }
                }
                if j >= p.len() || p[j] != 0x7D {
                    return true;
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// A `{n,m}` quantifier with n > m.
fn braces_out_of_order(p: &[u16]) -> bool {
    let s = String::from_utf16_lossy(p);
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == b'{' {
            let rest = &s[i + 1..];
            if let Some(close) = rest.find('}') {
                if let Some((a, c)) = rest[..close].split_once(',') {
                    let all = |x: &str| !x.is_empty() && x.bytes().all(|d| d.is_ascii_digit());
                    if all(a) && all(c) {
                        let n = a.parse::<f64>().unwrap_or(0.0);
                        let m = c.parse::<f64>().unwrap_or(0.0);
                        if n > m {
                            return true;
                        }
                    }
                }
            }
        }
        i += 1;
    }
    false
}

fn has_escape_0_digit(p: &[u16]) -> bool {
    p.windows(3)
        .any(|w| w[0] == 0x5C && w[1] == 0x30 && (0x30..=0x39).contains(&w[2]))
}

fn in_class_property(p: &[u16]) -> bool {
    let mut in_class = false;
    let mut i = 0;
    while i < p.len() {
        match p[i] {
            0x5C => {
                if in_class && matches!(p.get(i + 1), Some(0x70) | Some(0x50)) {
                    return true;
                }
                i += 1;
            }
            0x5B => in_class = true,
            0x5D => in_class = false,
            _ => {}
        }
        i += 1;
    }
    false
}

/// The pattern as regress reads it: code units (non-unicode) or code points.
fn to_code_points(units: &[u16], full_unicode: bool) -> Vec<u32> {
    if !full_unicode {
        return units.iter().map(|&u| u as u32).collect();
    }
    char::decode_utf16(units.iter().copied())
        .map(|r| match r {
            Ok(c) => c as u32,
            Err(e) => e.unpaired_surrogate() as u32,
        })
        .collect()
}

fn regress_flags(flags: Flags) -> regress::Flags {
    regress::Flags {
        icase: flags.ignore_case,
        multiline: flags.multiline,
        dot_all: flags.dot_all,
        no_opt: false,
        unicode: flags.unicode,
        unicode_sets: flags.unicode_sets,
    }
}

/// Compiles `pattern` (the RegExp's source text, as UTF-16) with `flags`.
pub fn compile(pattern: &[u16], flags: Flags) -> Result<Compiled, SyntaxError> {
    let sc = scan(pattern, flags);
    let full = flags.full_unicode();
    let cps = to_code_points(&sc.units, full);
    let err = |reason: &'static str| SyntaxError {
        message: syntax_error_message(pattern, flags, reason),
        reason,
    };
    let re = regress::Regex::from_unicode(cps.iter().copied(), regress_flags(flags))
        .map_err(|e| err(v8_reason(&e.text, pattern, flags, &sc)))?;
    if let Some(reason) = sc.error {
        return Err(err(reason));
    }
    let group_count = sc.group_names.len();
    let mut sticky_re = None;
    let mut sticky_slow = false;
    if flags.sticky {
        // `\N` naming the sentinel group would change meaning (Annex B octal).
        if !full && sc.decimal_escapes.contains(&(group_count as u64 + 1)) {
            sticky_slow = true;
        } else {
            let mut w: Vec<u32> = "(?:".chars().map(|c| c as u32).collect();
            w.extend_from_slice(&cps);
            w.extend(")|()".chars().map(|c| c as u32));
            match regress::Regex::from_unicode(w.iter().copied(), regress_flags(flags)) {
                Ok(r) => sticky_re = Some(r),
                Err(_) => sticky_slow = true,
            }
        }
    }
    Ok(Compiled {
        re,
        sticky_re,
        sticky_slow,
        flags,
        group_count,
        group_names: sc.group_names,
        first: if flags.sticky {
            first_units(pattern, flags)
        } else {
            None
        },
    })
}

/// Convenience: compile from Rust strings (flags checked with [`parse_flags`];
/// a flags error gives the constructor's message).
pub fn compile_str(pattern: &str, flags: &str) -> Result<Compiled, SyntaxError> {
    let f16: Vec<u16> = flags.encode_utf16().collect();
    let f = parse_flags(&f16).map_err(|()| SyntaxError {
        message: invalid_flags_message(&f16),
        reason: "Invalid flags",
    })?;
    let p: Vec<u16> = pattern.encode_utf16().collect();
    compile(&p, f)
}

fn first_match(c: &Compiled, re: &regress::Regex, s: &[u16], at: usize) -> Option<Match> {
    first_match_groups(c, re, s, at, c.group_count)
}

fn first_match_groups(
    c: &Compiled,
    re: &regress::Regex,
    s: &[u16],
    at: usize,
    groups: usize,
) -> Option<Match> {
    // regress allocates its stacks per search: scratch that holds no values
    // (see `rust_heap::untracked`); the match handed out holds positions.
    crate::gc::rust_heap::untracked(|| {
        let m = if c.flags.full_unicode() {
            re.find_from_utf16(s, at).next()
        } else {
            re.find_from_ucs2(s, at).next()
        };
        m.map(|m| convert(&m, groups))
    })
}

fn convert(m: &regress::Match, groups: usize) -> Match {
    let r = |x: &Option<Range<usize>>| x.as_ref().map(|r| (r.start, r.end));
    Match {
        start: m.range.start,
        end: m.range.end,
        captures: m.captures.iter().take(groups).map(r).collect(),
    }
}

/// Where a search from `last_index` starts: in unicode mode, a position
/// inside a surrogate pair means the pair's start.
fn search_start(c: &Compiled, subject: &[u16], last_index: usize) -> usize {
    let at = last_index;
    if c.flags.full_unicode()
        && at > 0
        && at < subject.len()
        && is_low(subject[at])
        && is_high(subject[at - 1])
    {
        at - 1
    } else {
        at
    }
}

/// One match attempt starting at `last_index` (a code unit index). Returns
/// None past the end or when nothing matches; a sticky regex only matches
/// exactly at `last_index`.
pub fn exec(c: &Compiled, subject: &[u16], last_index: usize) -> Option<Match> {
    if last_index > subject.len() {
        return None;
    }
    let at = search_start(c, subject, last_index);
    if c.flags.sticky {
        if let Some(f) = &c.first {
            if at >= subject.len() || !f.may_start(subject[at]) {
                return None;
            }
        }
        if let Some(sre) = &c.sticky_re {
            // The sentinel group `()` after the pattern's own groups.
            let m = first_match_groups(c, sre, subject, at, c.group_count + 1)?;
            if m.captures.last().is_some_and(Option::is_some) || m.start != at {
                return None;
            }
            let mut m = m;
            m.captures.truncate(c.group_count);
            return Some(m);
        }
        debug_assert!(c.sticky_slow);
        let m = first_match(c, &c.re, subject, at)?;
        return (m.start == at).then_some(m);
    }
    first_match(c, &c.re, subject, at)
}

/// Every match from `last_index` on, as a global RegExp's repeated `exec`
/// finds them (a non-empty match resumes the search at its end, an empty
/// one at the next character: AdvanceStringIndex), with one regress
/// executor for the whole scan instead of one per match. Only for patterns
/// without the sticky flag (a sticky scan must match at each resumption).
pub fn scan_all<'a>(
    c: &'a Compiled,
    subject: &'a [u16],
    last_index: usize,
) -> Box<dyn Iterator<Item = Match> + 'a> {
    debug_assert!(!c.flags.sticky);
    if last_index > subject.len() {
        return Box::new(std::iter::empty());
    }
    let at = search_start(c, subject, last_index);
    let groups = c.group_count;
    if c.flags.full_unicode() {
        Box::new(
            c.re.find_from_utf16(subject, at)
                .map(move |m| convert(&m, groups)),
        )
    } else {
        Box::new(
            c.re.find_from_ucs2(subject, at)
                .map(move |m| convert(&m, groups)),
        )
    }
}

/// AdvanceStringIndex: `index + 1`, or past a whole surrogate pair in
/// unicode mode.
pub fn advance_string_index(s: &[u16], index: usize, full_unicode: bool) -> usize {
    if !full_unicode || index + 1 >= s.len() {
        return index + 1;
    }
    if is_high(s[index]) && is_low(s[index + 1]) {
        index + 2
    } else {
        index + 1
    }
}

/// EscapeRegExpPattern: the `source` getter's text. `/` and line
/// terminators are escaped (V8 leaves `/` inside a class alone); the empty
/// pattern is `(?:)`.
pub fn escape_source(pattern: &[u16]) -> Vec<u16> {
    if pattern.is_empty() {
        return "(?:)".encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(pattern.len());
    let mut in_class = false;
    let mut i = 0;
    while i < pattern.len() {
        let c = pattern[i];
        match c {
            0x5C => {
                out.push(c);
                if let Some(&n) = pattern.get(i + 1) {
                    // An escaped line terminator keeps its escape letter.
                    match n {
                        0x0A => out.push(b'n' as u16),
                        0x0D => out.push(b'r' as u16),
                        0x2028 => out.extend("u2028".encode_utf16()),
                        0x2029 => out.extend("u2029".encode_utf16()),
                        _ => out.push(n),
                    }
                }
                i += 2;
                continue;
            }
            0x2F if !in_class => out.extend([0x5C, 0x2F]),
            0x0A => out.extend("\\n".encode_utf16()),
            0x0D => out.extend("\\r".encode_utf16()),
            0x2028 => out.extend("\\u2028".encode_utf16()),
            0x2029 => out.extend("\\u2029".encode_utf16()),
            0x5B => {
                in_class = true;
                out.push(c)
            }
            0x5D => {
                in_class = false;
                out.push(c)
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    /// First match from `at` as (start, end, captures) — what node printed.
    #[allow(clippy::type_complexity)]
    fn run(
        p: &str,
        f: &str,
        s: &str,
        at: usize,
    ) -> Option<(usize, usize, Vec<Option<(usize, usize)>>)> {
        let c = compile_str(p, f).unwrap_or_else(|e| panic!("{p}: {}", e.message));
        exec(&c, &u(s), at).map(|m| (m.start, m.end, m.captures))
    }

    fn err(p: &str, f: &str) -> String {
        compile_str(p, f)
            .err()
            .map(|e| e.message)
            .unwrap_or_else(|| "ok".into())
    }

    fn span(p: &str, f: &str, s: &str, at: usize) -> Option<(usize, usize)> {
        run(p, f, s, at).map(|(a, b, _)| (a, b))
    }

    #[test]
    fn flags_parse_and_order() {
        let f = parse_flags(&u("ygimsud")).unwrap();
        assert_eq!(f.text(), "dgimsuy");
        assert_eq!(parse_flags(&u("v")).unwrap().text(), "v");
        assert!(parse_flags(&u("gg")).is_err());
        assert!(parse_flags(&u("x")).is_err());
        assert!(parse_flags(&u("uv")).is_err());
        assert_eq!(
            invalid_flags_message(&u("gg")),
            "Invalid flags supplied to RegExp constructor 'gg'"
        );
        assert_eq!(
            err("a", "uv"),
            "Invalid flags supplied to RegExp constructor 'uv'"
        );
    }

    #[test]
    fn v8_error_messages() {
        // Each expectation printed by node v20: new RegExp(p, f) -> e.message.
        let cases: &[(&str, &str, &str)] = &[
            (
                "(",
                "",
                "Invalid regular expression: /(/: Unterminated group",
            ),
            (
                "(?:a",
                "",
                "Invalid regular expression: /(?:a/: Unterminated group",
            ),
            (
                "(?=a",
                "",
                "Invalid regular expression: /(?=a/: Unterminated group",
            ),
            (")", "", "Invalid regular expression: /)/: Unmatched ')'"),
            ("a)", "", "Invalid regular expression: /a)/: Unmatched ')'"),
            (
                "(?<a",
                "",
                "Invalid regular expression: /(?<a/: Invalid capture group name",
            ),
            (
                "(?<>a)",
                "",
                "Invalid regular expression: /(?<>a)/: Invalid capture group name",
            ),
            (
                "(?<1a>x)",
                "",
                "Invalid regular expression: /(?<1a>x)/: Invalid capture group name",
            ),
            (
                "*",
                "",
                "Invalid regular expression: /*/: Nothing to repeat",
            ),
            (
                "a**",
                "",
                "Invalid regular expression: /a**/: Nothing to repeat",
            ),
            (
                "+a",
                "",
                "Invalid regular expression: /+a/: Nothing to repeat",
            ),
            (
                "?",
                "",
                "Invalid regular expression: /?/: Nothing to repeat",
            ),
            (
                "a|*",
                "",
                "Invalid regular expression: /a|*/: Nothing to repeat",
            ),
            (
                "(*)",
                "",
                "Invalid regular expression: /(*)/: Nothing to repeat",
            ),
            (
                "a{2,1}",
                "",
                "Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier",
            ),
            (
                "[b-a]",
                "",
                "Invalid regular expression: /[b-a]/: Range out of order in character class",
            ),
            (
                "[",
                "",
                "Invalid regular expression: /[/: Unterminated character class",
            ),
            (
                "[a",
                "",
                "Invalid regular expression: /[a/: Unterminated character class",
            ),
            (
                "\\",
                "",
                "Invalid regular expression: /\\/: \\ at end of pattern",
            ),
            (
                "a\\",
                "",
                "Invalid regular expression: /a\\/: \\ at end of pattern",
            ),
            (
                "(?<a>x)(?<a>y)",
                "",
                "Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name",
            ),
            (
                "(?<a>x)|(?<a>y)",
                "",
                "Invalid regular expression: /(?<a>x)|(?<a>y)/: Duplicate capture group name",
            ),
            (
                "\\k<b>(?<a>x)",
                "",
                "Invalid regular expression: /\\k<b>(?<a>x)/: Invalid named capture referenced",
            ),
            (
                "(?<a>x)\\k<b>",
                "",
                "Invalid regular expression: /(?<a>x)\\k<b>/: Invalid named capture referenced",
            ),
            (
                "(?x)",
                "",
                "Invalid regular expression: /(?x)/: Invalid group",
            ),
            (
                "(?i:a)",
                "",
                "Invalid regular expression: /(?i:a)/: Invalid group",
            ),
            (
                "(?<=a)*",
                "",
                "Invalid regular expression: /(?<=a)*/: Invalid quantifier",
            ),
            (
                "a/(",
                "g",
                "Invalid regular expression: /a/(/g: Unterminated group",
            ),
            (
                "(",
                "yg",
                "Invalid regular expression: /(/gy: Unterminated group",
            ),
            (
                "\\k",
                "u",
                "Invalid regular expression: /\\k/u: Invalid named reference",
            ),
            (
                "\\k<a>",
                "u",
                "Invalid regular expression: /\\k<a>/u: Invalid named capture referenced",
            ),
            (
                "{",
                "u",
                "Invalid regular expression: /{/u: Lone quantifier brackets",
            ),
            (
                "}",
                "u",
                "Invalid regular expression: /}/u: Lone quantifier brackets",
            ),
            (
                "]",
                "u",
                "Invalid regular expression: /]/u: Lone quantifier brackets",
            ),
            (
                "a{",
                "u",
                "Invalid regular expression: /a{/u: Incomplete quantifier",
            ),
            (
                "\\c",
                "u",
                "Invalid regular expression: /\\c/u: Invalid Unicode escape",
            ),
            (
                "\\1",
                "u",
                "Invalid regular expression: /\\1/u: Invalid escape",
            ),
            (
                "\\01",
                "u",
                "Invalid regular expression: /\\01/u: Invalid decimal escape",
            ),
            (
                "\\-",
                "u",
                "Invalid regular expression: /\\-/u: Invalid escape",
            ),
            (
                "\\q",
                "u",
                "Invalid regular expression: /\\q/u: Invalid escape",
            ),
            (
                "\\x1",
                "u",
                "Invalid regular expression: /\\x1/u: Invalid escape",
            ),
            (
                "\\p{Foo}",
                "u",
                "Invalid regular expression: /\\p{Foo}/u: Invalid property name",
            ),
            (
                "\\p{L",
                "u",
                "Invalid regular expression: /\\p{L/u: Invalid property name",
            ),
            (
                "[\\d-a]",
                "u",
                "Invalid regular expression: /[\\d-a]/u: Invalid character class",
            ),
            (
                "\\u{110000}",
                "u",
                "Invalid regular expression: /\\u{110000}/u: Invalid Unicode escape",
            ),
            (
                "\\u{12",
                "u",
                "Invalid regular expression: /\\u{12/u: Invalid Unicode escape",
            ),
            (
                "(?=a)*",
                "u",
                "Invalid regular expression: /(?=a)*/u: Invalid quantifier",
            ),
            (
                "[(]",
                "v",
                "Invalid regular expression: /[(]/v: Invalid character in character class",
            ),
            (
                "[a-z&&b]",
                "v",
                "Invalid regular expression: /[a-z&&b]/v: Invalid set operation in character class",
            ),
        ];
        let mut bad = Vec::new();
        for (p, f, want) in cases {
            let got = err(p, f);
            if got != *want {
                bad.push(format!("{p:?}/{f}: got {got:?}, node {want:?}"));
            }
        }
        assert!(bad.is_empty(), "\n{}", bad.join("\n"));
    }

    #[test]
    fn annex_b_syntax() {
        // All accepted by node without `u`, matching as noted.
        assert_eq!(span("]", "", "]", 0), Some((0, 1)));
        assert_eq!(span("{", "", "{", 0), Some((0, 1)));
        assert_eq!(span("a{", "", "a{", 0), Some((0, 2)));
        assert_eq!(span("a{,2}", "", "a{,2}", 0), Some((0, 5)));
        assert_eq!(span("\\c", "", "\\c", 0), Some((0, 2)));
        assert_eq!(span("\\c1", "", "\\c1", 0), Some((0, 3)));
        assert_eq!(span("\\c_", "", "\\c_", 0), Some((0, 3)));
        assert_eq!(span("[\\c1]", "", "\u{11}", 0), Some((0, 1)));
        assert_eq!(span("[\\c_]", "", "\u{1f}", 0), Some((0, 1)));
        assert_eq!(span("[\\c]", "", "c", 0), Some((0, 1)));
        assert_eq!(span("\\cA", "", "\u{1}", 0), Some((0, 1)));
        assert_eq!(span("\\101", "", "A", 0), Some((0, 1)));
        assert_eq!(span("\\2(a)", "", "\u{2}a", 0), Some((0, 2)));
        assert_eq!(span("\\8", "", "8", 0), Some((0, 1)));
        assert_eq!(span("[\\8]", "", "8", 0), Some((0, 1)));
        assert_eq!(span("\\x4", "", "x4", 0), Some((0, 2)));
        assert_eq!(span("[\\d-z]", "", "-", 0), Some((0, 1)));
        assert_eq!(span("[\\b]", "", "\u{8}", 0), Some((0, 1)));
        assert_eq!(span("(?=a)*", "", "a", 0), Some((0, 0)));
        assert_eq!(span("\\p{L}", "", "p{L}", 0), Some((0, 4)));
        // `\k` is an identity escape when there are no named groups.
        assert_eq!(span("\\k", "", "k", 0), Some((0, 1)));
        assert_eq!(span("\\k<a>", "", "k<a>", 0), Some((0, 4)));
        // `\u{N}` without `u`: the letter u repeated N times (wrapped).
        assert_eq!(span("\\u{2}", "", "uu", 0), Some((0, 2)));
        assert_eq!(span("^\\u{3}$", "", "uuu", 0), Some((0, 3)));
        assert_eq!(span("[\\u{61}]", "", "}", 0), Some((0, 1)));
        assert_eq!(span("\\u{61}", "u", "a", 0), Some((0, 1)));
        assert_eq!(span("\\u0061", "", "a", 0), Some((0, 1)));
    }

    #[test]
    fn named_groups_and_backrefs() {
        let c = compile_str("(?<year>\\d{4})-(\\d\\d)-(?<day>\\d\\d)", "").unwrap();
        assert_eq!(c.group_count, 3);
        assert_eq!(c.group_names, vec![Some(u("year")), None, Some(u("day"))]);
        assert!(c.has_named_groups());
        let m = exec(&c, &u("on 2024-05-17."), 0).unwrap();
        assert_eq!((m.start, m.end), (3, 13));
        assert_eq!(
            m.captures,
            vec![Some((3, 7)), Some((8, 10)), Some((11, 13))]
        );
        assert_eq!(
            run("(?<a>x)\\k<a>", "", "xx", 0),
            Some((0, 2, vec![Some((0, 1))]))
        );
        let c = compile_str("(?<a\\u0062>.)(?<\\u{63}>.)", "").unwrap();
        assert_eq!(c.group_names, vec![Some(u("ab")), Some(u("c"))]);
        let c = compile_str("(?<𝒜>.)", "u").unwrap();
        assert_eq!(c.group_names, vec![Some(u("𝒜"))]);
        assert!(!compile_str("(a)(?:b)(?=c)(?<=d)[(]\\(", "")
            .unwrap()
            .has_named_groups());
        assert_eq!(
            compile_str("(a)(?:b)(?=c)(?<=d)[(]\\(", "")
                .unwrap()
                .group_count,
            1
        );
        assert_eq!(
            run("(a)\\1", "i", "aA", 0),
            Some((0, 2, vec![Some((0, 1))]))
        );
        // Spec examples (node agrees).
        assert_eq!(
            run("(.*?)a(?!(a+)b\\2c)\\2(.*)", "", "baaabaac", 0),
            Some((0, 8, vec![Some((0, 2)), None, Some((3, 8))]))
        );
        assert_eq!(
            run("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac", 0),
            Some((
                0,
                10,
                vec![
                    Some((0, 1)),
                    Some((8, 10)),
                    Some((8, 9)),
                    None,
                    Some((9, 10))
                ]
            ))
        );
        assert_eq!(run("(?:(a)|b)+", "", "ab", 0), Some((0, 2, vec![None])));
        assert_eq!(run("(a*)+", "", "b", 0), Some((0, 0, vec![Some((0, 0))])));
    }

    #[test]
    fn lookbehind() {
        assert_eq!(
            run("(?<=\\1(a))b", "", "aab", 0),
            Some((2, 3, vec![Some((1, 2))]))
        );
        assert_eq!(
            run("(?<=(a)\\1)b", "", "aab", 0),
            Some((2, 3, vec![Some((1, 2))]))
        );
        assert_eq!(span("(?<!a)b", "", "ab b", 0), Some((3, 4)));
        assert_eq!(
            run("(?<=(\\d+)(\\d+))$", "", "1053", 0),
            Some((4, 4, vec![Some((0, 1)), Some((1, 4))]))
        );
        // Lookbehind sees text before lastIndex.
        assert_eq!(span("(?<=x)y", "g", "xyxy", 1), Some((1, 2)));
        // UCS-2 vs full Unicode: a lone half of a pair.
        assert_eq!(span("(?<=\\uD83D)\\uDE00", "", "😀", 0), Some((1, 2)));
        assert_eq!(span("(?<=\\uD83D)\\uDE00", "u", "😀", 0), None);
    }

    #[test]
    fn sticky_and_last_index() {
        assert_eq!(span("b", "y", "ab", 0), None);
        assert_eq!(span("b", "y", "ab", 1), Some((1, 2)));
        assert_eq!(span("b", "y", "ab", 2), None);
        assert_eq!(span("b", "y", "ab", 3), None);
        assert_eq!(span("b", "g", "ab", 3), None);
        assert_eq!(span("a|", "y", "xa", 0), Some((0, 0)));
        assert_eq!(span("\\w+", "y", "ab cd", 3), Some((3, 5)));
        assert_eq!(span("\\w+", "y", "ab cd", 2), None);
        assert_eq!(span("(?:)", "y", "ab", 1), Some((1, 1)));
        assert_eq!(span("a|b", "gy", "xab", 1), Some((1, 2)));
        assert_eq!(span("a|b", "gy", "xab", 0), None);
        // `\2` with one group: Annex B octal, sticky takes the slow path.
        assert_eq!(
            run("(a)\\2", "y", "a\u{2}", 0),
            Some((0, 2, vec![Some((0, 1))]))
        );
        assert_eq!(
            run("(a)|(b)", "y", "b", 0),
            Some((0, 1, vec![None, Some((0, 1))]))
        );
        assert_eq!(span("^b", "ym", "a\nb", 2), Some((2, 3)));
        assert_eq!(span("^b", "y", "a\nb", 2), None);
    }

    #[test]
    fn unicode_mode_code_points() {
        assert_eq!(span(".", "u", "😀", 0), Some((0, 2)));
        assert_eq!(span(".", "", "😀", 0), Some((0, 1)));
        // lastIndex inside a pair: the match starts at the pair (wrapped).
        assert_eq!(span(".", "u", "😀", 1), Some((0, 2)));
        assert_eq!(span("(?:)", "u", "😀", 1), Some((0, 0)));
        assert_eq!(span(".", "", "😀", 1), Some((1, 2)));
        assert_eq!(span("[😀]", "", "😀", 1), Some((1, 2)));
        assert_eq!(span("[^x]", "u", "😀", 0), Some((0, 2)));
        assert_eq!(span("[^x]", "", "😀", 0), Some((0, 1)));
        assert_eq!(span("\\S", "u", "😀", 0), Some((0, 2)));
        assert_eq!(span("😀{2}", "u", "😀😀", 0), Some((0, 4)));
        // Without `u` the quantifier applies to the low surrogate only.
        assert_eq!(span("😀{2}", "", "😀😀", 0), None);
        let s: Vec<u16> = vec![0xD83D, 0xDE00, 0xDE00];
        let c = compile_str("😀{2}", "").unwrap();
        assert_eq!(exec(&c, &s, 0).map(|m| (m.start, m.end)), Some((0, 3)));
        assert_eq!(span("^.😀$", "", "x😀", 0), Some((0, 3)));
        assert_eq!(span("^[😀]$", "u", "😀", 0), Some((0, 2)));
        assert_eq!(span("\\p{Lu}", "u", "É", 0), Some((0, 1)));
        assert_eq!(span("\\p{Script=Greek}", "u", "α", 0), Some((0, 1)));
        assert_eq!(span("[\\p{L}--[a-z]]", "v", "aB", 0), Some((1, 2)));
        assert_eq!(span("[^]", "v", "a", 0), Some((0, 1)));
    }

    #[test]
    fn case_folding() {
        assert_eq!(span("\\u212a", "i", "k", 0), None);
        assert_eq!(span("\\u212a", "iu", "k", 0), Some((0, 1)));
        assert_eq!(span("ß", "iu", "ẞ", 0), Some((0, 1)));
        assert_eq!(span("σ", "i", "ς", 0), Some((0, 1)));
        assert_eq!(span("σ", "iu", "ς", 0), Some((0, 1)));
        assert_eq!(span("[a-z]", "i", "K", 0), Some((0, 1)));
        assert_eq!(span("\\w", "iu", "ſ", 0), Some((0, 1)));
        assert_eq!(span("\\W", "iu", "ſ", 0), None);
        assert_eq!(span("\\b", "iu", "ſ", 0), Some((0, 0)));
        assert_eq!(span("\\b", "i", "ſ", 0), None);
    }

    #[test]
    fn documented_divergences() {
        // node: None / None / [0,1] / None / [0,1]. regress folds ſ→s without `u`.
        assert_eq!(span("ſ", "i", "s", 0), Some((0, 1)));
        assert_eq!(span("\\w", "i", "ſ", 0), Some((0, 1)));
        assert_eq!(span("\\W", "i", "ſ", 0), None);
        assert_eq!(span("[\\W]", "iu", "S", 0), Some((0, 1)));
        assert_eq!(span("[^\\W]", "iu", "ſ", 0), None);
    }

    #[test]
    fn lines_and_dot() {
        assert_eq!(span("^.$", "", "\u{2028}", 0), None);
        assert_eq!(span("^.$", "s", "\u{2028}", 0), Some((0, 1)));
        assert_eq!(span("^b", "m", "a\u{2029}b", 0), Some((2, 3)));
        assert_eq!(span("$", "m", "a\r\nb", 0), Some((1, 1)));
        assert_eq!(
            span("x*y+$", "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 0),
            None
        );
    }

    #[test]
    fn advance_and_source() {
        let s = u("a😀");
        assert_eq!(advance_string_index(&s, 0, true), 1);
        assert_eq!(advance_string_index(&s, 1, true), 3);
        assert_eq!(advance_string_index(&s, 1, false), 2);
        assert_eq!(advance_string_index(&s, 2, true), 3);
        assert_eq!(advance_string_index(&s, 3, true), 4);
        // node: new RegExp(p).source
        assert_eq!(escape_source(&[]), u("(?:)"));
        assert_eq!(escape_source(&u("a/b")), u("a\\/b"));
        assert_eq!(escape_source(&u("[/]")), u("[/]"));
        assert_eq!(escape_source(&u("\\/")), u("\\/"));
        assert_eq!(escape_source(&u("a\nb")), u("a\\nb"));
        assert_eq!(escape_source(&u("\\\n")), u("\\n"));
    }
}
