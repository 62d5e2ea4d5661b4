//! Classes: class definitions, constructors (explicit and implicit), instance
//! fields, `super(...)` and the result of derived constructors.
//!
//! A class evaluates to its constructor, a function object flagged as a class
//! constructor; `kiln_class_setup` links it to its parent and creates the
//! prototype, and each method is defined on the prototype (or, `static`, on
//! the constructor) with `kiln_define_method`, which also records the home
//! object `super.x` starts from. Instance fields are initialised by the
//! constructor itself: at its start in a base class, right after `super(...)`
//! returns in a derived one.

use crate::analysis::{FuncKind, ScopeKind, Ty};
use crate::codegen::func::{FnGen, FnNode};
use crate::codegen::value::Tv;
use crate::diag::CResult;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use kiln_runtime::abi::generic;
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;
use swc_common::{BytePos, Span};
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    /// `class C ... {}` as a statement.
    pub fn gen_class_decl(&mut self, c: &'a ClassDecl) -> CResult<()> {
        let ctor = self.gen_class(&c.class)?;
        let bid = self.a.decls[&c.ident.span.lo];
        self.store_binding(bid, Tv::Boxed(ctor, Ty::Any))?;
        Ok(())
    }

    /// `class ... {}` as an expression.
    pub fn gen_class_expr(&mut self, c: &'a ClassExpr) -> CResult<Tv> {
        Ok(Tv::Boxed(self.gen_class(&c.class)?, Ty::Any))
    }

    /// ClassDefinitionEvaluation: returns the constructor.
    fn gen_class(&mut self, c: &'a Class) -> CResult<Value> {
        let scope = self.a.scope_at(c.span, ScopeKind::Block);
        if let Some(s) = scope {
            self.enter_scope(s)?;
        }
        let parent = match &c.super_class {
            Some(e) => {
                let tv = self.gen_expr(e)?;
                Some(self.boxed(tv))
            }
            None => None,
        };
        // Private names: a fresh symbol each time the class is evaluated.
        let class_name = self.a.funcs[self.a.func_at(c.span)].name.clone();
        if let Some(s) = scope {
            let cn = self.str_value(&class_name)?;
            for &b in &self.a.scopes[s].bindings.clone() {
                let name = self.a.bindings[b].name.clone();
                if name.starts_with('#') {
                    let d = self.str_value(&name)?;
                    let sym = self.call_rt(RtFn::NewPrivate, &[d, cn])?;
                    self.init_binding(b, Tv::Boxed(sym, Ty::Any))?;
                }
            }
        }
        // Instance private methods and accessors: one function each, which
        // every instance receives (so `a.#m === b.#m`).
        for m in &c.body {
            if let ClassMember::PrivateMethod(p) = m {
                if !p.is_static {
                    let sym = self.read_synth(p.key.span.lo)?;
                    let f = self.method_closure(&p.function)?;
                    let k = self.b.ins().iconst(types::I64, 1 + private_kind(p.kind));
                    self.call_rt(RtFn::PrivateMethod, &[sym, f, k])?;
                }
            }
        }
        // The cells of computed field names exist before the constructor
        // closure captures them (they are filled in below, in element order).
        if let Some(s) = scope {
            for &b in &self.a.scopes[s].bindings.clone() {
                if self.a.bindings[b].name.starts_with("%fieldkey") {
                    let u = self.undefined();
                    self.init_binding(b, u)?;
                }
            }
        }
        let fid = self.a.func_at(c.span);
        self.queue(fid, FnNode::Class(c));
        let ctor = self.make_closure(fid)?;
        let (p, has) = match parent {
            Some(p) => (p, 1),
            None => (self.b.ins().iconst(types::I64, nb::UNDEFINED as i64), 0),
        };
        let has = self.b.ins().iconst(types::I64, has);
        self.set_loc(c.span);
        let proto = self.call_rt_checked(RtFn::ClassSetup, &[ctor, p, has])?;
        // The inner name binding (immutable) sees the class from here on.
        if let Some(s) = scope {
            let inner = self.a.scopes[s]
                .bindings
                .iter()
                .copied()
                .find(|&b| self.a.bindings[b].kind == crate::analysis::BindingKind::Const);
            if let Some(b) = inner {
                self.store_binding(b, Tv::Boxed(ctor, Ty::Any))?;
            }
        }
        for m in &c.body {
            // Computed instance field names, evaluated now (in element order).
            if let ClassMember::ClassProp(p) = m {
                if let (false, PropName::Computed(k)) = (p.is_static, &p.key) {
                    let tv = self.gen_expr(&k.expr)?;
                    let v = self.boxed(tv);
                    let name = format!("%fieldkey{}", k.span.lo.0);
                    let s = scope.expect("classes have a scope");
                    let b = self.a.scopes[s].names[&name];
                    self.store_binding(b, Tv::Boxed(v, Ty::Any))?;
                }
            }
            if let ClassMember::Method(m) = m {
                let key = self.prop_key(&m.key)?;
                let f = self.method_closure(&m.function)?;
                let kind = match m.kind {
                    MethodKind::Method => 0,
                    MethodKind::Getter => 1,
                    MethodKind::Setter => 2,
                };
                let target = if m.is_static { ctor } else { proto };
                self.define_method(target, key, f, kind, false)?;
            }
        }
        // Static fields and blocks, in order, with `this` = the class.
        let span = Span::new(c.span.lo, c.span.lo);
        if let Some(&sid) = self.a.func_by_span.get(&(span.lo, span.hi)) {
            self.queue(sid, FnNode::StaticInit(c));
            let f = self.make_closure(sid)?;
            let p = self.b.ins().band_imm_s(f, nb::PAYLOAD_MASK as i64);
            self.b.ins().store(
                cranelift_codegen::ir::MemFlagsData::trusted(),
                ctor,
                p,
                kiln_runtime::abi::layout::FUNCTION_HOME_OFFSET,
            );
            let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
            self.call_value(f, ctor, &[], undef, "static initializer", false)?;
        }
        Ok(ctor)
    }

    /// The body of a class's static initialiser.
    pub fn gen_static_init(&mut self, c: &'a Class, params: &[Value]) -> CResult<()> {
        self.init_synthetic(params, false)?;
        self.init_synthetic(params, true)?;
        let scope = self.a.funcs[self.fid].scope;
        self.enter_scope(scope)?;
        let this = params[generic::THIS];
        for m in &c.body {
            match m {
                ClassMember::ClassProp(p) if p.is_static => {
                    let key = self.prop_key(&p.key)?;
                    let v = match &p.value {
                        Some(e) => self.gen_expr(e)?,
                        None => self.undefined(),
                    };
                    let v = self.boxed(v);
                    self.set_loc(p.span);
                    self.call_rt_checked(RtFn::DefineField, &[this, key, v])?;
                }
                ClassMember::PrivateProp(p) if p.is_static => {
                    let sym = self.read_synth(p.key.span.lo)?;
                    let v = match &p.value {
                        Some(e) => self.gen_expr(e)?,
                        None => self.undefined(),
                    };
                    let v = self.boxed(v);
                    self.private_define(this, sym, v, 0)?;
                }
                ClassMember::PrivateMethod(p) if p.is_static => {
                    let sym = self.read_synth(p.key.span.lo)?;
                    let f = self.method_closure(&p.function)?;
                    let k = 1 + private_kind(p.kind);
                    self.private_define(this, sym, f, k)?;
                }
                ClassMember::StaticBlock(b) => self.gen_block(&b.body)?,
                _ => {}
            }
        }
        let u = self.undefined();
        self.gen_return_value(u)
    }

    fn private_define(&mut self, o: Value, sym: Value, v: Value, kind: i64) -> CResult<()> {
        let k = self.b.ins().iconst(types::I64, kind);
        self.call_rt_checked(RtFn::PrivateDefine, &[o, sym, v, k])?;
        Ok(())
    }

    /// The body of a class constructor.
    pub fn gen_class_ctor(&mut self, c: &'a Class, params: &[Value]) -> CResult<()> {
        let fi = &self.a.funcs[self.fid];
        let derived = fi.derived;
        let nt = params[generic::NEW_TARGET];
        // Called without `new`?
        let no_new = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, nt, nb::UNDEFINED as i64);
        let callee = self.callee;
        self.throw_if(no_new, |g| {
            g.call_rt(RtFn::ThrowClassCall, &[callee]).map(|_| ())
        })?;
        let inst = fi
            .instance_scope
            .expect("class constructors have an instance scope");
        self.enter_scope(inst)?;
        let fi = &self.a.funcs[self.fid];
        let this0 = if derived {
            self.b.ins().iconst(types::I64, nb::HOLE as i64)
        } else {
            params[generic::THIS]
        };
        let bindings = [
            (fi.this_binding, this0),
            (fi.new_target_binding, nt),
            (fi.fn_binding, callee),
        ];
        for (b, v) in bindings {
            if let Some(b) = b {
                self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
            }
        }
        if let Some(b) = self.a.funcs[self.fid].home_binding {
            let p = self.b.ins().band_imm_s(callee, nb::PAYLOAD_MASK as i64);
            let home = self.b.ins().load(
                types::I64,
                cranelift_codegen::ir::MemFlagsData::trusted(),
                p,
                kiln_runtime::abi::layout::FUNCTION_HOME_OFFSET,
            );
            self.init_binding(b, Tv::Boxed(home, Ty::Any))?;
        }
        self.class = Some(c);
        if !derived {
            self.init_fields(this0)?;
        }
        let scope = self.a.funcs[self.fid].scope;
        self.enter_scope(scope)?;
        if let Some(b) = self.a.funcs[self.fid].arguments_binding {
            let st = self.b.ins().iconst(types::I64, 1);
            let args = [
                params[generic::ARGC],
                params[generic::ARG0],
                params[generic::ARG0 + 1],
                params[generic::ARG0 + 2],
                params[generic::REST],
                callee,
                st,
            ];
            let v = self.call_rt(RtFn::NewArguments, &args)?;
            self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
        }
        let ctor = c.body.iter().find_map(|m| match m {
            ClassMember::Constructor(k) => Some(k),
            _ => None,
        });
        match ctor.and_then(|k| k.body.as_ref()) {
            Some(body) => self.gen_stmts(&body.stmts)?,
            None if derived => {
                // constructor(...args) { super(...args); }
                self.super_call_with(params, c.span)?;
            }
            None => {}
        }
        let u = self.undefined();
        self.gen_return_value(u)
    }

    /// Runs the instance field initialisers of the class being constructed on `this`.
    fn init_fields(&mut self, this: Value) -> CResult<()> {
        let Some(c) = self.class else { return Ok(()) };
        // Private methods and accessors first (once per name), then the
        // fields in order.
        let mut branded = vec![];
        for m in &c.body {
            if let ClassMember::PrivateMethod(p) = m {
                if !p.is_static && !branded.contains(&p.key.name) {
                    branded.push(p.key.name.clone());
                    let sym = self.read_synth(p.key.span.lo)?;
                    self.call_rt_checked(RtFn::PrivateBrand, &[this, sym])?;
                }
            }
        }
        for m in &c.body {
            match m {
                ClassMember::ClassProp(p) if !p.is_static => {
                    let key = match &p.key {
                        PropName::Computed(k) => self.read_synth(k.span.lo)?,
                        other => self.prop_key(other)?,
                    };
                    let v = match &p.value {
                        Some(e) => self.gen_expr(e)?,
                        None => self.undefined(),
                    };
                    let v = self.boxed(v);
                    self.set_loc(p.span);
                    self.call_rt_checked(RtFn::DefineField, &[this, key, v])?;
                }
                ClassMember::PrivateProp(p) if !p.is_static => {
                    let sym = self.read_synth(p.key.span.lo)?;
                    let v = match &p.value {
                        Some(e) => self.gen_expr(e)?,
                        None => self.undefined(),
                    };
                    let v = self.boxed(v);
                    self.set_loc(p.span);
                    self.private_define(this, sym, v, 0)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// `super(args)` in a derived constructor.
    pub fn gen_super_call(&mut self, c: &'a CallExpr, span: Span) -> CResult<Tv> {
        if c.args.iter().any(|a| a.spread.is_some()) {
            // super(...args): construct the parent with the spread list.
            let arr = self.spread_args(&c.args)?;
            let active = self.read_synth(span.lo)?;
            let nt = self.read_synth(span.lo + BytePos(2))?;
            self.set_loc(c.span);
            let parent = self.call_rt_checked(RtFn::SuperConstructor, &[active])?;
            let t = self.str_value("super")?;
            let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
            let r = self.call_rt_checked(RtFn::CallSpread, &[parent, undef, arr, nt, t])?;
            return self.bind_super_result(r, r, span);
        }
        let vals = self.arg_values(&c.args)?;
        let active = self.read_synth(span.lo)?;
        let nt = self.read_synth(span.lo + BytePos(2))?;
        self.set_loc(c.span);
        let parent = self.call_rt_checked(RtFn::SuperConstructor, &[active])?;
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let this0 = self.call_rt_checked(RtFn::ConstructThis, &[parent, nt, undef])?;
        let r = self
            .call_value(parent, this0, &vals, nt, "super", false)?
            .expect("not a tail call");
        self.bind_super_result(r, this0, span)
    }

    /// The implicit `super(...args)`: forwards this call's own arguments.
    fn super_call_with(&mut self, params: &[Value], span: Span) -> CResult<()> {
        let nt = params[generic::NEW_TARGET];
        let active = self.callee;
        let parent = self.call_rt_checked(RtFn::SuperConstructor, &[active])?;
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let this0 = self.call_rt_checked(RtFn::ConstructThis, &[parent, nt, undef])?;
        let ptr = self.b.ins().band_imm_s(parent, nb::PAYLOAD_MASK as i64);
        let code = self.b.ins().load(
            types::I64,
            cranelift_codegen::ir::MemFlagsData::trusted(),
            ptr,
            kiln_runtime::abi::layout::FUNCTION_CODE_OFFSET,
        );
        let mut args = vec![parent, params[generic::ARGC], this0];
        args.extend_from_slice(&params[generic::ARG0..generic::REST]);
        args.push(params[generic::REST]);
        args.push(nt);
        let sig = self.generic_sig();
        let call = self.b.ins().call_indirect(sig, code, &args);
        let r = self.b.inst_results(call)[0];
        self.check_exception(r);
        self.bind_super_result(r, this0, span)?;
        Ok(())
    }

    /// Binds `this` after `super(...)` returned `r` (for `this0`) and runs
    /// the field initialisers.
    fn bind_super_result(&mut self, r: Value, this0: Value, span: Span) -> CResult<Tv> {
        let is_obj = {
            let tag = self.b.ins().ushr_imm_s(r, nb::TAG_SHIFT as i64);
            self.b
                .ins()
                .icmp_imm_s(IntCC::Equal, tag, nb::TAG_OBJECT as i64)
        };
        let this = self.b.ins().select(is_obj, r, this0);
        let Some(tb) = self.this_binding_here() else {
            return Ok(Tv::Boxed(this, Ty::Any));
        };
        let cur = self.read_binding(tb, false)?;
        let cur = self.boxed(cur);
        let bound = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, cur, nb::HOLE as i64);
        self.throw_if(bound, |g| g.call_rt(RtFn::ThrowSuperTwice, &[]).map(|_| ()))?;
        self.store_binding(tb, Tv::Boxed(this, Ty::Any))?;
        let _ = span;
        if self.a.funcs[self.fid].kind == FuncKind::ClassCtor {
            self.init_fields(this)?;
        }
        Ok(Tv::Boxed(this, Ty::Any))
    }

    /// The `this` binding visible here (the enclosing non-arrow function's).
    fn this_binding_here(&self) -> Option<usize> {
        let mut f = self.fid;
        while self.a.funcs[f].kind == FuncKind::Arrow {
            f = self.a.funcs[f].parent?;
        }
        self.a.funcs[f].this_binding
    }

    /// What `return v` returns from a derived constructor (others: `v`).
    pub fn ctor_result(&mut self, tv: Tv) -> CResult<Tv> {
        let fi = &self.a.funcs[self.fid];
        if !(fi.kind == FuncKind::ClassCtor && fi.derived) {
            return Ok(tv);
        }
        let v = self.boxed(tv);
        let tb = fi.this_binding.expect("constructors bind this");
        let this = self.read_binding(tb, false)?;
        let this = self.boxed(this);
        Ok(Tv::Boxed(
            self.call_rt_checked(RtFn::DerivedReturn, &[v, this])?,
            Ty::Any,
        ))
    }
}

/// 0 method, 1 getter, 2 setter.
fn private_kind(k: MethodKind) -> i64 {
    match k {
        MethodKind::Method => 0,
        MethodKind::Getter => 1,
        MethodKind::Setter => 2,
    }
}
