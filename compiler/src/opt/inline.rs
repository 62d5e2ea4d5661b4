//! Inlining of small methods at `o.name(args)` call sites.
//!
//! When the program defines exactly one plain method called `name` (a class
//! or object-literal method, not an accessor) and its body is small and
//! simple, a call `o.name(args)` compares the function `o.name` gives with
//! the one the site last saw to be that method (an [`InlineSite`] record in
//! `kiln_inline_sites`). If it is the same object and the receiver is an
//! object, the method's body runs inline, with `this` and the parameters
//! bound to the receiver and the arguments (reads of `this` and of
//! parameters never reassigned are those values, the receiver known to be
//! an object); otherwise a cold check (is it a function object whose code is
//! that method's entry?) fills the record, or the call goes through the
//! generic convention. So reassigned methods, other receivers, getters
//! returning functions and polymorphic sites all stay correct: only the
//! identity of the function called is speculated on.
//!
//! Reading `o.name` takes no inline-cache lookup when the record also knows
//! where the method lives: filled from a prototype hit of the access's
//! inline cache, it holds the receiver shape, the prototype epoch and the
//! address of the prototype's slot holding the function. While the epoch is
//! unchanged, objects of that shape find `name` in that slot (and the slot
//! does not move: a prototype's slots grow only with a shape change, which
//! bumps the epoch), so the guard is "shape equal, epoch equal, slot holds
//! the function".
//!
//! The inlined code carries *virtual* source locations (`frames::InlineLocs`)
//! so that stack traces still show the inlined frame with its own name and
//! line, and the caller at the call site. Calls at a caller's tail position
//! are not inlined (they stay proper tail calls); inside an inlined body no
//! call is a tail call, which cannot grow the stack beyond the original
//! program's depth because the inlined call itself was not a tail call.

use crate::analysis::{Analysis, BindingId, FuncId, FuncKind, Rep, Storage, Ty};
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::codegen::{InlineSite, INLINE_SITE_SIZE};
use crate::diag::CResult;
use crate::syntax::ast::prop_span;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use kiln_runtime::abi::layout::{self as fnl, self as ic};
use kiln_runtime::abi::value as nb;
use std::collections::HashSet;
use swc_common::Span;
use swc_ecma_ast::*;

/// How deeply inlined bodies may nest.
pub const MAX_INLINE_DEPTH: usize = 3;
/// The most AST nodes an inlined body may have.
const MAX_INLINE_NODES: usize = 80;
/// The most bodies inlined into one compiled function (bounds code growth
/// when inlined methods call further inlinable methods).
const MAX_INLINE_EXPANSIONS: u32 = 256;

pub(super) const INLINE_FUNC_OFFSET: i32 = std::mem::offset_of!(InlineSite, func) as i32;
const INLINE_SHAPE_OFFSET: i32 = std::mem::offset_of!(InlineSite, shape) as i32;
const INLINE_EPOCH_OFFSET: i32 = std::mem::offset_of!(InlineSite, epoch) as i32;
const INLINE_SLOT_OFFSET: i32 = std::mem::offset_of!(InlineSite, slot) as i32;

/// An inlinable call `recv.name(vals)` where `f` is the function found;
/// `site` is the address of the call's [`InlineSite`]; `hit`, if any, a
/// block [`FnGen::get_method`] jumps to (with the function) when the site's
/// record applies and the arguments are already evaluated.
#[derive(Clone, Copy)]
pub struct InlineCall<'c, 'a> {
    pub fid: FuncId,
    pub node: &'a Function,
    pub recv: Value,
    pub f: Value,
    pub vals: &'c [Tv],
    /// `new f(...)` (the inlined body is f's constructor): f as new.target,
    /// for the generic call; `recv` is then the fresh `this`.
    pub new_target: Option<Value>,
    pub site: Value,
    pub hit: Option<Block>,
}

/// A call the inlining tier may take over (see [`FnGen::try_inline_call`]).
pub enum InlineRequest<'a, 'c> {
    /// `recv.name(args)`: `m` is the callee `callee` without parentheses and
    /// `recv` the receiver, already evaluated; the arguments are not.
    Method {
        c: &'a CallExpr,
        callee: &'a Expr,
        m: &'a MemberExpr,
        recv: Value,
        name: &'c str,
    },
    /// `new F(args)`: `f` is F, `this0` the fresh object, `args` the
    /// arguments already evaluated, `text` the callee's source text.
    Construct {
        n: &'a NewExpr,
        f: Value,
        this0: Value,
        args: &'c [Tv],
        text: &'c str,
    },
}

impl<'a> FnGen<'_, 'a> {
    /// The inlining tier's one entry from `lower/`: generates the call
    /// with the callee's body inline (guarded, with the generic call as the
    /// fallback) and gives its result, or `None`, having generated nothing,
    /// if the callee is not an inlinable method or class constructor.
    pub fn try_inline_call(&mut self, req: InlineRequest<'a, '_>) -> CResult<Option<Value>> {
        match req {
            InlineRequest::Method {
                c,
                callee,
                m,
                recv: o,
                name,
            } => {
                let Some((fid, node)) = self.inline_candidate(name) else {
                    // Not inlined: perhaps a direct call of its clone.
                    return self.try_direct_call(c, callee, m, o, name);
                };
                let site = self.inline_site(prop_span(m));
                // Arguments that no getter can observe or change are
                // evaluated first: a known method then runs with no
                // check after them.
                let early = c.args.iter().all(|a| self.early_arg(&a.expr));
                let hit = early.then(|| self.b.create_block());
                if let Some(hit) = hit {
                    self.b.append_block_param(hit, types::I64);
                }
                let mut vals = Vec::new();
                if early {
                    vals = self.inline_args(&c.args)?;
                }
                let f = self.get_method(o, name, prop_span(m), site, hit)?;
                if !early {
                    vals = self.inline_args(&c.args)?;
                }
                let text = self.source_text(callee);
                let call = InlineCall {
                    fid,
                    node,
                    recv: o,
                    f,
                    vals: &vals,
                    new_target: None,
                    site,
                    hit,
                };
                Ok(Some(self.gen_inline_call(call, &text, prop_span(m))?))
            }
            InlineRequest::Construct {
                n,
                f,
                this0,
                args,
                text,
            } => {
                // A class constructor known by name: its body inline while
                // the callee is that class.
                let Some((fid, node)) = self.ctor_candidate(&n.callee) else {
                    return Ok(None);
                };
                let site = self.inline_site(n.span);
                let call = InlineCall {
                    fid,
                    node,
                    recv: this0,
                    f,
                    vals: args,
                    new_target: Some(f),
                    site,
                    hit: None,
                };
                self.known_objs.insert(this0);
                Ok(Some(self.gen_inline_call(call, text, n.span)?))
            }
        }
    }

    /// The values of the arguments of an inlinable call (no spread).
    fn inline_args(&mut self, args: &'a [ExprOrSpread]) -> CResult<Vec<Tv>> {
        args.iter().map(|a| self.gen_expr(&a.expr)).collect()
    }

    /// The method to inline at a call `o.name(...)`, if any.
    pub fn inline_candidate(&mut self, name: &str) -> Option<(FuncId, &'a Function)> {
        let a: &'a Analysis = self.a;
        let [(fid, Some(node))] = a.methods.get(name)?.as_slice() else {
            return None;
        };
        self.inline_ok(*fid, node)
    }

    /// The class constructor to inline at `new callee(...)`, if any: the
    /// callee names a class declaration whose constructor may be inlined.
    pub fn ctor_candidate(&mut self, callee: &Expr) -> Option<(FuncId, &'a Function)> {
        let Expr::Ident(id) = crate::syntax::ast::strip_parens(callee) else {
            return None;
        };
        let a: &'a Analysis = self.a;
        let r = a.reference(id.span.lo)?;
        let (fid, Some(node)) = a.ctors.get(&r.binding)? else {
            return None;
        };
        self.inline_ok(*fid, node)
    }

    /// `fid` (AST `node`) if it may be inlined here (within the depth and
    /// expansion limits, not recursively, and small and simple enough).
    fn inline_ok(&mut self, fid: FuncId, node: &'a Function) -> Option<(FuncId, &'a Function)> {
        if !self.mg.inlining
            || self.inline_stack.len() >= MAX_INLINE_DEPTH
            || self.inline_expansions >= MAX_INLINE_EXPANSIONS
            || fid == self.fid
            || self.inline_stack.contains(&fid)
        {
            return None;
        }
        let ok = self.inlinable(fid, node);
        self.inline_expansions += ok as u32;
        ok.then_some((fid, node))
    }

    /// May `fid` (AST `node`) be inlined at all (small and simple enough)?
    /// Decided once per function.
    fn inlinable(&mut self, fid: FuncId, node: &Function) -> bool {
        let (a, mg) = (self.a, &mut *self.mg);
        *mg.inlinable
            .entry(fid)
            .or_insert_with(|| inlinable(a, &mg.used_synth, fid, node))
    }

    /// The method a statement region may inline at a call `o.name(...)`
    /// (as [`Self::inline_candidate`], without the depth and expansion
    /// limits, which the region applies itself).
    pub fn region_method(&mut self, name: &str) -> Option<(FuncId, &'a Function)> {
        let a: &'a Analysis = self.a;
        let [(fid, Some(node))] = a.methods.get(name)?.as_slice() else {
            return None;
        };
        if !self.mg.inlining || *fid == self.fid || self.inline_stack.contains(fid) {
            return None;
        }
        self.inlinable(*fid, node).then_some((*fid, node))
    }

    /// The address of the [`InlineSite`] of the call at `span` (every copy
    /// of one call in one inlined body shares it, as cache sites are shared).
    pub fn inline_site(&mut self, span: Span) -> Value {
        let key = (self.inline, span.lo.0, span.hi.0);
        let idx = crate::codegen::func::site_index(
            &mut self.inline_site_of,
            key,
            &mut self.mg.inline_count,
        );
        self.data_addr(self.mg.inline_sites, idx as i64 * INLINE_SITE_SIZE as i64)
    }

    /// Can argument `e` of an inlinable call be evaluated before the
    /// callee is read? It can if evaluating it has no effects and nothing
    /// (a getter) can change its value: literals, `this` and local
    /// variables read without a TDZ check.
    pub fn early_arg(&self, e: &Expr) -> bool {
        match e {
            Expr::Lit(l) => matches!(l, Lit::Num(_) | Lit::Bool(_) | Lit::Null(_)),
            Expr::Paren(p) => self.early_arg(&p.expr),
            Expr::This(t) => self.plain_this(t.span),
            Expr::Ident(id) => self.a.reference(id.span.lo).is_some_and(|r| {
                !r.tdz_check && self.a.bindings[r.binding].storage == Storage::Local
            }),
            _ => false,
        }
    }

    /// `recv.name` (`span` the property's) for a call with inline site
    /// `site`: the function the site knows when `recv` has the shape it
    /// recorded, the epoch is the same and the prototype's slot still holds
    /// it (jumping with it to `hit` if given); else the inline-cache read.
    pub fn get_method(
        &mut self,
        recv: Value,
        name: &str,
        span: Span,
        site: Value,
        hit: Option<Block>,
    ) -> CResult<Value> {
        let [slow, join] = std::array::from_fn(|_| self.b.create_block());
        self.b.append_block_param(join, types::I64);
        let found = hit.unwrap_or(join);
        let (func, _) = self.method_guard(recv, site, slow);
        self.b.ins().jump(found, &[func.into()]);
        self.switch_to(slow);
        let f = self.get_named_as(recv, name, span, true)?;
        self.b.ins().jump(join, &[f.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// Continues if `recv` is an object of the shape inline site `site`
    /// recorded, in the epoch it recorded, and the prototype slot it
    /// recorded still holds its function (else branches to `miss`);
    /// returns that function and the slot's address.
    pub fn method_guard(&mut self, recv: Value, site: Value, miss: Block) -> (Value, Value) {
        let t = MemFlagsData::trusted();
        let [epoch_blk, slot_blk, hit] = std::array::from_fn(|_| self.b.create_block());
        let (_, sh) = self.object_shape(recv, miss);
        let known = self.b.ins().load(types::I64, t, site, INLINE_SHAPE_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, sh, known);
        self.b.ins().brif(same, epoch_blk, &[], miss, &[]);
        self.switch_to(epoch_blk);
        let e = self.b.ins().load(types::I64, t, site, INLINE_EPOCH_OFFSET);
        let now = self.proto_epoch();
        let fresh = self.b.ins().icmp(IntCC::Equal, e, now);
        self.b.ins().brif(fresh, slot_blk, &[], miss, &[]);
        self.switch_to(slot_blk);
        let slot = self.b.ins().load(types::I64, t, site, INLINE_SLOT_OFFSET);
        let v = self.b.ins().load(types::I64, MemFlagsData::new(), slot, 0);
        let func = self.b.ins().load(types::I64, t, site, INLINE_FUNC_OFFSET);
        let holds = self.b.ins().icmp(IntCC::Equal, v, func);
        self.b.ins().brif(holds, hit, &[], miss, &[]);
        self.switch_to(hit);
        (func, slot)
    }

    /// Cold: records in inline site `site` where receivers shaped like
    /// `recv` find `f` if entry 0 of the inline cache of `recv.name`
    /// (`span`) is a prototype hit of the current epoch for `recv`'s shape
    /// whose slot holds `f`; continues in `next` either way.
    pub(super) fn record_method_slot(
        &mut self,
        recv: Value,
        f: Value,
        span: Span,
        site: Value,
        next: Block,
    ) {
        let t = MemFlagsData::trusted();
        let ic = self.ic_site(span, false);
        let (_, sh, csh) = self.ic_shape_load(recv, ic, next);
        let hit = self.not_own_check(sh, csh, ic, next);
        self.switch_to(hit);
        let holder = self.b.ins().load(types::I64, t, ic, ic::IC_HOLDER_OFFSET);
        let slot = self.slot_addr(holder, ic);
        let v = self.b.ins().load(types::I64, MemFlagsData::new(), slot, 0);
        let holds = self.b.ins().icmp(IntCC::Equal, v, f);
        let store = self.b.create_block();
        self.b.ins().brif(holds, store, &[], next, &[]);
        self.switch_to(store);
        let now = self.proto_epoch();
        self.b.ins().store(t, sh, site, INLINE_SHAPE_OFFSET);
        self.b.ins().store(t, now, site, INLINE_EPOCH_OFFSET);
        self.b.ins().store(t, slot, site, INLINE_SLOT_OFFSET);
        self.b.ins().jump(next, &[]);
    }

    /// Calls `c.f` (the value of `recv.name`, `site` the property's span)
    /// with `c.vals`: inline when it is method `c.fid`, else through the
    /// generic convention.
    pub fn gen_inline_call(
        &mut self,
        c: InlineCall<'_, 'a>,
        text: &str,
        site: Span,
    ) -> CResult<Value> {
        let (fid, f, recv, vals, word) = (c.fid, c.f, c.recv, c.vals, c.site);
        let seen = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            word,
            INLINE_FUNC_OFFSET,
        );
        let [obj_check, inline_entry, check, generic, join] =
            std::array::from_fn(|_| self.b.create_block());
        self.b.append_block_param(inline_entry, types::I64);
        self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(check);
        self.b.set_cold_block(generic);
        let same = self.b.ins().icmp(IntCC::Equal, f, seen);
        // An unfilled site holds 0, which is also the number +0.
        let filled = self.b.ins().icmp_imm_s(IntCC::NotEqual, seen, 0);
        let same = self.b.ins().band(same, filled);
        self.b.ins().brif(same, obj_check, &[], check, &[]);

        // Is `f` a function object running method `fid`'s code? Then remember it.
        self.switch_to(check);
        let ptr = self.function_ptr(f, generic);
        let code = self.b.ins().load(
            types::I64,
            MemFlagsData::trusted(),
            ptr,
            fnl::FUNCTION_CODE_OFFSET,
        );
        let r = self.fn_ref(fid);
        let entry = self.b.ins().func_addr(types::I64, r);
        let is_it = self.b.ins().icmp(IntCC::Equal, code, entry);
        let remember = self.b.create_block();
        self.b.ins().brif(is_it, remember, &[], generic, &[]);
        self.switch_to(remember);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), f, word, INLINE_FUNC_OFFSET);
        if c.new_target.is_some() {
            // A constructor: no method read to short-cut.
            self.b.ins().jump(obj_check, &[]);
        } else {
            self.record_method_slot(recv, f, site, word, obj_check);
        }

        self.switch_to(generic);
        let nt = match c.new_target {
            Some(nt) => nt,
            None => self.b.ins().iconst(types::I64, nb::UNDEFINED as i64),
        };
        let boxed: Vec<Value> = vals.iter().map(|&tv| self.boxed(tv)).collect();
        self.set_loc(site);
        let r = self
            .call_value(f, recv, &boxed, nt, text, false)?
            .expect("not a tail call");
        self.b.ins().jump(join, &[r.into()]);

        // The body runs only for object receivers (a primitive one, whose
        // prototype could hold the method too, takes the generic call), so
        // `this` in it needs no tag checks.
        self.switch_to(obj_check);
        if self.known_objs.contains(&recv) {
            self.b.ins().jump(inline_entry, &[f.into()]);
        } else {
            let is_obj = self.is_object(recv);
            self.b
                .ins()
                .brif(is_obj, inline_entry, &[f.into()], generic, &[]);
        }
        // `get_method` checked the receiver is an object.
        if let Some(hit) = c.hit {
            self.switch_to(hit);
            let func = self.b.block_params(hit)[0];
            self.b.ins().jump(inline_entry, &[func.into()]);
        }
        self.switch_to(inline_entry);
        let callee = self.b.block_params(inline_entry)[0];
        let r = self.inline_body(InlineCall { f: callee, ..c }, site)?;
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        self.set_loc(site);
        Ok(self.b.block_params(join)[0])
    }

    /// The inline frame of method `fid` inlined at call `site` here.
    pub fn inline_frame(&mut self, fid: FuncId, site: Span) -> u32 {
        let fi = &self.a.funcs[fid];
        let name = fi.trace_name.clone().unwrap_or_else(|| fi.name.clone());
        self.mg.inline_locs.frame(name, site.lo.0, self.inline)
    }

    /// Generates method `fid`'s body in place, called at `site` with `this`
    /// = `recv`, an object; returns its (boxed) result.
    fn inline_body(&mut self, c: InlineCall<'_, 'a>, site: Span) -> CResult<Value> {
        let (fid, node, recv, f, vals) = (c.fid, c.node, c.recv, c.f, c.vals);
        let inline = self.inline_frame(fid, site);
        let exit = self.b.create_block();
        self.b.append_block_param(exit, types::I64);
        // The callee's view of the function state (its own bindings typed
        // as the program's analysis says, also inside a speculative clone).
        let saved_a = std::mem::replace(&mut self.a, self.generic_a);
        let saved_fid = std::mem::replace(&mut self.fid, fid);
        let saved_callee = std::mem::replace(&mut self.callee, f);
        let saved_argc = self.argc.take();
        let saved_rest = self.rest.take();
        let saved_controls = std::mem::take(&mut self.controls);
        let saved_ret = std::mem::replace(&mut self.ret_rep, Rep::Boxed);
        let saved_exit = self.inline_exit.replace(exit);
        let saved_inline = std::mem::replace(&mut self.inline, inline);
        self.inline_stack.push(saved_fid);
        // Inside the body the receiver is known to be an object.
        let recv_was_known = !self.known_objs.insert(recv);

        self.set_loc(node.span);
        // `this` (the receiver, an object: sloppy or strict) and the
        // parameters never reassigned read as the values passed.
        let fi = &self.a.funcs[fid];
        let this_binding = fi.this_binding.filter(|b| self.mg.used_synth.contains(b));
        let mut args: Vec<(usize, Tv)> = this_binding
            .map(|tb| (tb, Tv::Boxed(recv, Ty::Any)))
            .into_iter()
            .collect();
        for (i, &pb) in fi.params.clone().iter().enumerate() {
            let tv = match vals.get(i) {
                Some(&tv) => tv,
                None => self.undefined(),
            };
            if self.a.bindings[pb].reassigned {
                let v = self.boxed(tv);
                self.init_binding(pb, Tv::Boxed(v, Ty::Any))?;
            } else {
                args.push((pb, tv));
            }
        }
        let saved_args: Vec<(usize, Option<Tv>)> = args
            .into_iter()
            .map(|(b, tv)| (b, self.inline_args.insert(b, tv)))
            .collect();
        // Cells the callee captured: loaded from the function object called
        // (`f`), under variables of their own while the body runs.
        let captures = self.a.funcs[fid].captures.clone();
        let mut saved_vars = Vec::with_capacity(captures.len());
        if !captures.is_empty() {
            let ptr = self.b.ins().band_imm_s(f, nb::PAYLOAD_MASK as i64);
            for (i, &bid) in captures.iter().enumerate() {
                let off = fnl::FUNCTION_CAPTURES_OFFSET + 8 * i as i32;
                let cell = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), ptr, off);
                let var = self.b.declare_var(types::I64);
                self.b.def_var(var, cell);
                saved_vars.push((bid, self.vars.insert(bid, var)));
            }
        }
        // A class constructor's synthetic bindings live in a scope of
        // their own around the parameters'.
        if let Some(inst) = self.a.funcs[fid].instance_scope {
            self.enter_scope(inst)?;
        }
        let scope = self.a.funcs[fid].scope;
        self.enter_scope(scope)?;
        if let Some(body) = &node.body {
            self.gen_stmts(&body.stmts)?;
        }
        if !self.is_filled() {
            let u = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
            self.b.ins().jump(exit, &[u.into()]);
        }
        self.switch_to(exit);

        self.inline_stack.pop();
        for (bid, prev) in saved_vars {
            match prev {
                Some(v) => self.vars.insert(bid, v),
                None => self.vars.remove(&bid),
            };
        }
        if !recv_was_known {
            self.known_objs.remove(&recv);
        }
        for (b, prev) in saved_args {
            match prev {
                Some(tv) => self.inline_args.insert(b, tv),
                None => self.inline_args.remove(&b),
            };
        }
        self.fid = saved_fid;
        self.a = saved_a;
        self.callee = saved_callee;
        self.argc = saved_argc;
        self.rest = saved_rest;
        self.controls = saved_controls;
        self.ret_rep = saved_ret;
        self.inline_exit = saved_exit;
        self.inline = saved_inline;
        Ok(self.b.block_params(exit)[0])
    }
}

/// Can method or base-class constructor `fid` (AST `f`) be inlined? Its
/// body must be small, create no closures, use no `arguments`, `super` or
/// `new.target`, and consist of expressions, `return`, `if`, `throw` and
/// simple declarations. (Variables it captures are read through the cells
/// of the function object called.)
fn inlinable(a: &Analysis, used_synth: &HashSet<BindingId>, fid: FuncId, f: &Function) -> bool {
    let fi = &a.funcs[fid];
    let unused = |b: Option<BindingId>| b.is_none_or(|b| !used_synth.contains(&b));
    if !matches!(fi.kind, FuncKind::Method | FuncKind::ClassCtor)
        || fi.derived
        || fi.arguments_binding.is_some()
        || !fi.simple_params()
        || fi.self_binding.is_some()
        || !unused(fi.home_binding)
        || !unused(fi.fn_binding)
        || !unused(fi.new_target_binding)
        || f.is_generator
        || f.is_async
        || a.with_funcs.contains(&fid)
        || !f.params.iter().all(|p| matches!(p.pat, Pat::Ident(_)))
        || a.bindings
            .iter()
            .any(|b| b.func == fid && b.storage != Storage::Local)
    {
        return false;
    }
    let mut budget = MAX_INLINE_NODES;
    f.body
        .as_ref()
        .is_some_and(|b| b.stmts.iter().all(|s| stmt_ok(s, &mut budget)))
}

fn spend(budget: &mut usize) -> bool {
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    true
}

fn stmt_ok(s: &Stmt, budget: &mut usize) -> bool {
    if !spend(budget) {
        return false;
    }
    match s {
        Stmt::Expr(e) => expr_ok(&e.expr, budget),
        Stmt::Return(r) => r.arg.as_ref().is_none_or(|e| expr_ok(e, budget)),
        Stmt::Throw(t) => expr_ok(&t.arg, budget),
        Stmt::Empty(_) => true,
        Stmt::Block(b) => b.stmts.iter().all(|s| stmt_ok(s, budget)),
        Stmt::If(i) => {
            expr_ok(&i.test, budget)
                && stmt_ok(&i.cons, budget)
                && i.alt.as_ref().is_none_or(|s| stmt_ok(s, budget))
        }
        Stmt::Decl(Decl::Var(v)) => v.decls.iter().all(|d| {
            matches!(d.name, Pat::Ident(_)) && d.init.as_ref().is_none_or(|e| expr_ok(e, budget))
        }),
        _ => false,
    }
}

fn exprs_ok<'e>(es: impl IntoIterator<Item = &'e Expr>, budget: &mut usize) -> bool {
    es.into_iter().all(|e| expr_ok(e, budget))
}

fn args_ok(args: &[ExprOrSpread], budget: &mut usize) -> bool {
    args.iter()
        .all(|a| a.spread.is_none() && expr_ok(&a.expr, budget))
}

fn member_ok(m: &MemberExpr, budget: &mut usize) -> bool {
    expr_ok(&m.obj, budget)
        && match &m.prop {
            MemberProp::Ident(_) => true,
            MemberProp::Computed(c) => expr_ok(&c.expr, budget),
            MemberProp::PrivateName(_) => false,
        }
}

fn expr_ok(e: &Expr, budget: &mut usize) -> bool {
    if !spend(budget) {
        return false;
    }
    match e {
        Expr::This(_) | Expr::Ident(_) => true,
        Expr::Lit(l) => matches!(l, Lit::Num(_) | Lit::Str(_) | Lit::Bool(_) | Lit::Null(_)),
        Expr::Paren(p) => expr_ok(&p.expr, budget),
        Expr::Unary(u) => u.op != UnaryOp::Delete && expr_ok(&u.arg, budget),
        Expr::Update(u) => match &*u.arg {
            Expr::Ident(_) => true,
            Expr::Member(m) => member_ok(m, budget),
            _ => false,
        },
        Expr::Bin(b) => expr_ok(&b.left, budget) && expr_ok(&b.right, budget),
        Expr::Assign(asg) => {
            let target = match &asg.left {
                AssignTarget::Simple(SimpleAssignTarget::Ident(_)) => true,
                AssignTarget::Simple(SimpleAssignTarget::Member(m)) => member_ok(m, budget),
                _ => false,
            };
            target && expr_ok(&asg.right, budget)
        }
        Expr::Member(m) => member_ok(m, budget),
        Expr::Cond(c) => {
            expr_ok(&c.test, budget) && expr_ok(&c.cons, budget) && expr_ok(&c.alt, budget)
        }
        Expr::Seq(s) => exprs_ok(s.exprs.iter().map(|e| &**e), budget),
        Expr::Tpl(t) => exprs_ok(t.exprs.iter().map(|e| &**e), budget),
        Expr::Call(c) => match &c.callee {
            Callee::Expr(callee) => expr_ok(callee, budget) && args_ok(&c.args, budget),
            _ => false,
        },
        Expr::New(n) => {
            expr_ok(&n.callee, budget) && n.args.as_deref().is_none_or(|a| args_ok(a, budget))
        }
        _ => false,
    }
}
