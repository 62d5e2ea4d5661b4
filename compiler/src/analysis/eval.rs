//! `eval` and `Function` of constant strings, compiled ahead of time by splicing their code into the program.
//!
//! The resolver records every call it can compile ([`Site`]): a direct
//! `eval("…")`, an indirect `(0, eval)("…")` / `globalThis.eval("…")`, and
//! `Function(…)` / `new Function(…)` whose arguments are all constant
//! strings (literals, templates without substitutions and `+` of those).
//! [`analyse_program`] parses each site's code into a source file of its
//! own (named as V8 names eval code in stack traces: `eval at f
//! (/abs/app.js:3:10), <anonymous>`), replaces the call by that code, and
//! analyses the program again (eval code may itself contain evals: up to
//! [`MAX_ROUNDS`] levels). Calls the compiler cannot see through (a string
//! known only at run time) stay calls of the runtime's global `eval` or
//! `Function`, which throw `EvalError` when they run, and get a located
//! warning at compile time.
//!
//! * A **direct eval** becomes an arrow called in place, `(() => { … })()`:
//!   an arrow sees the caller's bindings, `this`, `arguments`, `new.target`
//!   and `super`, and its body is a scope of its own for the code's
//!   `let`/`const`/`class`. In sloppy code the eval's `var`s and top-level
//!   function declarations are bindings of the caller's variable
//!   environment: they are declared at the top of the caller's function
//!   (or script) and the code's declarations become assignments (a
//!   function declaration becomes an assignment at the top of the code).
//!   A name that is also a lexical binding between the call and the
//!   caller's function scope is the spec's SyntaxError, thrown when the
//!   eval runs. Strict eval code keeps its declarations to itself.
//! * The **completion value** is computed the spec's way by assigning a
//!   hidden variable: every expression statement assigns its value, and
//!   every statement whose completion is `UpdateEmpty(…, undefined)` (`if`,
//!   loops, `switch`, `try` and its `catch` block) first resets it to
//!   `undefined`; `finally` blocks do not assign. `var`, function and
//!   class declarations and empty statements leave it alone.
//! * An **indirect eval** runs in the global scope: the arrow sits in a
//!   sloppy function whose scope is *opaque* to the resolver (names inside
//!   resolve to globals, never to the program's bindings), called with an
//!   undefined `this` (so `this` is the global object); in sloppy code its
//!   `var`s and functions become global object properties.
//! * **`Function(p1, …, body)`** is parsed from the text V8 builds,
//!   `function anonymous(p1,…\n) {\nbody\n}`, which is then its
//!   `toString()`; it is a sloppy function expression in an opaque scope.
//! * A syntax error in the code (swc's parse, or an early error the
//!   resolver finds when analysing the code alone) is a `SyntaxError`
//!   thrown when the call runs, with V8's message where kiln knows it.
//!
//! * A `var` only eval code declares in its caller exists once the eval
//!   has run: a hidden flag (`%declared x`) records that, and references
//!   to the name are run-time layers (`Layer::EvalVar`) falling back to
//!   the outer binding until then.
//! * `eval?.(code)` and calls of a never-reassigned binding initialised to
//!   the global `eval` are indirect evals; direct evals inside indirect
//!   eval code declare global properties; eval code containing
//!   `arguments` in a class field initialiser or static block is a
//!   SyntaxError when it runs.
//!
//! Known differences from V8: syntax errors thrown by eval have an extra
//! stack frame; see also docs/ARCHITECTURE.md.

use super::*;
use crate::diag::{CResult, Diagnostic};
use crate::syntax::ast::strip_parens;
use swc_common::{sync::Lrc, FileName, SourceMap, Spanned, SyntaxContext, DUMMY_SP};
use swc_ecma_ast::*;
use swc_ecma_visit::{VisitMut, VisitMutWith};

/// How many times eval code may contain eval code that is expanded in turn.
pub const MAX_ROUNDS: usize = 16;

/// The name of the hidden variable holding an eval's completion value (not
/// an identifier the parser can produce).
const COMPLETION: &str = "%completion";

/// Where the `var`s of a sloppy direct eval go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Script,
    /// The function (`Function` node or arrow) with this span.
    Func(BytePos, BytePos),
    /// The global object: eval code inside an indirect eval's code.
    Global,
}

/// A call the compiler can compile, recorded by the resolver.
#[derive(Debug, Clone)]
pub struct Site {
    /// The call (or `new`) expression's span.
    pub call: Span,
    /// The caller's name as V8 prints it in `eval at NAME (…)`.
    pub caller: String,
    pub kind: SiteKind,
}

#[derive(Debug, Clone)]
pub enum SiteKind {
    Direct {
        code: String,
        /// The caller is strict code.
        strict: bool,
        /// The caller's variable environment, when kiln can add to it.
        target: Option<Target>,
        /// Lexical bindings between the call and the caller's function scope.
        lexical: Vec<String>,
        /// The code runs in a function (`new.target` and `super` may appear).
        in_function: bool,
        /// The call is in the caller's parameter list: its declarations
        /// stay its own, and a `var arguments` is a SyntaxError.
        in_params: bool,
        /// The call is in a class field initialiser or static block: code
        /// containing `arguments` is a SyntaxError.
        in_field_init: bool,
    },
    Indirect {
        code: String,
    },
    Function {
        params: Vec<String>,
        body: String,
    },
}

/// What the resolver must know about the functions made here, kept across
/// the rounds (and across the driver's analyses of a program).
#[derive(Debug, Default, Clone)]
pub struct Made {
    /// Functions (by span) whose scope is opaque: names inside resolve to
    /// globals.
    pub opaque: HashSet<(BytePos, BytePos)>,
    /// Stack-trace names of the functions made (`eval`).
    pub trace: HashMap<(BytePos, BytePos), String>,
    /// Functions (by span) that start sloppy whatever their parent is.
    pub sloppy: HashSet<(BytePos, BytePos)>,
    /// The opaque functions holding an indirect eval's code (global code:
    /// the `var`s of direct evals inside it are global properties).
    pub global_code: HashSet<(BytePos, BytePos)>,
    /// The declarations (identifier positions) of the `var`s that only eval
    /// code declares in its caller's function: such a binding exists once
    /// the eval has run (its [`declared_flag`] is set), and until then
    /// its name denotes what it would without it
    /// ([`super::Layer::EvalVar`]).
    pub eval_vars: HashSet<BytePos>,
}

/// The name of the hidden boolean variable telling whether eval code has
/// declared `var name` in its caller (not an identifier the parser can
/// produce).
pub fn declared_flag(name: &str) -> String {
    format!("%declared {name}")
}

/// The constant string `e` denotes, if any: a string literal, a template
/// without substitutions, or `+` of those.
pub fn const_string(e: &Expr) -> Option<String> {
    match strip_parens(e) {
        Expr::Lit(Lit::Str(s)) => s.value.as_str().map(str::to_string),
        Expr::Tpl(t) if t.exprs.is_empty() => t
            .quasis
            .first()?
            .cooked
            .as_ref()?
            .as_str()
            .map(str::to_string),
        Expr::Bin(b) if b.op == BinaryOp::Add => {
            Some(const_string(&b.left)? + &const_string(&b.right)?)
        }
        _ => None,
    }
}

/// A literal that is not a string (an `eval` of it returns it unchanged):
/// a number, boolean, null or BigInt literal, an object or array literal,
/// a function or class.
pub fn non_string_literal(e: &Expr) -> bool {
    matches!(
        strip_parens(e),
        Expr::Lit(Lit::Num(_) | Lit::Bool(_) | Lit::Null(_) | Lit::BigInt(_))
            | Expr::Object(_)
            | Expr::Array(_)
            | Expr::Fn(_)
            | Expr::Arrow(_)
            | Expr::Class(_)
    )
}

/// Analyses `script`, first replacing every compilable `eval`/`Function`
/// call by its code (see the module doc).
pub fn analyse_program(
    cm: &Lrc<SourceMap>,
    script: &mut Script,
    made: &mut Made,
) -> CResult<Analysis> {
    let mut round = 0;
    loop {
        let a = super::scope::analyse_with(script, made, file_starts(cm))?;
        if a.eval_sites.is_empty() || round == MAX_ROUNDS {
            return Ok(a);
        }
        rewrite(cm, script, &a.eval_sites, made)?;
        round += 1;
    }
}

/// Where each file of the source map starts, in order.
pub fn file_starts(cm: &SourceMap) -> Vec<BytePos> {
    let mut v: Vec<_> = cm.files().iter().map(|f| f.start_pos).collect();
    v.sort();
    v
}

/// Fresh, unique source positions for the nodes the rewrite makes (the
/// analysis keys identifiers and functions by position): the padding after
/// a site's code, then synthetic files as needed.
struct Fresh {
    cm: Lrc<SourceMap>,
    next: u32,
    end: u32,
}

impl Fresh {
    fn span(&mut self) -> Span {
        if self.next + 2 >= self.end {
            let f = self.cm.new_source_file(
                Lrc::new(FileName::Custom("kiln:eval".into())),
                " ".repeat(4096),
            );
            self.next = f.start_pos.0;
            self.end = f.end_pos.0;
        }
        let lo = self.next;
        self.next += 1;
        Span::new(BytePos(lo), BytePos(lo + 1))
    }
    fn ident(&mut self, name: &str) -> Ident {
        Ident::new(name.into(), self.span(), SyntaxContext::empty())
    }
}

/// Parses `text` as a script in a new file `name` padded for [`Fresh`]; a
/// syntax error is V8's message.
fn parse_padded(
    cm: &Lrc<SourceMap>,
    name: &str,
    text: &str,
    strict: bool,
    direct: bool,
    in_function: bool,
) -> (Fresh, Result<Script, String>) {
    let pad = text.len() + 64;
    let src = format!("{text}\n{}", " ".repeat(pad));
    let script = crate::syntax::parse::parse_eval_into(cm, name, src, direct, in_function);
    let file = cm.files().last().cloned().expect("a file was just added");
    let fresh = Fresh {
        cm: cm.clone(),
        next: file.start_pos.0 + text.len() as u32 + 1,
        end: file.end_pos.0,
    };
    let directive = ["'use strict'", "\"use strict\""]
        .iter()
        .any(|d| text.trim_start().starts_with(d));
    let mut script =
        script.map_err(|d| parse_message(&d, text, file.start_pos, strict || directive));
    if strict && script.is_ok() {
        // The caller is strict: so is the code (swc knows strictness only
        // from directives, so parse it again after one).
        let strict_text = format!("'use strict';{text}");
        let again = crate::syntax::parse::parse_eval_into(
            cm,
            "kiln:eval",
            strict_text.clone(),
            direct,
            in_function,
        );
        if let Err(d) = again {
            let start = cm.files().last().expect("a file was just added").start_pos;
            script = Err(parse_message(&d, &strict_text, start, true));
        }
    }
    (fresh, script)
}

/// The source position `eval at …` names: `path:line:col` of the call.
fn call_location(cm: &SourceMap, call: Span) -> String {
    let loc = cm.lookup_char_pos(call.lo);
    let name = match &*loc.file.name {
        FileName::Custom(n) => n.clone(),
        other => other.to_string(),
    };
    let path = std::fs::canonicalize(&name)
        .map(|p| p.display().to_string())
        .unwrap_or(name);
    format!("{path}:{}:{}", loc.line, loc.col_display + 1)
}

/// A compile error in eval code as the message of the SyntaxError V8
/// throws, when it is a syntax error (the resolver's early errors already
/// use V8's words).
fn syntax_message(d: &Diagnostic) -> Option<String> {
    d.message.strip_prefix("syntax error: ").map(str::to_string)
}

/// Words that are never identifiers: V8 says `Unexpected token 'if'`.
const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "enum",
];

/// Reserved in strict code only.
const STRICT_RESERVED: &[&str] = &[
    "implements",
    "interface",
    "let",
    "package",
    "private",
    "protected",
    "public",
    "static",
    "yield",
];

/// Punctuators, longest first.
const PUNCTUATORS: &[&str] = &[
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==", "!=",
    "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "**", "<<", ">>", "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%",
    "&", "|", "^", "!", "~", "?", ":", "=", ".",
];

/// The message of the SyntaxError V8 throws for a parse error swc found
/// at `d`'s position in `text` (which starts at `start`): V8 names the
/// unexpected token (`Unexpected number`, `Unexpected identifier 'b'`,
/// `Unexpected token '}'`, `Unexpected end of input`), where swc says what
/// it expected.
fn parse_message(d: &Diagnostic, text: &str, start: BytePos, strict: bool) -> String {
    let m = syntax_message(d).unwrap_or_else(|| d.message.clone());
    match m.as_str() {
        "Return statement is not allowed here" => return "Illegal return statement".into(),
        m if m.starts_with("A 'break' statement can only be used") => {
            return "Illegal break statement".into()
        }
        m if m.starts_with("A 'continue' statement can only be used") => {
            return "Illegal continue statement: no surrounding iteration statement".into()
        }
        m if m.starts_with("Invalid regular expression") => return m.to_string(),
        "Unterminated string constant" => return "Invalid or unexpected token".into(),
        "Unterminated template" => return "Unexpected end of input".into(),
        "Cannot assign to this" | "Invalid assignment target" => {
            return "Invalid left-hand side in assignment".into()
        }
        "With statement are not allowed in strict mode" => {
            return "Strict mode code may not include a with statement".into()
        }
        "'delete' cannot be called on an identifier in strict mode" => {
            return "Delete of an unqualified identifier in strict mode.".into()
        }
        "'const' declarations must be initialized" => {
            return "Missing initializer in const declaration".into()
        }
        "Invalid access to super" | "Invalid `super()`" => {
            return "'super' keyword unexpected here".into()
        }
        m if m.ends_with("cannot be used as an identifier in strict mode") => {
            return "Unexpected strict mode reserved word".into()
        }
        _ => {}
    }
    let off = (d.span.lo.0.saturating_sub(start.0)) as usize;
    let rest = text.get(off..).unwrap_or("").trim_start();
    let Some(c) = rest.chars().next() else {
        return "Unexpected end of input".into();
    };
    if c.is_ascii_digit() || (c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit())) {
        return "Unexpected number".into();
    }
    if c == '"' || c == '\'' {
        return "Unexpected string".into();
    }
    if c == '`' {
        return "Unexpected template string".into();
    }
    if c == '_' || c == '$' || c.is_alphabetic() {
        let word: String = rest
            .chars()
            .take_while(|&c| c == '_' || c == '$' || c.is_alphanumeric())
            .collect();
        let before = text[..off.min(text.len())].trim_end();
        match word.as_str() {
            "let" if before.ends_with("let") || before.ends_with("const") => {
                return "let is disallowed as a lexically bound name".into()
            }
            "break" => return "Illegal break statement".into(),
            "continue" => {
                return "Illegal continue statement: no surrounding iteration statement".into()
            }
            _ => {}
        }
        if KEYWORDS.contains(&word.as_str()) {
            return format!("Unexpected token '{word}'");
        }
        if strict && STRICT_RESERVED.contains(&word.as_str()) {
            return "Unexpected strict mode reserved word".into();
        }
        return format!("Unexpected identifier '{word}'");
    }
    if c == '(' && text[..off.min(text.len())].trim_end().ends_with("function") {
        return "Function statements require a function name".into();
    }
    match PUNCTUATORS.iter().find(|p| rest.starts_with(**p)) {
        Some(p) => format!("Unexpected token '{p}'"),
        None => "Invalid or unexpected token".into(),
    }
}

/// ContainsArguments: `arguments` appears in `stmts` outside nested
/// non-arrow functions.
fn contains_arguments(stmts: &[Stmt]) -> bool {
    use swc_ecma_visit::{Visit, VisitWith};
    struct Finder(bool);
    impl Visit for Finder {
        fn visit_ident(&mut self, i: &Ident) {
            self.0 |= i.sym == *"arguments";
        }
        fn visit_function(&mut self, _: &Function) {}
        fn visit_constructor(&mut self, _: &Constructor) {}
        fn visit_getter_prop(&mut self, _: &GetterProp) {}
        fn visit_setter_prop(&mut self, _: &SetterProp) {}
    }
    let mut f = Finder(false);
    for s in stmts {
        s.visit_with(&mut f);
    }
    f.0
}

/// A JavaScript string literal for `s`.
fn js_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `(() => { throw new SyntaxError(message) })()`.
fn throw_syntax_error(cm: &Lrc<SourceMap>, call: Span, message: &str) -> CResult<Expr> {
    let text = format!(
        "(() => {{ throw new SyntaxError({}) }})()",
        js_string(message)
    );
    let mut s = crate::syntax::parse::parse_into(cm, "kiln:eval", text, false)?;
    match s.body.pop() {
        Some(Stmt::Expr(mut e)) => {
            if let Expr::Call(c) = &mut *e.expr {
                c.span = call;
            }
            Ok(*e.expr)
        }
        _ => unreachable!("the snippet is one expression statement"),
    }
}

/// Replaces each site's call by its code.
fn rewrite(
    cm: &Lrc<SourceMap>,
    script: &mut Script,
    sites: &[Site],
    made: &mut Made,
) -> CResult<()> {
    let mut splice = Splice {
        replace: HashMap::new(),
        hoist: HashMap::new(),
    };
    for site in sites {
        let key = (site.call.lo, site.call.hi);
        let expr = match &site.kind {
            SiteKind::Function { params, body } => function_ctor(cm, site, params, body, made)?,
            SiteKind::Direct {
                code,
                strict,
                target,
                lexical,
                in_function,
                in_params,
                in_field_init,
            } => {
                let name = format!(
                    "eval at {} ({}), <anonymous>",
                    site.caller,
                    call_location(cm, site.call)
                );
                let (mut fresh, parsed) =
                    parse_padded(cm, &name, code, *strict, true, *in_function);
                match prepare(parsed, *strict) {
                    Err(m) => throw_syntax_error(cm, site.call, &m)?,
                    Ok((_, stmts, _)) if *in_field_init && contains_arguments(&stmts) => {
                        let m = "'arguments' is not allowed in class field initializer or static initialization block";
                        throw_syntax_error(cm, site.call, m)?
                    }
                    Ok((directives, mut stmts, strict)) => {
                        let mut prologue = vec![];
                        let mut skip = HashSet::new();
                        let hoisting = if strict { None } else { *target };
                        if *in_params && !strict {
                            let names =
                                hoist_declarations(&mut stmts.clone(), &mut vec![], &mut skip);
                            if names.iter().any(|n| n == "arguments") {
                                let m = "Identifier 'arguments' has already been declared";
                                splice
                                    .replace
                                    .insert(key, throw_syntax_error(cm, site.call, m)?);
                                continue;
                            }
                        }
                        if let Some(t) = hoisting {
                            let names = hoist_declarations(&mut stmts, &mut prologue, &mut skip);
                            if let Some(n) = names.iter().find(|n| lexical.contains(n)) {
                                let m = format!("Identifier '{n}' has already been declared");
                                splice
                                    .replace
                                    .insert(key, throw_syntax_error(cm, site.call, &m)?);
                                continue;
                            }
                            if t == Target::Global {
                                // As an indirect eval's own `var`s.
                                for n in names.iter().rev() {
                                    prologue.insert(0, define_global(&mut fresh, n));
                                }
                            } else {
                                // Declaration instantiation: the names exist
                                // from now on.
                                for n in names.iter().rev() {
                                    let flag = fresh.ident(&declared_flag(n));
                                    let set = assign_to(flag, true_lit(fresh.span()), fresh.span());
                                    prologue.insert(
                                        0,
                                        Stmt::Expr(ExprStmt {
                                            span: fresh.span(),
                                            expr: Box::new(set),
                                        }),
                                    );
                                }
                                let list = splice.hoist.entry(t).or_default();
                                for n in names {
                                    if !list.iter().any(|i: &Ident| *i.sym == *n) {
                                        let id = fresh.ident(&n);
                                        made.eval_vars.insert(id.span.lo);
                                        list.push(id);
                                        list.push(fresh.ident(&declared_flag(&n)));
                                    }
                                }
                            }
                        }
                        let arrow =
                            arrow_iife(&mut fresh, directives, prologue, stmts, skip, site.call);
                        made.trace.insert(arrow.1, "eval".into());
                        arrow.0
                    }
                }
            }
            SiteKind::Indirect { code } => {
                let name = format!(
                    "eval at {} ({}), <anonymous>",
                    site.caller,
                    call_location(cm, site.call)
                );
                let (mut fresh, parsed) = parse_padded(cm, &name, code, false, false, false);
                match prepare(parsed, false) {
                    Err(m) => throw_syntax_error(cm, site.call, &m)?,
                    Ok((directives, mut stmts, strict)) => {
                        let mut prologue = vec![];
                        let mut skip = HashSet::new();
                        if !strict {
                            for n in hoist_declarations(&mut stmts, &mut prologue, &mut skip) {
                                prologue.insert(0, define_global(&mut fresh, &n));
                            }
                        }
                        let (inner, arrow_span) =
                            arrow_iife(&mut fresh, directives, prologue, stmts, skip, site.call);
                        made.trace.insert(arrow_span, "eval".into());
                        let f = global_function(&mut fresh, inner, made);
                        call_of(f, site.call)
                    }
                }
            }
        };
        splice.replace.insert(key, expr);
    }
    script.visit_mut_with(&mut splice);
    if let Some(names) = splice.hoist.remove(&Target::Script) {
        insert_after_directives(&mut script.body, var_decl(names));
    }
    Ok(())
}

/// Checks and splits parsed eval code: its directive prologue, its other
/// statements, and whether it is strict. A syntax error (also an early
/// error the resolver finds in the code alone) is the SyntaxError's
/// message.
fn prepare(
    parsed: Result<Script, String>,
    caller_strict: bool,
) -> Result<(Vec<Stmt>, Vec<Stmt>, bool), String> {
    let script = parsed?;
    let n = script
        .body
        .iter()
        .take_while(|s| matches!(s, Stmt::Expr(e) if matches!(&*e.expr, Expr::Lit(Lit::Str(_)))))
        .count();
    let strict = caller_strict
        || script.body[..n].iter().any(|s| {
            matches!(s, Stmt::Expr(e) if matches!(&*e.expr, Expr::Lit(Lit::Str(st))
                if st.value.as_str() == Some("use strict")
                    && st.raw.as_ref().is_some_and(|r| r.len() == 12)))
        });
    // Early errors: the code analysed on its own (strict as it will run).
    let mut trial = script.clone();
    if caller_strict {
        trial.body.insert(0, use_strict());
    }
    if let Err(d) = super::scope::analyse_with(&trial, &Made::default(), vec![]) {
        if let Some(m) = syntax_message(&d) {
            return Err(m);
        }
    }
    let mut body = script.body;
    let rest = body.split_off(n);
    Ok((body, rest, strict))
}

fn use_strict() -> Stmt {
    Stmt::Expr(ExprStmt {
        span: DUMMY_SP,
        expr: Box::new(Expr::Lit(Lit::Str(Str {
            span: DUMMY_SP,
            value: "use strict".into(),
            raw: Some("\"use strict\"".into()),
        }))),
    })
}

/// `(() => { directives; let %completion; prologue; code; return %completion })()`,
/// with the arrow's span.
fn arrow_iife(
    fresh: &mut Fresh,
    directives: Vec<Stmt>,
    prologue: Vec<Stmt>,
    stmts: Vec<Stmt>,
    skip: HashSet<BytePos>,
    call: Span,
) -> (Expr, (BytePos, BytePos)) {
    let mut body = directives.clone();
    let decl = fresh.ident(COMPLETION);
    body.push(Stmt::Decl(Decl::Var(Box::new(VarDecl {
        span: decl.span,
        kind: VarDeclKind::Let,
        decls: vec![VarDeclarator {
            span: decl.span,
            name: Pat::Ident(decl.into()),
            init: None,
            definite: false,
        }],
        ..Default::default()
    }))));
    body.extend(prologue);
    let mut c = Completion { fresh, skip };
    // A directive is an expression statement too.
    for d in directives {
        body.extend(c.stmt(d));
    }
    body.extend(c.list(stmts));
    let ret = c.fresh.ident(COMPLETION);
    body.push(Stmt::Return(ReturnStmt {
        span: ret.span,
        arg: Some(Box::new(Expr::Ident(ret))),
    }));
    let span = fresh.span();
    let arrow = ArrowExpr {
        span,
        body: Box::new(ArrowFunctionBody::FunctionBody(FunctionBody {
            span,
            stmts: body,
        })),
        ..Default::default()
    };
    (call_of(Expr::Arrow(arrow), call), (span.lo, span.hi))
}

/// `(f)()` at `call`'s position.
fn call_of(f: Expr, call: Span) -> Expr {
    Expr::Call(CallExpr {
        span: call,
        callee: Callee::Expr(Box::new(Expr::Paren(ParenExpr {
            span: call,
            expr: Box::new(f),
        }))),
        ..Default::default()
    })
}

/// `function () { return inner }`, in an opaque scope (it sees only
/// globals), sloppy, named `eval` in stack traces.
fn global_function(fresh: &mut Fresh, inner: Expr, made: &mut Made) -> Expr {
    let span = fresh.span();
    let k = (span.lo, span.hi);
    made.opaque.insert(k);
    made.sloppy.insert(k);
    made.global_code.insert(k);
    made.trace.insert(k, "eval".into());
    Expr::Fn(FnExpr {
        ident: None,
        function: Box::new(Function {
            span,
            body: Some(FunctionBody {
                span,
                stmts: vec![Stmt::Return(ReturnStmt {
                    span,
                    arg: Some(Box::new(inner)),
                })],
            }),
            ..Default::default()
        }),
    })
}

/// `typeof n === "undefined" && (n = void 0)`: creates global `n` as a
/// sloppy indirect eval's `var n` does, keeping an existing value.
fn define_global(fresh: &mut Fresh, n: &str) -> Stmt {
    let span = fresh.span();
    let test = Expr::Bin(BinExpr {
        span,
        op: BinaryOp::EqEqEq,
        left: Box::new(Expr::Unary(UnaryExpr {
            span,
            op: UnaryOp::TypeOf,
            arg: Box::new(Expr::Ident(fresh.ident(n))),
        })),
        right: Box::new(Expr::Lit(Lit::Str(Str {
            span,
            value: "undefined".into(),
            raw: None,
        }))),
    });
    let assign = assign_to(fresh.ident(n), undefined(span), span);
    Stmt::Expr(ExprStmt {
        span,
        expr: Box::new(Expr::Bin(BinExpr {
            span,
            op: BinaryOp::LogicalAnd,
            left: Box::new(test),
            right: Box::new(Expr::Paren(ParenExpr {
                span,
                expr: Box::new(assign),
            })),
        })),
    })
}

fn undefined(span: Span) -> Box<Expr> {
    Box::new(Expr::Unary(UnaryExpr {
        span,
        op: UnaryOp::Void,
        arg: Box::new(Expr::Lit(Lit::Num(Number {
            span,
            value: 0.0,
            raw: None,
        }))),
    }))
}

fn assign_to(id: Ident, value: Box<Expr>, span: Span) -> Expr {
    Expr::Assign(AssignExpr {
        span,
        op: AssignOp::Assign,
        left: AssignTarget::Simple(SimpleAssignTarget::Ident(id.into())),
        right: value,
    })
}

/// `var a, b;` (a [`declared_flag`] starts false: `var %declared a = false`).
fn var_decl(names: Vec<Ident>) -> Stmt {
    let span = names.first().map(|i| i.span).unwrap_or(DUMMY_SP);
    Stmt::Decl(Decl::Var(Box::new(VarDecl {
        span,
        kind: VarDeclKind::Var,
        decls: names
            .into_iter()
            .map(|id| VarDeclarator {
                span: id.span,
                init: id.sym.starts_with('%').then(|| {
                    Box::new(Expr::Lit(Lit::Bool(Bool {
                        span: id.span,
                        value: false,
                    })))
                }),
                name: Pat::Ident(id.into()),
                definite: false,
            })
            .collect(),
        ..Default::default()
    })))
}

fn true_lit(span: Span) -> Box<Expr> {
    Box::new(Expr::Lit(Lit::Bool(Bool { span, value: true })))
}

/// Inserts `s` after the directive prologue of `body`.
fn insert_after_directives(body: &mut Vec<Stmt>, s: Stmt) {
    let n = body
        .iter()
        .take_while(|s| matches!(s, Stmt::Expr(e) if matches!(&*e.expr, Expr::Lit(Lit::Str(_)))))
        .count();
    body.insert(n, s);
}

/// Turns the `var` declarations of sloppy eval code into assignments and
/// its top-level function declarations into assignments in `prologue`;
/// returns the names they declared (in order, without repeats).
fn hoist_declarations(
    stmts: &mut Vec<Stmt>,
    prologue: &mut Vec<Stmt>,
    skip: &mut HashSet<BytePos>,
) -> Vec<String> {
    let mut names: Vec<String> = vec![];
    let add = |n: &str, names: &mut Vec<String>| {
        if !names.iter().any(|x| x == n) {
            names.push(n.to_string());
        }
    };
    stmts.retain_mut(|s| {
        if let Stmt::Decl(Decl::Fn(f)) = s {
            add(&f.ident.sym, &mut names);
            let span = f.function.span;
            let value = Box::new(Expr::Fn(FnExpr {
                ident: None,
                function: f.function.clone(),
            }));
            prologue.push(Stmt::Expr(ExprStmt {
                span,
                expr: Box::new(assign_to(f.ident.clone(), value, span)),
            }));
            return false;
        }
        true
    });
    let mut vars = vec![];
    for s in stmts.iter_mut() {
        strip_vars(s, &mut vars, skip);
    }
    for v in vars {
        add(&v, &mut names);
    }
    names
}

/// `var` declarations in `s` (not in nested functions) become assignments
/// of their initialisers; their names are pushed on `names`.
fn strip_vars(s: &mut Stmt, names: &mut Vec<String>, skip: &mut HashSet<BytePos>) {
    match s {
        Stmt::Decl(Decl::Var(v)) if v.kind == VarDeclKind::Var => {
            skip.insert(v.span.lo);
            *s = match var_assignments(v, names) {
                Some(e) => Stmt::Expr(ExprStmt {
                    span: v.span,
                    expr: Box::new(e),
                }),
                None => Stmt::Empty(EmptyStmt { span: v.span }),
            };
        }
        Stmt::Block(b) => b.stmts.iter_mut().for_each(|s| strip_vars(s, names, skip)),
        Stmt::If(i) => {
            strip_vars(&mut i.cons, names, skip);
            if let Some(a) = &mut i.alt {
                strip_vars(a, names, skip);
            }
        }
        Stmt::While(w) => strip_vars(&mut w.body, names, skip),
        Stmt::DoWhile(w) => strip_vars(&mut w.body, names, skip),
        Stmt::Labeled(l) => strip_vars(&mut l.body, names, skip),
        Stmt::With(w) => strip_vars(&mut w.body, names, skip),
        Stmt::For(f) => {
            if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
                if v.kind == VarDeclKind::Var {
                    f.init = var_assignments(v, names).map(|e| VarDeclOrExpr::Expr(Box::new(e)));
                }
            }
            strip_vars(&mut f.body, names, skip);
        }
        Stmt::ForIn(ForInStmt { left, body, .. }) | Stmt::ForOf(ForOfStmt { left, body, .. }) => {
            if let ForHead::VarDecl(v) = left {
                if v.kind == VarDeclKind::Var && v.decls.len() == 1 && v.decls[0].init.is_none() {
                    let mut ids = vec![];
                    super::patterns::pat_idents(&v.decls[0].name, &mut ids);
                    names.extend(ids.iter().map(|i| i.sym.to_string()));
                    *left = ForHead::Pat(Box::new(v.decls[0].name.clone()));
                }
            }
            strip_vars(body, names, skip);
        }
        Stmt::Switch(sw) => sw
            .cases
            .iter_mut()
            .flat_map(|c| c.cons.iter_mut())
            .for_each(|s| strip_vars(s, names, skip)),
        Stmt::Try(t) => {
            t.block
                .stmts
                .iter_mut()
                .for_each(|s| strip_vars(s, names, skip));
            if let Some(h) = &mut t.handler {
                h.body
                    .stmts
                    .iter_mut()
                    .for_each(|s| strip_vars(s, names, skip));
            }
            if let Some(f) = &mut t.finalizer {
                f.stmts.iter_mut().for_each(|s| strip_vars(s, names, skip));
            }
        }
        _ => {}
    }
}

/// `var a = 1, {b} = o` as `a = 1, {b} = o` (None when nothing is assigned).
fn var_assignments(v: &VarDecl, names: &mut Vec<String>) -> Option<Expr> {
    let mut exprs: Vec<Box<Expr>> = vec![];
    for d in &v.decls {
        let mut ids = vec![];
        super::patterns::pat_idents(&d.name, &mut ids);
        names.extend(ids.iter().map(|i| i.sym.to_string()));
        let Some(init) = &d.init else { continue };
        let left = match &d.name {
            Pat::Ident(bi) => AssignTarget::Simple(SimpleAssignTarget::Ident(bi.clone())),
            Pat::Array(a) => AssignTarget::Pat(AssignTargetPat::Array(a.clone())),
            Pat::Object(o) => AssignTarget::Pat(AssignTargetPat::Object(o.clone())),
            _ => continue,
        };
        exprs.push(Box::new(Expr::Assign(AssignExpr {
            span: d.span,
            op: AssignOp::Assign,
            left,
            right: init.clone(),
        })));
    }
    match exprs.len() {
        0 => None,
        1 => exprs.pop().map(|e| *e),
        _ => Some(Expr::Seq(SeqExpr {
            span: v.span,
            exprs,
        })),
    }
}

/// The completion-value instrumentation (see the module doc).
struct Completion<'a> {
    fresh: &'a mut Fresh,
    /// The assignments `var` declarations became (their completion is empty).
    skip: HashSet<BytePos>,
}

impl Completion<'_> {
    fn assign(&mut self, value: Box<Expr>, span: Span) -> Stmt {
        let id = self.fresh.ident(COMPLETION);
        Stmt::Expr(ExprStmt {
            span,
            expr: Box::new(assign_to(id, value, span)),
        })
    }

    fn reset(&mut self, span: Span) -> Stmt {
        self.assign(undefined(span), span)
    }

    fn list(&mut self, stmts: Vec<Stmt>) -> Vec<Stmt> {
        stmts.into_iter().flat_map(|s| self.stmt(s)).collect()
    }

    fn single(&mut self, s: Box<Stmt>) -> Box<Stmt> {
        let span = s.span();
        let mut v = self.stmt(*s);
        if v.len() == 1 {
            Box::new(v.pop().expect("one statement"))
        } else {
            Box::new(Stmt::Block(BlockStmt {
                span,
                stmts: v,
                ..Default::default()
            }))
        }
    }

    fn stmt(&mut self, s: Stmt) -> Vec<Stmt> {
        let span = s.span();
        let reset = |c: &mut Self, s: Stmt| vec![c.reset(span), s];
        match s {
            Stmt::Expr(e) if self.skip.contains(&e.span.lo) => vec![Stmt::Expr(e)],
            Stmt::Expr(e) => vec![self.assign(e.expr, e.span)],
            Stmt::Block(mut b) => {
                b.stmts = self.list(b.stmts);
                vec![Stmt::Block(b)]
            }
            Stmt::If(mut i) => {
                i.cons = self.single(i.cons);
                i.alt = i.alt.map(|a| self.single(a));
                reset(self, Stmt::If(i))
            }
            Stmt::While(mut w) => {
                w.body = self.single(w.body);
                reset(self, Stmt::While(w))
            }
            Stmt::DoWhile(mut w) => {
                w.body = self.single(w.body);
                reset(self, Stmt::DoWhile(w))
            }
            Stmt::For(mut f) => {
                f.body = self.single(f.body);
                reset(self, Stmt::For(f))
            }
            Stmt::ForIn(mut f) => {
                f.body = self.single(f.body);
                reset(self, Stmt::ForIn(f))
            }
            Stmt::ForOf(mut f) => {
                f.body = self.single(f.body);
                reset(self, Stmt::ForOf(f))
            }
            Stmt::Switch(mut sw) => {
                for c in &mut sw.cases {
                    c.cons = self.list(std::mem::take(&mut c.cons));
                }
                reset(self, Stmt::Switch(sw))
            }
            Stmt::Try(mut t) => {
                t.block.stmts = self.list(std::mem::take(&mut t.block.stmts));
                if let Some(h) = &mut t.handler {
                    let mut stmts = vec![self.reset(h.span)];
                    stmts.extend(self.list(std::mem::take(&mut h.body.stmts)));
                    h.body.stmts = stmts;
                }
                reset(self, Stmt::Try(t))
            }
            Stmt::With(mut w) => {
                w.body = self.single(w.body);
                reset(self, Stmt::With(w))
            }
            Stmt::Labeled(mut l) => {
                // The reset goes before the label (a label on a block may
                // not be `continue`d).
                let mut inner = self.stmt(*l.body);
                if inner.len() == 2 {
                    let body = inner.pop().expect("two statements");
                    l.body = Box::new(body);
                    inner.push(Stmt::Labeled(l));
                    inner
                } else {
                    l.body = Box::new(inner.pop().expect("one statement"));
                    vec![Stmt::Labeled(l)]
                }
            }
            other => vec![other],
        }
    }
}

/// `Function(p…, body)` with constant arguments: the function V8 builds.
fn function_ctor(
    cm: &Lrc<SourceMap>,
    site: &Site,
    params: &[String],
    body: &str,
    made: &mut Made,
) -> CResult<Expr> {
    let text = format!("function anonymous({}\n) {{\n{body}\n}}", params.join(","));
    let name = format!(
        "eval at {} ({}), <anonymous>",
        site.caller,
        call_location(cm, site.call)
    );
    let (_, parsed) = parse_padded(cm, &name, &text, false, false, false);
    let message = match parsed {
        // V8 parses the parameters on their own first.
        Err(_)
            if crate::syntax::parse::parse_into(
                cm,
                "kiln:eval",
                format!("(function ({}\n) {{}})", params.join(",")),
                false,
            )
            .is_err() =>
        {
            "Arg string terminates parameters early".into()
        }
        Err(m) => m,
        Ok(script) => match <[Stmt; 1]>::try_from(script.body) {
            Ok([Stmt::Decl(Decl::Fn(f))]) if f.ident.sym == *"anonymous" => {
                let trial = Script {
                    span: f.function.span,
                    body: vec![Stmt::Decl(Decl::Fn(f.clone()))],
                    shebang: None,
                };
                match super::scope::analyse_with(&trial, &Made::default(), vec![]) {
                    Err(d) if syntax_message(&d).is_some() => syntax_message(&d).expect("checked"),
                    _ => {
                        let k = (f.function.span.lo, f.function.span.hi);
                        made.opaque.insert(k);
                        made.sloppy.insert(k);
                        made.trace.insert(k, "eval".into());
                        return Ok(Expr::Paren(ParenExpr {
                            span: site.call,
                            expr: Box::new(Expr::Fn(FnExpr {
                                ident: Some(f.ident),
                                function: f.function,
                            })),
                        }));
                    }
                }
            }
            _ => "Arg string terminates parameters early".into(),
        },
    };
    throw_syntax_error(cm, site.call, &message)
}

/// Applies the rewrite: replaces the sites' calls and declares the hoisted
/// names at the top of their functions.
struct Splice {
    replace: HashMap<(BytePos, BytePos), Expr>,
    hoist: HashMap<Target, Vec<Ident>>,
}

impl VisitMut for Splice {
    fn visit_mut_expr(&mut self, e: &mut Expr) {
        let key = match e {
            Expr::Call(c) => Some((c.span.lo, c.span.hi)),
            Expr::New(n) => Some((n.span.lo, n.span.hi)),
            Expr::OptChain(o) => Some((o.span.lo, o.span.hi)),
            _ => None,
        };
        if let Some(r) = key.and_then(|k| self.replace.remove(&k)) {
            *e = r;
            return;
        }
        e.visit_mut_children_with(self);
    }

    fn visit_mut_function(&mut self, f: &mut Function) {
        f.visit_mut_children_with(self);
        if let Some(names) = self.hoist.remove(&Target::Func(f.span.lo, f.span.hi)) {
            if let Some(body) = &mut f.body {
                insert_after_directives(&mut body.stmts, var_decl(names));
            }
        }
    }

    fn visit_mut_arrow_expr(&mut self, a: &mut ArrowExpr) {
        a.visit_mut_children_with(self);
        if let Some(names) = self.hoist.remove(&Target::Func(a.span.lo, a.span.hi)) {
            let decl = var_decl(names);
            match &mut *a.body {
                ArrowFunctionBody::FunctionBody(b) => insert_after_directives(&mut b.stmts, decl),
                ArrowFunctionBody::Expr(e) => {
                    let span = e.span();
                    let value = std::mem::take(e);
                    *a.body = ArrowFunctionBody::FunctionBody(FunctionBody {
                        span,
                        stmts: vec![
                            decl,
                            Stmt::Return(ReturnStmt {
                                span,
                                arg: Some(value),
                            }),
                        ],
                    });
                }
            }
        }
    }
}

impl super::scope::Resolver {
    /// `(0, eval)` or `globalThis.eval` / `global.eval` (the global `eval`
    /// called other than by its name: an indirect eval).
    pub(super) fn is_indirect_eval(&self, callee: &Expr) -> bool {
        let global = |e: &Expr, names: &[&str]| {
            matches!(strip_parens(e), Expr::Ident(id)
                if names.contains(&&*id.sym) && self.lookup(&id.sym).is_none())
        };
        match strip_parens(callee) {
            Expr::Seq(s) => {
                s.exprs.len() > 1
                    && global(s.exprs.last().expect("not empty"), &["eval"])
                    && s.exprs[..s.exprs.len() - 1]
                        .iter()
                        .all(|e| matches!(strip_parens(e), Expr::Lit(_)))
            }
            Expr::Member(m) => {
                matches!(&m.prop, MemberProp::Ident(p) if p.sym == *"eval")
                    && global(&m.obj, &["globalThis", "global"])
            }
            _ => false,
        }
    }

    /// `e` is the global `eval` itself (not shadowed, not through `with`).
    pub(super) fn is_global_eval(&self, e: &Expr) -> bool {
        matches!(strip_parens(e), Expr::Ident(id)
            if id.sym == *"eval" && self.lookup(&id.sym).is_none() && !self.in_with(&id.sym))
    }

    /// `alias(code)` where `alias` is a binding: an indirect eval if the
    /// binding turns out to always hold the global `eval` (decided in
    /// [`Self::alias_eval_sites`]).
    pub(super) fn alias_eval_site(&mut self, callee: &Ident, call: Span, args: &[ExprOrSpread]) {
        if args.iter().any(|a| a.spread.is_some()) {
            return;
        }
        let Some(code) = args.first().and_then(|a| const_string(&a.expr)) else {
            return;
        };
        let Some(b) = self.lookup(&callee.sym) else {
            return;
        };
        if self.in_with(&callee.sym) {
            return;
        }
        let caller = self.caller_name();
        let site = Site {
            call,
            caller,
            kind: SiteKind::Indirect { code },
        };
        self.alias_calls.push((b, site));
    }

    /// The calls of `var e = eval`-style aliases that are indirect evals:
    /// the binding is never assigned again and the program never assigns
    /// the global `eval`.
    pub(super) fn alias_eval_sites(&mut self) {
        if self.a.global_writes.contains("eval") {
            return;
        }
        for (b, site) in std::mem::take(&mut self.alias_calls) {
            if self.eval_aliases.contains(&b) && !self.a.bindings[b].reassigned {
                self.a.eval_sites.push(site);
            }
        }
    }

    /// The caller's name as V8 prints it in `eval at NAME (…)`.
    fn caller_name(&self) -> String {
        let f = &self.a.funcs[self.func];
        if self.func == SCRIPT_FUNC || f.name.is_empty() {
            "<anonymous>".into()
        } else {
            f.name.clone()
        }
    }

    /// A call of the global `eval` (`direct`: by its name): recorded as a
    /// site when its code is constant, else warned about.
    pub(super) fn eval_site(&mut self, call: Span, args: &[ExprOrSpread], direct: bool) {
        let Some(first) = args.first() else { return };
        let code = if args.iter().any(|a| a.spread.is_some()) {
            None
        } else {
            const_string(&first.expr)
        };
        let Some(code) = code else {
            if first.spread.is_some() || !non_string_literal(&first.expr) {
                self.eval_warnings.push(Diagnostic::new(
                    call,
                    "`eval` of a string known only at run time cannot be compiled ahead of time: it throws EvalError if it runs",
                ));
            }
            return;
        };
        let caller = self.caller_name();
        let kind = if direct {
            // Eval code's own eval: its variable environment is the outer
            // eval's, so skip the arrows direct evals became.
            let mut fid = self.func;
            while self.a.funcs[fid].kind == FuncKind::Arrow
                && self
                    .made
                    .trace
                    .contains_key(&(self.a.funcs[fid].span.lo, self.a.funcs[fid].span.hi))
            {
                match self.a.funcs[fid].parent {
                    Some(p) => fid = p,
                    None => break,
                }
            }
            let mut nearest = self.func;
            while self.a.funcs[nearest].kind == FuncKind::Arrow {
                match self.a.funcs[nearest].parent {
                    Some(p) => nearest = p,
                    None => break,
                }
            }
            let in_function = nearest != SCRIPT_FUNC;
            let strict = self.a.funcs[self.func].strict;
            let f = &self.a.funcs[fid];
            let opaque = self.made.opaque.contains(&(f.span.lo, f.span.hi));
            let key = (f.span.lo, f.span.hi);
            let target = match f.kind {
                _ if self.in_params && fid == self.func => None,
                _ if self.made.global_code.contains(&key) => Some(Target::Global),
                _ if opaque => None,
                FuncKind::Script => Some(Target::Script),
                FuncKind::Decl | FuncKind::Expr | FuncKind::Arrow => {
                    Some(Target::Func(f.span.lo, f.span.hi))
                }
                FuncKind::Method if f.key_lo.is_some() => Some(Target::Func(f.span.lo, f.span.hi)),
                _ => None,
            };
            let mut lexical = vec![];
            let mut s = Some(self.scope);
            while let Some(id) = s {
                for &b in &self.a.scopes[id].bindings {
                    if self.a.bindings[b].kind.is_lexical() {
                        lexical.push(self.a.bindings[b].name.clone());
                    }
                }
                if id == f.scope {
                    break;
                }
                s = self.a.scopes[id].parent;
            }
            SiteKind::Direct {
                code,
                strict,
                target,
                lexical,
                in_function,
                in_params: self.in_params,
                in_field_init: self.in_field_init,
            }
        } else {
            SiteKind::Indirect { code }
        };
        self.a.eval_sites.push(Site { call, caller, kind });
    }

    /// `Function(…)` or `new Function(…)`: a site when every argument is a
    /// constant string, else warned about.
    pub(super) fn function_site(&mut self, call: Span, args: &[ExprOrSpread]) {
        let strings: Option<Vec<String>> = args
            .iter()
            .map(|a| match a.spread {
                Some(_) => None,
                None => const_string(&a.expr),
            })
            .collect();
        let Some(mut params) = strings else {
            self.eval_warnings.push(Diagnostic::new(
                call,
                "`Function` of strings known only at run time cannot be compiled ahead of time: it throws EvalError if it runs",
            ));
            return;
        };
        let body = params.pop().unwrap_or_default();
        let caller = self.caller_name();
        self.a.eval_sites.push(Site {
            call,
            caller,
            kind: SiteKind::Function { params, body },
        });
    }
}
