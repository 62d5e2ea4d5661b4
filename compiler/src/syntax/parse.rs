//! Parsing JavaScript source into an swc AST, with syntax errors as diagnostics.

use crate::diag::{CResult, Diagnostic};
use swc_common::{sync::Lrc, FileName, SourceMap, Spanned};
use swc_ecma_ast::{EsVersion, Module, ModuleItem, Script};
use swc_ecma_parser::{EsSyntax, Parser, StringInput, Syntax};

/// A parsed program with the source map its spans refer to.
pub struct Parsed {
    pub cm: Lrc<SourceMap>,
    pub script: Script,
}

/// Parses `src` (named `name`) as a script. Returns the source map even on error
/// so that the diagnostic can be rendered.
pub fn parse(name: &str, src: String) -> (Lrc<SourceMap>, CResult<Script>) {
    let cm: Lrc<SourceMap> = Default::default();
    let result = parse_into(&cm, name, src, false);
    (cm, result)
}

/// Parses `src` as a script into a new file `name` of `cm` (programs in
/// many files keep one source map, so every span names its file).
/// `function_body`: the text is a CommonJS module's, the body of a function
/// (a top-level `return` is allowed).
pub fn parse_into(
    cm: &Lrc<SourceMap>,
    name: &str,
    src: String,
    function_body: bool,
) -> CResult<Script> {
    let syntax = Syntax::Es(EsSyntax {
        allow_return_outside_function: function_body,
        ..Default::default()
    });
    parse_script_with(cm, name, src, syntax, |_| true)
}

/// Parses eval code as a script into a new file `name` of `cm`:
/// `new_target` may appear in a direct eval (a CommonJS module's top level
/// is a function too), `super` in a direct eval in a function.
pub fn parse_eval_into(
    cm: &Lrc<SourceMap>,
    name: &str,
    src: String,
    new_target: bool,
    super_: bool,
) -> CResult<Script> {
    let syntax = Syntax::Es(EsSyntax {
        allow_super_outside_method: super_,
        ..Default::default()
    });
    parse_script_with(cm, name, src, syntax, |e| {
        !(new_target
            && matches!(
                e.kind(),
                swc_ecma_parser::error::SyntaxError::InvalidNewTarget
            ))
    })
}

/// Parses `src` as a script with `syntax`, keeping the errors `keep` accepts.
fn parse_script_with(
    cm: &Lrc<SourceMap>,
    name: &str,
    src: String,
    syntax: Syntax,
    keep: impl Fn(&swc_ecma_parser::error::Error) -> bool,
) -> CResult<Script> {
    let fm = cm.new_source_file(Lrc::new(FileName::Custom(name.to_string())), src);
    let mut parser = Parser::new(syntax, StringInput::from(&*fm), None);
    let result = parser.parse_script();
    let errors: Vec<_> = parser
        .take_errors()
        .into_iter()
        .filter(|e| keep(e))
        .collect();
    let _ = EsVersion::latest();
    match result {
        Ok(script) => match errors.into_iter().next() {
            Some(e) => Err(syntax_error(e)),
            None => Ok(script),
        },
        Err(e) => Err(syntax_error(e)),
    }
}

/// Parses `src` as an ES module into a new file `name` of `cm`.
pub fn parse_module_into(cm: &Lrc<SourceMap>, name: &str, src: String) -> CResult<Module> {
    let fm = cm.new_source_file(Lrc::new(FileName::Custom(name.to_string())), src);
    let mut parser = Parser::new(
        Syntax::Es(EsSyntax::default()),
        StringInput::from(&*fm),
        None,
    );
    let result = parser.parse_module();
    let errors = parser.take_errors();
    match result {
        Ok(module) => match errors.into_iter().next() {
            Some(e) => Err(syntax_error(e)),
            None => Ok(module),
        },
        Err(e) => Err(syntax_error(e)),
    }
}

/// Whether `src` is an ES module by Node's syntax detection (20.19 and
/// later, for a `.js` file with no `type` in its `package.json`): it does
/// not parse as a script but parses as a module that has `import` or
/// `export` declarations, `import.meta` or a top-level `await`.
pub fn detects_as_module(src: &str) -> bool {
    let cm: Lrc<SourceMap> = Default::default();
    if parse_into(&cm, "detect", src.to_string(), true).is_ok() {
        return false;
    }
    parse_module_into(&cm, "detect", src.to_string()).is_ok_and(|m| {
        m.body
            .iter()
            .any(|i| matches!(i, ModuleItem::ModuleDecl(_)))
            || src.contains("import.meta")
            || src.contains("await")
    })
}

fn syntax_error(e: swc_ecma_parser::error::Error) -> Diagnostic {
    let span = e.span();
    use swc_ecma_parser::error::SyntaxError as E;
    // Regex literal errors swc finds itself, in V8's words.
    let v8 = match e.kind() {
        E::DuplicatedRegExpFlags(_) | E::UnknownRegExpFlags => {
            Some("Invalid regular expression flags")
        }
        E::UnterminatedRegExp => Some("Invalid regular expression: missing /"),
        _ => None,
    };
    if let Some(m) = v8 {
        return Diagnostic::new(span, format!("syntax error: {m}"));
    }
    Diagnostic::new(span, format!("syntax error: {}", e.kind().msg()))
}
