//! Resolution of the object model's constructs: `this`, `new.target`,
//! `super`, `arguments`, object and array literals, and classes.
//!
//! `this`, `new.target`, the home object (for `super.x`) and the active
//! function (for `super(...)`) are *synthetic bindings* that every non-arrow
//! function declares in its own scope; arrows find their enclosing function's
//! through the scope chain and capture them like any variable. References to
//! them are recorded in `Analysis::synth_refs` by source position.

use super::scope::{Resolver, Use};
use super::*;
use crate::diag::{CResult, Diagnostic};
use crate::syntax::ast::strip_parens;
use std::collections::HashMap;
use swc_common::{BytePos, Spanned, DUMMY_SP};
use swc_ecma_ast::*;

/// Methods with more top-level statements than this are never inlined.
pub const MAX_INLINE_STMTS: usize = 6;

impl Resolver {
    /// Declares a compiler-introduced binding `name` in `scope`.
    pub(super) fn declare_synth(&mut self, name: &str, scope: ScopeId) -> BindingId {
        let b = self.a.bindings.len();
        self.a.bindings.push(Binding {
            name: name.to_string(),
            kind: BindingKind::Synthetic,
            func: self.a.scopes[scope].func,
            scope,
            span: DUMMY_SP,
            init_end: BytePos(0),
            captured: false,
            reassigned: true,
            needs_hole: false,
            var_always_initialised: false,
            storage: Storage::Local,
            ty: Ty::Any,
            known_fn: None,
            destructured: false,
            dynamic: false,
        });
        self.a.scopes[scope].bindings.push(b);
        self.a.scopes[scope].names.insert(name.to_string(), b);
        b
    }

    /// The synthetic bindings of non-arrow function `fid`, in `scope`.
    pub(super) fn declare_this_bindings(&mut self, fid: FuncId, scope: ScopeId) {
        let t = self.declare_synth("%this", scope);
        let nt = self.declare_synth("%newtarget", scope);
        let home = self.declare_synth("%home", scope);
        let f = self.declare_synth("%fn", scope);
        let fi = &mut self.a.funcs[fid];
        fi.this_binding = Some(t);
        fi.new_target_binding = Some(nt);
        fi.home_binding = Some(home);
        fi.fn_binding = Some(f);
    }

    /// A use of synthetic binding `name` at position `lo`.
    pub(super) fn synth_ref(&mut self, name: &str, lo: BytePos) -> CResult<()> {
        if let Some(b) = self.lookup(name) {
            self.uses.push(Use {
                binding: b,
                lo,
                func: self.func,
                callee: false,
                synth: true,
                hidden: false,
            });
        }
        Ok(())
    }

    /// Declares the `arguments` binding of the nearest non-arrow function.
    pub(super) fn declare_arguments(&mut self) {
        let mut f = self.func;
        while self.a.funcs[f].kind == FuncKind::Arrow {
            match self.a.funcs[f].parent {
                Some(p) => f = p,
                None => return,
            }
        }
        if f == SCRIPT_FUNC {
            return;
        }
        let scope = self.a.funcs[f].scope;
        if scope >= self.a.scopes.len() {
            // A class's field initialisers (eval code in them included) are
            // resolved before its constructor has a scope: no `arguments`
            // there (Node: a SyntaxError; kiln: a ReferenceError at run time).
            return;
        }
        let b = self.declare_synth("arguments", scope);
        self.a.funcs[f].arguments_binding = Some(b);
        // `arguments.callee` exposes the function object: it needs its
        // generic entry.
        self.a.funcs[f].escapes = true;
    }

    pub(super) fn super_prop(&mut self, s: &SuperPropExpr) -> CResult<()> {
        if self.lookup("%home").is_none() {
            return Err(Diagnostic::new(
                s.span,
                "syntax error: 'super' keyword unexpected here",
            ));
        }
        self.synth_ref("%home", s.span.lo)?;
        self.synth_ref("%this", s.span.lo + BytePos(1))?;
        if let SuperProp::Computed(c) = &s.prop {
            self.expr(&c.expr)?;
        }
        Ok(())
    }

    pub(super) fn super_call(&mut self, span: swc_common::Span) -> CResult<()> {
        // The nearest non-arrow function must be a derived class constructor.
        let mut f = self.func;
        while self.a.funcs[f].kind == FuncKind::Arrow {
            f = self.a.funcs[f].parent.unwrap_or(SCRIPT_FUNC);
        }
        if !(self.a.funcs[f].kind == FuncKind::ClassCtor && self.a.funcs[f].derived) {
            return Err(Diagnostic::new(
                span,
                "syntax error: 'super' keyword unexpected here",
            ));
        }
        self.synth_ref("%fn", span.lo)?;
        self.synth_ref("%this", span.lo + BytePos(1))?;
        self.synth_ref("%newtarget", span.lo + BytePos(2))
    }

    /// Walks `value`, naming it `name` if it is an anonymous function.
    pub(super) fn named_value(&mut self, value: &Expr, name: &str) -> CResult<()> {
        let fid = match strip_parens(value) {
            Expr::Fn(fe) if fe.ident.is_none() => self.fn_expr(fe, Some(name))?,
            Expr::Arrow(ar) => self.arrow(ar, name)?,
            Expr::Class(c) if c.ident.is_none() => {
                return self.class_named(&c.class, None, name);
            }
            _ => return self.expr(value),
        };
        self.a.funcs[fid].escapes = true;
        Ok(())
    }

    pub(super) fn array_lit(&mut self, a: &ArrayLit) -> CResult<()> {
        for e in a.elems.iter().flatten() {
            self.expr(&e.expr)?;
        }
        Ok(())
    }

    fn method(
        &mut self,
        f: &Function,
        name: String,
        span: &swc_common::Span,
        key_lo: swc_common::BytePos,
    ) -> CResult<()> {
        let fid = self.new_func(FuncKind::Method, name, span);
        self.a.funcs[fid].escapes = true;
        self.a.funcs[fid].key_lo = Some(key_lo);
        self.function(fid, f, None)
    }

    /// Marks the method at `span` a getter or setter (`kw`), whose source
    /// text starts with that keyword.
    fn set_accessor(&mut self, span: swc_common::Span, kw: &'static str) {
        let fid = self.a.func_at(span);
        self.a.funcs[fid].accessor = Some(kw);
    }

    fn private_accessor(&mut self, p: &PrivateMethod) {
        match p.kind {
            MethodKind::Getter => self.set_accessor(p.function.span, "get"),
            MethodKind::Setter => self.set_accessor(p.function.span, "set"),
            MethodKind::Method => {}
        }
    }

    /// Records plain method `fid` under its (non-computed) key; small bodies
    /// are copied for the inliner.
    fn record_method(&mut self, key: &PropName, fid: FuncId, f: &Function) {
        let name = match key {
            PropName::Ident(i) => i.sym.to_string(),
            PropName::Str(s) => s.value.to_string_lossy().into_owned(),
            _ => return,
        };
        let small = f
            .body
            .as_ref()
            .is_some_and(|b| b.stmts.len() <= MAX_INLINE_STMTS);
        let node = small.then(|| Box::new(f.clone()));
        self.a.methods.entry(name).or_default().push((fid, node));
    }

    fn prop_name(&mut self, k: &PropName) -> CResult<String> {
        Ok(match k {
            PropName::Ident(i) => i.sym.to_string(),
            PropName::Str(s) => s.value.to_string_lossy().into_owned(),
            PropName::Num(n) => kiln_runtime::text::number_format::to_rust_string(n.value),
            PropName::Computed(c) => {
                self.expr(&c.expr)?;
                String::new()
            }
            PropName::BigInt(b) => b.value.to_string(),
        })
    }

    pub(super) fn object_lit(&mut self, o: &ObjectLit) -> CResult<()> {
        // `__proto__: v` sets the prototype; twice is an early error.
        let mut proto_seen = false;
        for p in &o.props {
            match p {
                PropOrSpread::Spread(s) => self.expr(&s.expr)?,
                PropOrSpread::Prop(p) => match &**p {
                    Prop::Shorthand(id) => self.reference(id, false, false),
                    Prop::KeyValue(kv) => {
                        let is_proto = match &kv.key {
                            PropName::Ident(i) => &*i.sym == "__proto__",
                            PropName::Str(s) => s.value.as_str() == Some("__proto__"),
                            _ => false,
                        };
                        if is_proto && std::mem::replace(&mut proto_seen, true) {
                            return Err(Diagnostic::new(
                                kv.key.span(),
                                "syntax error: Duplicate __proto__ fields are not allowed in object literals",
                            ));
                        }
                        let name = self.prop_name(&kv.key)?;
                        self.named_value(&kv.value, &name)?;
                        if let Expr::Fn(fe) = strip_parens(&kv.value) {
                            // Called as a method, V8 names the frame
                            // `Object.<name>`, or `Object.<own name> [as <name>]`.
                            let fid = self.a.func_at(fe.function.span);
                            let own = fe.ident.as_ref().map(|i| i.sym.as_str());
                            self.a.funcs[fid].trace_name =
                                Some(method_frame_name("Object", own, &name));
                        }
                    }
                    Prop::Assign(a) => {
                        return Err(Diagnostic::new(
                            a.span(),
                            "syntax error: Invalid shorthand property initializer",
                        ))
                    }
                    Prop::Getter(g) => {
                        let name = self.prop_name(&g.key)?;
                        let name = accessor_name("get", &g.key, name);
                        self.method(&g.function, name, &g.function.span, g.key.span().lo)?;
                        self.set_accessor(g.function.span, "get");
                    }
                    Prop::Setter(st) => {
                        let name = self.prop_name(&st.key)?;
                        let name = accessor_name("set", &st.key, name);
                        self.method(&st.function, name, &st.function.span, st.key.span().lo)?;
                        self.set_accessor(st.function.span, "set");
                    }
                    Prop::Method(m) => {
                        let name = self.prop_name(&m.key)?;
                        self.method(&m.function, name.clone(), &m.function.span, m.key.span().lo)?;
                        let fid = self.a.func_at(m.function.span);
                        self.a.funcs[fid].trace_name = Some(format!("Object.{name}"));
                        self.record_method(&m.key, fid, &m.function);
                    }
                },
            }
        }
        Ok(())
    }

    /// The static initialiser of class `c`: a synthetic method (keyed by the
    /// empty span at the class's start) run once with `this` = the class,
    /// holding the static fields and blocks in order.
    fn static_init(&mut self, c: &Class) -> CResult<()> {
        let has = c.body.iter().any(|m| match m {
            ClassMember::ClassProp(p) => p.is_static,
            ClassMember::PrivateProp(p) => p.is_static,
            ClassMember::PrivateMethod(p) => p.is_static,
            ClassMember::StaticBlock(_) => true,
            _ => false,
        });
        if !has {
            return Ok(());
        }
        let saved = (self.scope, self.func, self.unconditional);
        let span = swc_common::Span::new(c.span.lo, c.span.lo);
        let fid = self.new_func(FuncKind::Method, "<static_initializer>".into(), &span);
        self.a.funcs[fid].strict = true;
        self.a.funcs[fid].escapes = true;
        self.func = fid;
        let fs = self.push_scope(ScopeKind::Function, None);
        self.a.scopes[fs].func = fid;
        self.a.funcs[fid].scope = fs;
        self.declare_this_bindings(fid, fs);
        let saved_field = std::mem::replace(&mut self.in_field_init, true);
        for m in &c.body {
            match m {
                ClassMember::ClassProp(p) if p.is_static => {
                    let key = self.prop_name(&p.key)?;
                    if let Some(v) = &p.value {
                        self.named_value(v, &key)?;
                    }
                }
                ClassMember::PrivateProp(p) if p.is_static => {
                    self.private_ref(&p.key)?;
                    if let Some(v) = &p.value {
                        self.named_value(v, &format!("#{}", p.key.name))?;
                    }
                }
                ClassMember::PrivateMethod(p) if p.is_static => {
                    self.private_ref(&p.key)?;
                    self.method(
                        &p.function,
                        format!("#{}", p.key.name),
                        &p.function.span,
                        p.key.span.lo,
                    )?;
                    self.private_accessor(p);
                }
                ClassMember::StaticBlock(b) => {
                    // Each static block is a function body of its own: its
                    // `var`s share the block's scope with its lexical
                    // declarations (a name in both is an error) and are not
                    // seen by the other blocks.
                    let saved_unconditional = std::mem::replace(&mut self.unconditional, false);
                    let bs = self.push_scope(ScopeKind::Block, Some(b.body.span));
                    let outer = std::mem::replace(&mut self.a.funcs[fid].scope, bs);
                    self.hoist_vars(&b.body.stmts)?;
                    self.declare_lexical(&b.body.stmts)?;
                    self.stmts(&b.body.stmts)?;
                    self.a.funcs[fid].scope = outer;
                    self.pop_scope();
                    self.unconditional = saved_unconditional;
                }
                _ => {}
            }
        }
        self.in_field_init = saved_field;
        (self.scope, self.func, self.unconditional) = saved;
        Ok(())
    }

    /// A use of private name `#x` (its binding) at `lo`.
    pub(super) fn private_ref(&mut self, p: &PrivateName) -> CResult<()> {
        let name = format!("#{}", p.name);
        if self.lookup(&name).is_none() {
            return Err(Diagnostic::new(
                p.span,
                format!(
                    "syntax error: Private field '{name}' must be declared in an enclosing class"
                ),
            ));
        }
        self.synth_ref(&name, p.span.lo)
    }

    pub(super) fn class(&mut self, c: &Class, ident: Option<&Ident>) -> CResult<()> {
        let name = ident.map(|i| i.sym.to_string()).unwrap_or_default();
        self.class_named(c, ident, &name)
    }

    /// Resolves class `c` (its binding, if a declaration, is already declared).
    pub(super) fn class_named(
        &mut self,
        c: &Class,
        ident: Option<&Ident>,
        name: &str,
    ) -> CResult<()> {
        let saved = (self.scope, self.func);
        // All of a class is strict code, the heritage and computed keys
        // too: functions created there are strict.
        let was_strict = std::mem::replace(&mut self.a.funcs[self.func].strict, true);
        // The class scope: the inner, immutable class name binding.
        self.push_scope(ScopeKind::Block, Some(c.span));
        let mut inner = None;
        if let Some(id) = ident {
            // The inner binding shares the identifier with a declaration's
            // outer one, which keeps the `decls` entry.
            let outer = self.a.decls.get(&id.span.lo).copied();
            let b = self.declare(id, BindingKind::Const, self.scope)?;
            self.a.bindings[b].init_end = c.span.hi;
            if let Some(o) = outer {
                self.a.decls.insert(id.span.lo, o);
            }
            inner = Some(b);
        }
        // The heritage sees the class binding but not the class's private
        // names (the enclosing private environment).
        if let Some(sc) = &c.super_class {
            self.expr(sc)?;
        }
        // Private names: one binding per name, holding its private symbol.
        // A name is declared once, or as one getter and one setter (both
        // static or both not).
        let mut declared: HashMap<String, (Option<MethodKind>, bool)> = HashMap::new();
        for m in &c.body {
            let (p, kind, is_static) = match m {
                ClassMember::PrivateProp(p) => (&p.key, None, p.is_static),
                ClassMember::PrivateMethod(p) => (&p.key, Some(p.kind), p.is_static),
                _ => continue,
            };
            let name = format!("#{}", p.name);
            if let Some(&(prev, prev_static)) = declared.get(&name) {
                let pair = matches!(
                    (prev, kind),
                    (Some(MethodKind::Getter), Some(MethodKind::Setter))
                        | (Some(MethodKind::Setter), Some(MethodKind::Getter))
                ) && prev_static == is_static;
                if !pair {
                    return Err(Diagnostic::new(
                        p.span,
                        format!("syntax error: Identifier '{name}' has already been declared"),
                    ));
                }
                // The pair is complete: a third one is a duplicate.
                declared.insert(name, (Some(MethodKind::Method), is_static));
                continue;
            }
            declared.insert(name.clone(), (kind, is_static));
            let s = self.scope;
            self.declare_synth(&name, s);
        }
        let class_scope = self.scope;
        // Computed instance field names are evaluated once, when the class is
        // defined, into a binding of the class scope the constructor reads.
        for m in &c.body {
            if let ClassMember::ClassProp(p) = m {
                if let (false, PropName::Computed(k)) = (p.is_static, &p.key) {
                    self.expr(&k.expr)?;
                    let name = format!("%fieldkey{}", k.span.lo.0);
                    self.declare_synth(&name, class_scope);
                }
            }
        }
        // The constructor, explicit or implicit.
        let class_name = name.to_string();
        let fid = self.new_func(FuncKind::ClassCtor, name.to_string(), &c.span);
        self.a.funcs[fid].trace_name = Some(if name.is_empty() {
            "new <anonymous>".to_owned()
        } else {
            format!("new {name}")
        });
        // `new C(...)` inside the class (its methods) names the inner binding.
        if let Some(b) = inner {
            if let Some(node) = ctor_as_function(c) {
                self.a.ctors.insert(b, (fid, Some(Box::new(node))));
            }
        }
        let fi = &mut self.a.funcs[fid];
        fi.strict = true;
        fi.escapes = true;
        fi.derived = c.super_class.is_some();
        self.func = fid;
        let inst = self.push_scope(ScopeKind::Block, None);
        self.a.scopes[inst].func = fid;
        self.declare_this_bindings(fid, inst);
        self.a.funcs[fid].instance_scope = Some(inst);
        let saved_field = std::mem::replace(&mut self.in_field_init, true);
        for m in &c.body {
            match m {
                ClassMember::ClassProp(p) if !p.is_static => {
                    let key = match &p.key {
                        PropName::Computed(k) => {
                            let name = format!("%fieldkey{}", k.span.lo.0);
                            self.synth_ref(&name, k.span.lo)?;
                            String::new()
                        }
                        other => self.prop_name(other)?,
                    };
                    if let Some(v) = &p.value {
                        self.named_value(v, &key)?;
                    }
                }
                ClassMember::PrivateProp(p) if !p.is_static => {
                    self.private_ref(&p.key)?;
                    if let Some(v) = &p.value {
                        self.named_value(v, &format!("#{}", p.key.name))?;
                    }
                }
                ClassMember::PrivateMethod(p) if !p.is_static => {
                    self.private_ref(&p.key)?;
                    let name = format!("#{}", p.key.name);
                    self.method(&p.function, name, &p.function.span, p.key.span.lo)?;
                    self.private_accessor(p);
                    let fid = self.a.func_at(p.function.span);
                    self.a.funcs[fid].strict = true;
                }
                ClassMember::AutoAccessor(a) => {
                    return Err(Diagnostic::unsupported(a.span, "an auto-accessor"))
                }
                _ => {}
            }
        }
        self.in_field_init = saved_field;
        if let Some(ctor) = c.body.iter().find_map(|m| match m {
            ClassMember::Constructor(k) => Some(k),
            _ => None,
        }) {
            let mut params = vec![];
            for p in &ctor.params {
                match p {
                    ParamOrTsParamProp::Param(p) => params.push(&p.pat),
                    ParamOrTsParamProp::TsParamProp(t) => {
                        return Err(Diagnostic::unsupported(t.span, "TypeScript syntax"))
                    }
                }
            }
            let Some(body) = &ctor.body else {
                return Err(Diagnostic::new(
                    ctor.span,
                    "syntax error: constructor without a body",
                ));
            };
            self.function_common(fid, &params, &body.stmts, None, None)?;
        } else {
            // The implicit constructor has no body; give it its (empty) scope.
            let fs = self.push_scope(ScopeKind::Function, None);
            self.a.funcs[fid].scope = fs;
        }
        self.scope = class_scope;
        self.func = saved.1;
        self.static_init(c)?;
        for m in &c.body {
            if let ClassMember::Method(m) = m {
                let key = self.prop_name(&m.key)?;
                let name = match m.kind {
                    MethodKind::Getter => accessor_name("get", &m.key, key.clone()),
                    MethodKind::Setter => accessor_name("set", &m.key, key.clone()),
                    MethodKind::Method => key.clone(),
                };
                let plain = matches!(m.kind, MethodKind::Method);
                self.method(&m.function, name.clone(), &m.function.span, m.key.span().lo)?;
                let fid = self.a.func_at(m.function.span);
                self.a.funcs[fid].strict = true;
                match m.kind {
                    MethodKind::Getter => self.set_accessor(m.function.span, "get"),
                    MethodKind::Setter => self.set_accessor(m.function.span, "set"),
                    MethodKind::Method => {}
                }
                if plain {
                    self.record_method(&m.key, fid, &m.function);
                }
                if plain && !class_name.is_empty() {
                    self.a.funcs[fid].trace_name = Some(format!("{class_name}.{name}"));
                } else if !plain && !name.is_empty() {
                    // V8: `get g [as g]`.
                    self.a.funcs[fid].trace_name = Some(format!("{name} [as {key}]"));
                }
            }
        }
        self.scope = saved.0;
        self.func = saved.1;
        self.a.funcs[self.func].strict = was_strict;
        Ok(())
    }
}

/// The `name` of an accessor: `get x`, or empty for a computed key (the
/// runtime names it when the key is known).
fn accessor_name(prefix: &str, key: &PropName, name: String) -> String {
    if matches!(key, PropName::Computed(_)) {
        String::new()
    } else {
        format!("{prefix} {name}")
    }
}

/// A base class's constructor as a function node (its parameters and body;
/// an empty body for the implicit constructor), if the class has no
/// instance fields, private methods or accessors, which a constructor call
/// would have to set up first: what `new C(...)` may inline.
pub fn ctor_as_function(c: &Class) -> Option<Function> {
    if c.super_class.is_some() {
        return None;
    }
    let mut ctor = None;
    for m in &c.body {
        match m {
            ClassMember::Constructor(k) => ctor = Some(k),
            ClassMember::ClassProp(p) if !p.is_static => return None,
            ClassMember::PrivateProp(p) if !p.is_static => return None,
            ClassMember::PrivateMethod(p) if !p.is_static => return None,
            ClassMember::AutoAccessor(_) => return None,
            _ => {}
        }
    }
    let Some(k) = ctor else {
        return Some(Function {
            span: c.span,
            body: Some(FunctionBody::default()),
            ..Default::default()
        });
    };
    let params = k
        .params
        .iter()
        .map(|p| match p {
            ParamOrTsParamProp::Param(p) => Some(p.clone()),
            ParamOrTsParamProp::TsParamProp(_) => None,
        })
        .collect::<Option<Vec<Param>>>()?;
    Some(Function {
        params,
        span: k.span,
        body: k.body.clone(),
        ..Default::default()
    })
}

/// V8's frame name of a function called as method `key` of an instance of
/// `class`: `Class.key`, or `Class.own [as key]` for a function named
/// otherwise.
pub(super) fn method_frame_name(class: &str, own: Option<&str>, key: &str) -> String {
    match own {
        Some(own) if !own.is_empty() && own != key => format!("{class}.{own} [as {key}]"),
        _ => format!("{class}.{key}"),
    }
}
