//! Parses the YAML front matter (`/*--- ... ---*/`) of a test262 test.
//!
//! Only the subset of YAML test262 uses is understood: `key: value` scalars,
//! `|`/`>` block scalars, flow lists `[a, b]`, block lists `- a`, and the
//! nested `negative:` mapping with `phase` and `type`.

/// The `negative:` key: the test must fail in `phase` with error `type`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Negative {
    /// `parse`, `early`, `resolution` or `runtime`.
    pub phase: String,
    /// The error constructor name, e.g. `SyntaxError`.
    pub error_type: String,
}

/// The metadata of one test.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meta {
    pub description: String,
    pub esid: String,
    pub includes: Vec<String>,
    pub flags: Vec<String>,
    pub features: Vec<String>,
    pub negative: Option<Negative>,
}

impl Meta {
    /// Whether `flags` contains `flag`.
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// Returns the text between `/*---` and `---*/`, if any.
pub fn extract(source: &str) -> Option<&str> {
    let start = source.find("/*---")? + 5;
    let end = source[start..].find("---*/")? + start;
    Some(&source[start..end])
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    if s.len() >= 2
        && ((s.starts_with('"') && s.ends_with('"')) || (s.starts_with('\'') && s.ends_with('\'')))
    {
        s[1..s.len() - 1].to_string()
    } else {
        s.to_string()
    }
}

fn flow_list(s: &str) -> Vec<String> {
    let inner = s.trim().trim_start_matches('[').trim_end_matches(']');
    inner
        .split(',')
        .map(unquote)
        .filter(|x| !x.is_empty())
        .collect()
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Parses front matter text (as returned by [`extract`]).
pub fn parse_yaml(text: &str) -> Meta {
    let mut meta = Meta::default();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') || indent_of(line) > 0 {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let key = key.trim();
        let value = value.trim();
        // Collect the indented continuation lines (block list, block scalar, mapping).
        let mut block = Vec::new();
        while i < lines.len() && (lines[i].trim().is_empty() || indent_of(lines[i]) > 0) {
            block.push(lines[i]);
            i += 1;
        }
        let list = || -> Vec<String> {
            if value.starts_with('[') {
                flow_list(value)
            } else if !value.is_empty() {
                vec![unquote(value)]
            } else {
                block
                    .iter()
                    .filter_map(|l| l.trim().strip_prefix('-'))
                    .map(unquote)
                    .filter(|x| !x.is_empty())
                    .collect()
            }
        };
        let scalar = || -> String {
            if value.starts_with('|') || value.starts_with('>') || value.is_empty() {
                block
                    .iter()
                    .map(|l| l.trim())
                    .collect::<Vec<_>>()
                    .join("\n")
                    .trim()
                    .to_string()
            } else {
                unquote(value)
            }
        };
        match key {
            "description" => meta.description = scalar(),
            "esid" => meta.esid = scalar(),
            "includes" => meta.includes = list(),
            "flags" => meta.flags = list(),
            "features" => meta.features = list(),
            "negative" => {
                let mut neg = Negative::default();
                for l in &block {
                    if let Some((k, v)) = l.split_once(':') {
                        match k.trim() {
                            "phase" => neg.phase = unquote(v),
                            "type" => neg.error_type = unquote(v),
                            _ => {}
                        }
                    }
                }
                meta.negative = Some(neg);
            }
            _ => {}
        }
    }
    meta
}

/// Parses the front matter of a whole test file (default metadata if absent).
pub fn parse(source: &str) -> Meta {
    extract(source).map(parse_yaml).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_and_block_lists() {
        let src = "// c\n/*---\nesid: sec-x\ndescription: >\n  Some long\n  text\nincludes: [propertyHelper.js, compareArray.js]\nflags: [onlyStrict, async]\nfeatures:\n  - Symbol\n  - \"let\"\n---*/\nfoo();\n";
        let m = parse(src);
        assert_eq!(m.esid, "sec-x");
        assert_eq!(m.description, "Some long\ntext");
        assert_eq!(m.includes, ["propertyHelper.js", "compareArray.js"]);
        assert_eq!(m.flags, ["onlyStrict", "async"]);
        assert!(m.has_flag("async"));
        assert_eq!(m.features, ["Symbol", "let"]);
        assert_eq!(m.negative, None);
    }

    #[test]
    fn block_includes_and_negative() {
        let src = "/*---\ninfo: |\n  multi: line\n  - not a list\nincludes:\n  - a.js\n  - b.js\nnegative:\n  phase: parse\n  type: SyntaxError\nflags: []\n---*/\n$DONOTEVALUATE();\n";
        let m = parse(src);
        assert_eq!(m.includes, ["a.js", "b.js"]);
        assert!(m.flags.is_empty());
        assert_eq!(
            m.negative,
            Some(Negative {
                phase: "parse".into(),
                error_type: "SyntaxError".into()
            })
        );
    }

    #[test]
    fn missing_front_matter() {
        assert_eq!(parse("var x = 1;"), Meta::default());
    }
}
