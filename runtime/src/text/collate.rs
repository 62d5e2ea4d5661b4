//! `String.prototype.localeCompare` without ICU: an approximation of the
//! Unicode root collation Node uses, good for ordinary text.
//!
//! Three levels, as ICU's default strength: primary (base characters:
//! whitespace < punctuation < symbols < currency < digits < letters, letters
//! case- and accent-blind), then secondary (accents, left to right), then
//! tertiary (lowercase before uppercase). NUL and other C0 controls except
//! tab/newline are ignorable. Latin-1 accented letters decompose to their base
//! letter plus an accent weight; `ß` and `æ` expand to `ss` and `ae`.

use std::cmp::Ordering;

/// ICU's order of the ASCII and Latin-1 punctuation and symbols (as printed
/// by sorting them with Node); other symbols sort after `~`, currency last.
const PUNCTUATION: &str = "\t\n\r\u{b}\u{c} \u{a0}_-,;:!¡?¿.·'\"«»()[]{}§¶@*/\\&#%`^°©+±÷×<=>|~";
const CURRENCY: &str = "¢$£¥€";

/// One collation element: (primary class, primary weight, secondary, tertiary).
type Element = (u8, u32, u8, u8);

/// The base letter and accent weight of a Latin-1 letter.
fn decompose(c: char) -> Option<(char, u8)> {
    const TABLE: &[(&str, char)] = &[
        ("áàâãäå", 'a'),
        ("ÁÀÂÃÄÅ", 'A'),
        ("ç", 'c'),
        ("Ç", 'C'),
        ("éèêë", 'e'),
        ("ÉÈÊË", 'E'),
        ("íìîï", 'i'),
        ("ÍÌÎÏ", 'I'),
        ("ñ", 'n'),
        ("Ñ", 'N'),
        ("óòôõöø", 'o'),
        ("ÓÒÔÕÖØ", 'O'),
        ("úùûü", 'u'),
        ("ÚÙÛÜ", 'U'),
        ("ýÿ", 'y'),
        ("Ý", 'Y'),
    ];
    // Accent weights in root-collation order: acute < grave < circumflex <
    // ring < diaeresis < tilde < cedilla < stroke.
    let accent = match c {
        'á' | 'Á' | 'é' | 'É' | 'í' | 'Í' | 'ó' | 'Ó' | 'ú' | 'Ú' | 'ý' | 'Ý' => 1,
        'à' | 'À' | 'è' | 'È' | 'ì' | 'Ì' | 'ò' | 'Ò' | 'ù' | 'Ù' => 2,
        'â' | 'Â' | 'ê' | 'Ê' | 'î' | 'Î' | 'ô' | 'Ô' | 'û' | 'Û' => 3,
        'å' | 'Å' => 4,
        'ä' | 'Ä' | 'ë' | 'Ë' | 'ï' | 'Ï' | 'ö' | 'Ö' | 'ü' | 'Ü' | 'ÿ' => 5,
        'ã' | 'Ã' | 'ñ' | 'Ñ' | 'õ' | 'Õ' => 6,
        'ç' | 'Ç' => 7,
        'ø' | 'Ø' => 8,
        _ => return None,
    };
    TABLE
        .iter()
        .find(|(set, _)| set.contains(c))
        .map(|&(_, base)| (base, accent))
}

fn push_elements(out: &mut Vec<Element>, c: char) {
    match c {
        'ß' => {
            out.extend([(4, 's' as u32, 0, 3), (4, 's' as u32, 0, 3)]);
            return;
        }
        'æ' | 'Æ' => {
            let t = if c == 'Æ' { 2 } else { 1 };
            out.extend([(4, 'a' as u32, 0, t), (4, 'e' as u32, 0, t)]);
            return;
        }
        _ => {}
    }
    let (base, accent) = decompose(c).unwrap_or((c, 0));
    if base.is_alphabetic() {
        let lower = base.to_lowercase().next().unwrap_or(base);
        let case = if base.is_uppercase() { 2 } else { 1 };
        out.push((4, lower as u32, accent, case));
    } else if let Some(d) = base.to_digit(10) {
        out.push((3, d, 0, 0));
    } else if let Some(i) = CURRENCY.chars().position(|p| p == base) {
        out.push((2, i as u32, 0, 0));
    } else if let Some(i) = PUNCTUATION.chars().position(|p| p == base) {
        out.push((1, i as u32, 0, 0));
    } else if (base as u32) < 0x20 || base == '\u{7f}' {
        // Ignorable control character.
    } else {
        out.push((1, 0x100 + base as u32, 0, 0));
    }
}

fn elements(units: &[u16]) -> Vec<Element> {
    let mut out = Vec::with_capacity(units.len());
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => push_elements(&mut out, c),
            Err(e) => out.push((1, 0x100 + e.unpaired_surrogate() as u32, 0, 0)),
        }
    }
    out
}

/// Compares two strings like `a.localeCompare(b)` in Node's default locale.
pub fn compare(a: &[u16], b: &[u16]) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    let (ea, eb) = (elements(a), elements(b));
    let primary = |e: &Element| (e.0, e.1);
    ea.iter()
        .map(primary)
        .cmp(eb.iter().map(primary))
        .then_with(|| ea.iter().map(|e| e.2).cmp(eb.iter().map(|e| e.2)))
        .then_with(|| ea.iter().map(|e| e.3).cmp(eb.iter().map(|e| e.3)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_node() {
        let mut words: Vec<&str> = vec![
            "a", "A", "b", "B", "é", "e", "E", "f", "1", "2", "10", "_", "-", " ", "!", "😀",
            "résumé", "resume", "Resume", "apple", "Apple", "apples", "z", "Z", "ä", "ß", "ss",
            "Ω", "ω", "я", "$", "€", "a b", "ab", "a-b", "aB", "Ab", "AB",
        ];
        let u = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
        words.sort_by(|x, y| compare(&u(x), &u(y)));
        // Node 20: [...words].sort((a, b) => a.localeCompare(b))
        let node = [
            " ", "_", "-", "!", "😀", "$", "€", "1", "10", "2", "a", "A", "ä", "a b", "a-b", "ab",
            "aB", "Ab", "AB", "apple", "Apple", "apples", "b", "B", "e", "E", "é", "f", "resume",
            "Resume", "résumé", "ss", "ß", "z", "Z", "ω", "Ω", "я",
        ];
        assert_eq!(words, node);
        assert_eq!(compare(&u("a"), &u("a\u{0}")), Ordering::Equal);
        assert_eq!(compare(&u("a"), &u("a\t")), Ordering::Less);
        assert_eq!(compare(&u("é"), &u("f")), Ordering::Less);
    }
}
