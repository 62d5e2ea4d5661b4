//! Calls: direct calls to known functions, builtins, method calls, dynamic calls, tail calls.

use super::property::PKey;
use crate::analysis::builtins::{self, Builtin};
use crate::analysis::types::known_callee;
use crate::analysis::{FuncId, Rep, Ty};
use crate::codegen::func::{FnGen, FnNode};
use crate::codegen::value::Tv;
use crate::diag::{CResult, Diagnostic};
use crate::opt::inline::InlineRequest;
use crate::syntax::ast::strip_parens;
use crate::syntax::ast::{call_text, prop_span};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use kiln_runtime::abi::heap;
use kiln_runtime::abi::layout as fnl;
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::{self, RtFn};
use swc_common::{BytePos, SourceMapper, Spanned};
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    /// May a call here be a proper tail call (no handler or finally to run after it)?
    pub fn tail_allowed(&self) -> bool {
        self.handler == self.exc_exit
            && self.inline_exit.is_none()
            && self.controls.iter().all(|c| !c.runs_on_exit())
            && self.a.funcs[self.fid].kind != crate::analysis::FuncKind::ClassCtor
            && !(self.a.funcs[self.fid].is_async && self.a.funcs[self.fid].is_generator)
    }

    /// Generates a call. With `tail`, a JS call is emitted as a tail call and
    /// `None` is returned (the block is then terminated).
    pub fn gen_call(&mut self, c: &'a CallExpr, tail: bool) -> CResult<Option<Tv>> {
        let callee = match &c.callee {
            Callee::Expr(callee) => callee,
            Callee::Super(s) => return self.gen_super_call(c, s.span).map(Some),
            Callee::Import(i) => return Err(Diagnostic::unsupported(i.span, "dynamic `import()`")),
        };
        if c.args.iter().any(|a| a.spread.is_some()) {
            return self.gen_spread_call(c, callee).map(Some);
        }
        if let Expr::Ident(id) = strip_parens(callee) {
            let a = self.a;
            if let Some(wr) = a.with_ref(id.span.lo) {
                // Found on a with object: called with it as `this`.
                let (f, this) = self.gen_with_callee(id, wr)?;
                let vals = self.arg_values(&c.args)?;
                let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
                let text = self.source_text(callee);
                self.set_loc(c.span);
                return Ok(self
                    .call_value(f, this, &vals, undef, &text, tail)?
                    .map(|r| Tv::Boxed(r, Ty::Any)));
            }
        }
        if let Some(path) = builtins::global_path(self.a, callee) {
            if let Some(b) = builtins::lookup(&path) {
                return self.gen_builtin_call(c, &path, b).map(Some);
            }
        }
        if let Some(f) = known_callee(self.a, callee) {
            return self.gen_known_call(c, callee, f, tail);
        }
        if matches!(strip_parens(callee), Expr::Member(_) | Expr::SuperProp(_)) {
            return self.gen_method_call(c, callee, tail);
        }
        if let Expr::OptChain(e) = strip_parens(callee) {
            if matches!(&*e.base, OptChainBase::Member(_)) {
                // `(a?.m)()` calls `m` with `this` = `a`.
                let (f, this) = self.chain_method(e)?;
                let vals = self.arg_values(&c.args)?;
                let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
                let text = "(intermediate value)".to_owned();
                self.set_loc(c.span);
                return Ok(self
                    .call_value(f, this, &vals, undef, &text, tail)?
                    .map(|r| Tv::Boxed(r, Ty::Any)));
            }
        }
        self.gen_dynamic_call(c, callee, tail)
    }

    pub fn arg_values(&mut self, args: &'a [ExprOrSpread]) -> CResult<Vec<Value>> {
        let mut vals = Vec::with_capacity(args.len());
        for a in args {
            let tv = self.gen_expr(&a.expr)?;
            vals.push(self.boxed(tv));
        }
        Ok(vals)
    }

    fn gen_builtin_call(&mut self, c: &'a CallExpr, path: &str, b: Builtin) -> CResult<Tv> {
        match b {
            Builtin::Console(stream) => {
                let vals = self.arg_values(&c.args)?;
                let argv = self.spill_args(&vals);
                let s = self.b.ins().iconst(types::I64, stream);
                let n = self.b.ins().iconst(types::I64, vals.len() as i64);
                self.set_loc(c.span);
                self.call_rt_checked(RtFn::ConsoleLog, &[s, n, argv])?;
                Ok(self.undefined())
            }
            Builtin::ErrorClass(kind) => self.gen_error_construct(kind, &c.args, c.span),
            Builtin::Constant(_) => {
                let text = self
                    .mg
                    .cm
                    .span_to_snippet(c.callee.span())
                    .unwrap_or_else(|_| path.to_string());
                let t = self.str_value(&text)?;
                self.throw_rt(RtFn::ThrowNotCallable, &[t])?;
                Ok(self.undefined())
            }
            Builtin::Function(id) => {
                if let Some(tv) = self.gen_math_inline(c, path, id)? {
                    return Ok(tv);
                }
                let vals = self.arg_values(&c.args)?;
                let argv = self.spill_args(&vals);
                let k = self.b.ins().iconst(types::I64, id);
                let n = self.b.ins().iconst(types::I64, vals.len() as i64);
                self.set_loc(c.span);
                let r = self.call_rt_checked(RtFn::CallGlobal, &[k, n, argv])?;
                let ty = builtins::result_ty(path);
                Ok(match ty {
                    Ty::Num => Tv::F64(self.b.ins().bitcast(types::F64, MemFlagsData::new(), r)),
                    _ => Tv::Boxed(r, ty),
                })
            }
        }
    }

    /// `Math.sqrt(x)` and friends compile to one instruction on numbers:
    /// arguments known to be numbers need no check; others are checked at
    /// run time, and anything else (strings, objects with `valueOf`, ...)
    /// calls the builtin with the values already evaluated.
    fn gen_math_inline(&mut self, c: &'a CallExpr, path: &str, id: i64) -> CResult<Option<Tv>> {
        if !math_inline_ok(path, c) {
            return Ok(None);
        }
        let mut tvs = vec![];
        for a in &c.args {
            // Each argument goes through ToNumber, as an operand of `-` does.
            let tv = self.gen_num_operand(&a.expr, BinaryOp::Sub, |_| Ty::Any)?;
            tvs.push(tv);
        }
        // Boxed arguments not known to be numbers: check them all at once.
        let unknown: Vec<Value> = tvs
            .iter()
            .filter_map(|tv| match *tv {
                Tv::Boxed(v, ty) if ty != Ty::Num && ty != Ty::Undef => Some(v),
                _ => None,
            })
            .collect();
        if unknown.is_empty() {
            // No slow path: the result stays visible to what uses it (a
            // ToInt32 of `Math.imul`'s result needs no conversion).
            let vals: Vec<Value> = tvs.iter().map(|&tv| self.num_of_known(tv)).collect();
            return Ok(Some(Tv::F64(self.math_f64(path, &vals))));
        }
        let join = self.b.create_block();
        self.b.append_block_param(join, types::F64);
        if let Some(&first) = unknown.first() {
            let mut m = first;
            for &v in &unknown[1..] {
                m = self.b.ins().umax(m, v);
            }
            let all_num = self.is_number(m);
            let fast = self.b.create_block();
            let slow = self.b.create_block();
            self.b.set_cold_block(slow);
            self.b.ins().brif(all_num, fast, &[], slow, &[]);
            self.switch_to(slow);
            let boxed: Vec<Value> = tvs.iter().map(|&tv| self.boxed(tv)).collect();
            let argv = self.spill_args(&boxed);
            let k = self.b.ins().iconst(types::I64, id);
            let n = self.b.ins().iconst(types::I64, boxed.len() as i64);
            self.set_loc(c.span);
            let r = self.call_rt_checked(RtFn::CallGlobal, &[k, n, argv])?;
            let r = self.b.ins().bitcast(types::F64, MemFlagsData::new(), r);
            self.b.ins().jump(join, &[r.into()]);
            self.switch_to(fast);
        }
        let vals: Vec<Value> = tvs.iter().map(|&tv| self.num_of_known(tv)).collect();
        let r = self.math_f64(path, &vals);
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        Ok(Some(Tv::F64(self.b.block_params(join)[0])))
    }

    /// The inline `Math` function `path` (accepted by [`math_inline_ok`])
    /// of `f64` arguments.
    pub fn math_f64(&mut self, path: &str, vals: &[Value]) -> Value {
        let x = vals[0];
        match path {
            "Math.sqrt" => self.b.ins().sqrt(x),
            "Math.floor" => self.b.ins().floor(x),
            "Math.ceil" => self.b.ins().ceil(x),
            "Math.trunc" => self.b.ins().trunc(x),
            "Math.abs" => self.b.ins().fabs(x),
            "Math.imul" => {
                let a = self.to_int32(x);
                let b = self.to_int32(vals[1]);
                let p = self.b.ins().imul(a, b);
                self.b.ins().fcvt_from_sint(types::F64, p)
            }
            "Math.clz32" => {
                // ToUint32 has ToInt32's bits.
                let a = self.to_int32(x);
                let n = self.b.ins().clz(a);
                self.b.ins().fcvt_from_uint(types::F64, n)
            }
            _ => {
                // IEEE 754-2019 minimum/maximum: NaN-propagating, -0 < +0, as JS.
                let mut acc = x;
                for &v in &vals[1..] {
                    acc = if path == "Math.min" {
                        self.b.ins().fmin(acc, v)
                    } else {
                        self.b.ins().fmax(acc, v)
                    };
                }
                acc
            }
        }
    }

    /// A call to a function known at compile time: a direct call.
    fn gen_known_call(
        &mut self,
        c: &'a CallExpr,
        callee: &'a Expr,
        f: FuncId,
        tail: bool,
    ) -> CResult<Option<Tv>> {
        let fi = &self.a.funcs[f];
        let needs_closure = fi.needs_closure();
        // The closure value (evaluated first, as the callee is).
        let closure = match strip_parens(callee) {
            Expr::Ident(id) => {
                let r = self
                    .a
                    .reference(id.span.lo)
                    .expect("known callee is resolved");
                if needs_closure || r.tdz_check {
                    let tv = self.read_binding(r.binding, r.tdz_check)?;
                    if needs_closure {
                        Some(self.boxed(tv))
                    } else {
                        None
                    }
                } else {
                    None
                }
            }
            Expr::Fn(fe) => {
                self.queue(f, FnNode::Function(&fe.function));
                if needs_closure {
                    Some(self.make_closure(f)?)
                } else {
                    None
                }
            }
            Expr::Arrow(ar) => {
                self.queue(f, FnNode::Arrow(ar));
                if needs_closure {
                    Some(self.make_closure(f)?)
                } else {
                    None
                }
            }
            _ => unreachable!("known callees are identifiers or function expressions"),
        };
        let closure = match closure {
            Some(c) => c,
            None => self.b.ins().iconst(types::I64, 0),
        };
        let fi = &self.a.funcs[f];
        if fi.is_specialised() {
            let ptys = fi.param_tys.clone();
            let ret_ty = fi.ret_ty;
            let mut args = vec![closure];
            for (i, a) in c.args.iter().enumerate() {
                let tv = self.gen_expr(&a.expr)?;
                if let Some(pt) = ptys.get(i) {
                    args.push(self.coerce(tv, pt.rep()));
                }
            }
            for pt in ptys.iter().skip(c.args.len()) {
                let u = self.undefined();
                args.push(self.coerce(u, pt.rep()));
            }
            let fref = self.fn_ref(f);
            self.set_loc(c.span);
            let rrep = ret_ty.ret_rep();
            if tail && self.tail_allowed() && rrep == self.ret_rep {
                self.b.ins().return_call(fref, &args);
                self.dead_block();
                return Ok(None);
            }
            let call = self.b.ins().call(fref, &args);
            let r = self.b.inst_results(call)[0];
            return Ok(Some(if rrep == Rep::F64 {
                self.check_exception_f64(r);
                Tv::F64(r)
            } else {
                self.check_exception(r);
                Tv::Boxed(r, ret_ty)
            }));
        }
        let vals = self.arg_values(&c.args)?;
        let fref = self.fn_ref(f);
        let args = self.generic_args(closure, &vals)?;
        self.set_loc(c.span);
        if tail && self.tail_allowed() && self.ret_rep == Rep::Boxed {
            self.b.ins().return_call(fref, &args);
            self.dead_block();
            return Ok(None);
        }
        let call = self.b.ins().call(fref, &args);
        let r = self.b.inst_results(call)[0];
        self.check_exception(r);
        Ok(Some(Tv::Boxed(r, Ty::Any)))
    }

    /// Arguments of the generic convention: callee, argc, this, a0..a2, rest, new.target.
    fn generic_args(&mut self, callee: Value, vals: &[Value]) -> CResult<Vec<Value>> {
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        self.generic_args_full(callee, undef, vals, undef)
    }

    /// [`Self::generic_args`] with `this` and `new.target`.
    pub fn generic_args_full(
        &mut self,
        callee: Value,
        this: Value,
        vals: &[Value],
        nt: Value,
    ) -> CResult<Vec<Value>> {
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let argc = self.b.ins().iconst(types::I64, vals.len() as i64);
        let mut args = vec![callee, argc, this];
        for i in 0..abi::REG_ARGS {
            args.push(vals.get(i).copied().unwrap_or(undef));
        }
        let rest = if vals.len() > abi::REG_ARGS {
            let extra = &vals[abi::REG_ARGS..];
            let n = self.b.ins().iconst(types::I64, extra.len() as i64);
            let block = self.call_rt(RtFn::NewArgs, &[n])?;
            for (i, &v) in extra.iter().enumerate() {
                self.b.ins().store(
                    MemFlagsData::trusted(),
                    v,
                    block,
                    heap::ARGS_VALUES_OFFSET + 8 * i as i32,
                );
            }
            block
        } else {
            self.b.ins().iconst(types::I64, 0)
        };
        args.push(rest);
        args.push(nt);
        Ok(args)
    }

    /// A call of a value not known at compile time.
    fn gen_dynamic_call(
        &mut self,
        c: &'a CallExpr,
        callee: &'a Expr,
        tail: bool,
    ) -> CResult<Option<Tv>> {
        let f = self.gen_expr(callee)?;
        let f = self.boxed(f);
        let vals = self.arg_values(&c.args)?;
        self.set_loc(c.span);
        let text = self.source_text(callee);
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        Ok(self
            .call_value(f, undef, &vals, undef, &text, tail)?
            .map(|r| Tv::Boxed(r, Ty::Any)))
    }

    // ---- calls through function values ----

    /// Calls function value `f` (checked to be callable; `text` names it in
    /// the TypeError) with `this`, `vals` and `new.target` through its
    /// generic entry. With `tail`, a tail call (returns None).
    pub fn call_value(
        &mut self,
        f: Value,
        this: Value,
        vals: &[Value],
        nt: Value,
        text: &str,
        tail: bool,
    ) -> CResult<Option<Value>> {
        let not_fn = self.b.create_block();
        self.b.set_cold_block(not_fn);
        let ptr = self.function_ptr(f, not_fn);
        let call_blk = self.b.current_block().expect("a current block");
        self.switch_to(not_fn);
        let t = self.str_value(text)?;
        self.call_rt(RtFn::ThrowNotCallable, &[t])?;
        let h = self.handler;
        self.b.ins().jump(h, &[]);
        self.switch_to(call_blk);
        let code = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            ptr,
            fnl::FUNCTION_CODE_OFFSET,
        );
        let args = self.generic_args_full(f, this, vals, nt)?;
        let sig = self.generic_sig();
        if tail && self.tail_allowed() && self.ret_rep == crate::analysis::Rep::Boxed {
            self.b.ins().return_call_indirect(sig, code, &args);
            self.dead_block();
            return Ok(None);
        }
        let call = self.b.ins().call_indirect(sig, code, &args);
        let r = self.b.inst_results(call)[0];
        self.check_exception(r);
        Ok(Some(r))
    }

    /// Continues if `f` is a function object (else branches to `not_fn`);
    /// returns its pointer.
    pub fn function_ptr(&mut self, f: Value, not_fn: Block) -> Value {
        let is_obj = self.is_object(f);
        let check_kind = self.b.create_block();
        self.b.ins().brif(is_obj, check_kind, &[], not_fn, &[]);
        self.switch_to(check_kind);
        let ptr = self.b.ins().band_imm_s(f, nb::PAYLOAD_MASK as i64);
        let kind = self.b.ins().uload8(
            types::I32,
            MemFlagsData::trusted(),
            ptr,
            heap::HEADER_KIND_OFFSET,
        );
        let is_fn = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, heap::KIND_FUNCTION as i64);
        let fn_blk = self.b.create_block();
        self.b.ins().brif(is_fn, fn_blk, &[], not_fn, &[]);
        self.switch_to(fn_blk);
        ptr
    }

    /// Source text of `e` for error messages.
    pub fn source_text(&self, e: &Expr) -> String {
        call_text(e)
    }

    /// The source snippet of `e` as written.
    pub fn raw_source_text(&self, e: &Expr) -> String {
        use swc_common::SourceMapper;
        self.mg
            .cm
            .span_to_snippet(e.span())
            .unwrap_or_else(|_| "expression".into())
    }

    /// `recv.m(args)` / `recv[k](args)` / `super.m(args)`.
    pub fn gen_method_call(
        &mut self,
        c: &'a CallExpr,
        callee: &'a Expr,
        tail: bool,
    ) -> CResult<Option<Tv>> {
        let (this, f) = match crate::syntax::ast::strip_parens(callee) {
            Expr::Member(m) => {
                let o = self.gen_expr(&m.obj)?;
                let o = self.boxed(o);
                let k = self.member_key(m)?;
                if let PKey::Named(name) = &k {
                    if !(tail && self.tail_allowed()) {
                        let req = InlineRequest::Method {
                            c,
                            callee,
                            m,
                            recv: o,
                            name,
                        };
                        if let Some(r) = self.try_inline_call(req)? {
                            return Ok(Some(Tv::Boxed(r, Ty::Any)));
                        }
                    }
                }
                let f = match &k {
                    PKey::Named(n) => self.get_named_as(o, n, prop_span(m), true)?,
                    _ => self.get_key(o, &k, prop_span(m))?,
                };
                (o, f)
            }
            Expr::SuperProp(s) => {
                let this = self.read_synth(s.span.lo + BytePos(1))?;
                let f = self.super_get(s)?;
                (this, f)
            }
            _ => unreachable!("method callee"),
        };
        let vals = self.arg_values(&c.args)?;
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let text = self.source_text(callee);
        // V8 places a method call at its property name.
        self.set_loc(match crate::syntax::ast::strip_parens(callee) {
            Expr::Member(m) => prop_span(m),
            _ => c.span,
        });
        Ok(self
            .call_value(f, this, &vals, undef, &text, tail)?
            .map(|r| Tv::Boxed(r, Ty::Any)))
    }

    /// The arguments of a call with spread (`f(a, ...b)`) as an array.
    pub fn spread_args(&mut self, args: &'a [ExprOrSpread]) -> CResult<Value> {
        let n = self.b.ins().iconst(types::I64, 0);
        let arr = self.call_rt(RtFn::NewArray, &[n, n])?;
        for a in args {
            let tv = self.gen_expr(&a.expr)?;
            let v = self.boxed(tv);
            if a.spread.is_some() {
                self.set_loc(a.expr.span());
                let one = self.b.ins().iconst(types::I64, 1);
                let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
                self.call_rt_checked(RtFn::ArraySpread, &[arr, v, one, undef])?;
            } else {
                self.call_rt(RtFn::ArrayAppend, &[arr, v])?;
            }
        }
        Ok(arr)
    }

    /// A call with spread arguments: `f(...a)`, `o.m(...a)`, `super.m(...a)`.
    pub fn gen_spread_call(&mut self, c: &'a CallExpr, callee: &'a Expr) -> CResult<Tv> {
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let (f, this) = match crate::syntax::ast::strip_parens(callee) {
            Expr::Member(m) => {
                let o = self.gen_expr(&m.obj)?;
                let o = self.boxed(o);
                let k = self.member_key(m)?;
                (self.get_key(o, &k, prop_span(m))?, o)
            }
            Expr::SuperProp(s) => {
                let this = self.read_synth(s.span.lo + BytePos(1))?;
                (self.super_get(s)?, this)
            }
            // `(a?.m)(...xs)` calls `m` with `this` = `a`.
            Expr::OptChain(e) if matches!(&*e.base, OptChainBase::Member(_)) => {
                self.chain_method(e)?
            }
            Expr::Ident(id) if self.a.with_ref(id.span.lo).is_some() => {
                let a = self.a;
                let wr = a.with_ref(id.span.lo).expect("checked");
                self.gen_with_callee(id, wr)?
            }
            other => {
                let tv = self.gen_expr(other)?;
                (self.boxed(tv), undef)
            }
        };
        let arr = self.spread_args(&c.args)?;
        let text = self.source_text(callee);
        let t = self.str_value(&text)?;
        self.set_loc(c.span);
        let r = self.call_rt_checked(RtFn::CallSpread, &[f, this, arr, undef, t])?;
        Ok(Tv::Boxed(r, Ty::Any))
    }
}

/// Does call `c` of builtin `path` compile to one instruction on numbers
/// (`Math.sqrt/floor/ceil/trunc/abs/clz32` of one argument, `Math.min/max`
/// of one or more, `Math.imul` of two (ToInt32 of each, then one `imul`),
/// no spread)?
pub fn math_inline_ok(path: &str, c: &CallExpr) -> bool {
    let unary = matches!(
        path,
        "Math.sqrt" | "Math.floor" | "Math.ceil" | "Math.trunc" | "Math.abs"
    );
    let unary = unary || path == "Math.clz32";
    let minmax = matches!(path, "Math.min" | "Math.max");
    let binary = path == "Math.imul";
    (unary && c.args.len() == 1 || minmax && !c.args.is_empty() || binary && c.args.len() == 2)
        && c.args.iter().all(|a| a.spread.is_none())
}
