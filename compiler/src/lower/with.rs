//! `with` statements and the references inside their bodies that a with object may capture.
//!
//! The resolver gives a `with` statement a scope holding one synthetic
//! binding, the object (a cell when a closure created in the body captures
//! it), and turns every identifier reference in the body that crosses that
//! scope into a [`WithRef`]: the with objects it crosses, innermost first,
//! and the binding it denotes otherwise (or none: a global). Each access
//! through such a reference asks the objects in turn whether they have the
//! name (`kiln_with_has`: HasProperty, then `Symbol.unscopables`) and uses
//! the first that does, else the static binding; as V8 does, a read and a
//! write each look the name up (so `x += f()` reads and writes the
//! reference resolved at each point, and `x = v` resolves after `v`).
//! Code outside `with` bodies never sees any of this.

use crate::analysis::{BindingId, Layer, Ref, ScopeKind, Ty, WithRef};
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::CResult;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    /// `with (obj) body`: ToObject of `obj` into the with binding, then the
    /// body (never a statement region: its references are dynamic).
    pub fn gen_with(&mut self, w: &'a WithStmt) -> CResult<()> {
        let tv = self.gen_expr(&w.obj)?;
        let v = self.boxed(tv);
        self.set_loc(swc_common::Spanned::span(&*w.obj));
        let o = self.call_rt_checked(RtFn::WithObject, &[v])?;
        let scope = self
            .a
            .scope_at(w.span, ScopeKind::With)
            .expect("the resolver gives every `with` a scope");
        let wb = self.a.scopes[scope].bindings[0];
        self.init_binding(wb, Tv::Boxed(o, Ty::Any))?;
        let saved = std::mem::replace(&mut self.no_region, true);
        let r = self.gen_stmt(&w.body);
        self.no_region = saved;
        r
    }

    /// Resolves `wr` (name `name`) now: in the block where a layer has the
    /// name, `on_found(g, found)`; where none has it, `fallback(g)`. Both
    /// give `n` boxed values, joined into the result.
    fn with_dispatch(
        &mut self,
        wr: &WithRef,
        name: &str,
        n: usize,
        mut on_found: impl FnMut(&mut Self, Found) -> CResult<Vec<Value>>,
        fallback: impl FnOnce(&mut Self) -> CResult<Vec<Value>>,
    ) -> CResult<Vec<Value>> {
        let join = self.b.create_block();
        for _ in 0..n {
            self.b.append_block_param(join, types::I64);
        }
        let key = self.str_value(name)?;
        for &layer in &wr.layers {
            let (found, what) = match layer {
                Layer::Object(ob) => {
                    let o = self.read_binding(ob, false)?;
                    let o = self.boxed(o);
                    let has = self.call_rt_checked(RtFn::WithHas, &[o, key])?;
                    let found = self.b.ins().icmp_imm_s(IntCC::Equal, has, nb::TRUE as i64);
                    (found, Found::Object(o, key))
                }
                Layer::EvalVar { var, flag } => {
                    let f = self.read_binding(flag, false)?;
                    (self.truthy(f)?, Found::Var(var, flag))
                }
            };
            let on = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(found, on, &[], next, &[]);
            self.switch_to(on);
            let vs = on_found(self, what)?;
            let args: Vec<_> = vs.into_iter().map(Into::into).collect();
            self.b.ins().jump(join, &args);
            self.switch_to(next);
        }
        let vs = fallback(self)?;
        let args: Vec<_> = vs.into_iter().map(Into::into).collect();
        self.b.ins().jump(join, &args);
        self.switch_to(join);
        Ok(self.b.block_params(join).to_vec())
    }

    /// Reads `id` through `wr`.
    pub fn gen_with_read(&mut self, id: &Ident, wr: &WithRef) -> CResult<Tv> {
        let vs = self.with_dispatch(
            wr,
            &id.sym,
            1,
            |g, found| {
                g.set_loc(id.span);
                Ok(vec![g.found_value(found)?])
            },
            |g| {
                let tv = g.read_static(id, wr.fallback)?;
                Ok(vec![g.boxed(tv)])
            },
        )?;
        Ok(Tv::Boxed(vs[0], Ty::Any))
    }

    /// The value of the name in the layer that has it.
    fn found_value(&mut self, found: Found) -> CResult<Value> {
        match found {
            Found::Object(o, key) => self.call_rt_checked(RtFn::GetElem, &[o, key]),
            Found::Var(var, _) => {
                let tv = self.read_binding(var, false)?;
                Ok(self.boxed(tv))
            }
        }
    }

    /// What `id` denotes without the with objects: binding `r`, or a global.
    fn read_static(&mut self, id: &Ident, r: Option<Ref>) -> CResult<Tv> {
        match r {
            Some(r) => self.read_fallback(id, r),
            None => self.gen_global_ident(id),
        }
    }

    /// Reads fallback binding `r`. Its TDZ error is V8's for a name looked
    /// up at run time: `x is not defined`.
    fn read_fallback(&mut self, id: &Ident, r: Ref) -> CResult<Tv> {
        let tv = self.read_binding(r.binding, false)?;
        if r.tdz_check {
            let v = self.boxed(tv);
            let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::HOLE as i64);
            let msg = format!("{} is not defined", id.sym);
            self.throw_if(is_hole, |g| {
                let m = g.str_value(&msg)?;
                let k = g.b.ins().iconst(
                    types::I64,
                    kiln_runtime::abi::names::ErrorKind::ReferenceError as i64,
                );
                let err = g.call_rt_checked(RtFn::NewError, &[k, m])?;
                g.call_rt(RtFn::Throw, &[err])?;
                Ok(())
            })?;
            return Ok(Tv::Boxed(v, Ty::Any));
        }
        Ok(tv)
    }

    /// Writes `tv` to `id` through `wr`.
    pub fn gen_with_write(&mut self, id: &Ident, wr: &WithRef, tv: Tv) -> CResult<()> {
        let v = self.boxed(tv);
        self.with_dispatch(
            wr,
            &id.sym,
            0,
            |g, found| {
                match found {
                    Found::Object(o, key) => {
                        let strict = g.strict() as i64;
                        let st = g.b.ins().iconst(types::I64, strict);
                        g.set_loc(id.span);
                        g.call_rt_checked(RtFn::SetElem, &[o, key, v, st])?;
                    }
                    Found::Var(var, _) => g.store_binding(var, Tv::Boxed(v, Ty::Any))?,
                }
                Ok(vec![])
            },
            |g| {
                let tv = Tv::Boxed(v, Ty::Any);
                match wr.fallback {
                    Some(r) => {
                        if r.tdz_check {
                            g.read_fallback(id, r)?;
                        }
                        let r = Ref {
                            tdz_check: false,
                            ..r
                        };
                        g.assign_binding(r, tv)?
                    }
                    None if crate::analysis::types::global_constant_ty(&id.sym).is_some() => {
                        g.read_only_global_write(&id.sym)?
                    }
                    None => g.set_implicit_global(id, tv, id.span)?,
                }
                Ok(vec![])
            },
        )?;
        Ok(())
    }

    /// `id = rhs`, `id op= rhs`, `id &&= rhs`... through `wr`.
    pub fn gen_with_assign(
        &mut self,
        asg: &'a AssignExpr,
        id: &Ident,
        wr: &WithRef,
    ) -> CResult<Tv> {
        if let Some(kind) = super::ops::Logical::of_assign(asg.op) {
            let cur = self.gen_with_read(id, wr)?;
            return self.short_circuit(kind, cur, Ty::Any, |g| {
                let v = g.gen_expr(&asg.right)?;
                g.gen_with_write(id, wr, v)?;
                Ok(v)
            });
        }
        let v = match asg.op.to_update() {
            None => self.gen_expr(&asg.right)?,
            Some(op) => {
                let cur = self.gen_with_read(id, wr)?;
                let rhs = self.gen_expr(&asg.right)?;
                self.binop(op, cur, rhs)?
            }
        };
        self.gen_with_write(id, wr, v)?;
        Ok(v)
    }

    /// `++id`, `id--`... through `wr`.
    pub fn gen_with_update(
        &mut self,
        u: &'a UpdateExpr,
        id: &Ident,
        wr: &WithRef,
        want_value: bool,
    ) -> CResult<Tv> {
        let cur = self.gen_with_read(id, wr)?;
        let (old, new) = self.stepped(cur, u.op)?;
        self.gen_with_write(id, wr, new)?;
        Ok(if u.prefix || !want_value { new } else { old })
    }

    /// `typeof id` through `wr` (an unresolvable name is "undefined").
    pub fn gen_with_typeof(&mut self, id: &Ident, wr: &WithRef) -> CResult<Tv> {
        let vs = self.with_dispatch(
            wr,
            &id.sym,
            1,
            |g, found| {
                g.set_loc(id.span);
                let v = g.found_value(found)?;
                Ok(vec![g.call_rt(RtFn::TypeOf, &[v])?])
            },
            |g| {
                let tv = match wr.fallback {
                    Some(r) => {
                        let tv = g.read_fallback(id, r)?;
                        let v = g.boxed(tv);
                        Tv::Boxed(g.call_rt(RtFn::TypeOf, &[v])?, Ty::Str)
                    }
                    None => g.global_typeof(id)?,
                };
                Ok(vec![g.boxed(tv)])
            },
        )?;
        Ok(Tv::Boxed(vs[0], Ty::Str))
    }

    /// `delete id` through `wr`: deletes the with object's property; a
    /// declared binding is not deleted (false), a global property is.
    pub fn gen_with_delete(&mut self, id: &Ident, wr: &WithRef) -> CResult<Tv> {
        let vs = self.with_dispatch(
            wr,
            &id.sym,
            1,
            |g, found| match found {
                Found::Object(o, key) => {
                    let st = g.b.ins().iconst(types::I64, 0);
                    Ok(vec![g.call_rt_checked(RtFn::Delete, &[o, key, st])?])
                }
                Found::Var(_, flag) => {
                    // An eval-declared `var` is deletable: the name no
                    // longer denotes it.
                    let f = g.b.ins().iconst(types::I8, 0);
                    g.store_binding(flag, Tv::Bool(f))?;
                    Ok(vec![g.b.ins().iconst(types::I64, nb::TRUE as i64)])
                }
            },
            |g| {
                let v = match wr.fallback {
                    Some(_) => g.b.ins().iconst(types::I64, nb::FALSE as i64),
                    None => g.delete_global(id)?,
                };
                Ok(vec![v])
            },
        )?;
        Ok(Tv::Boxed(vs[0], Ty::Bool))
    }

    /// The callee and `this` of a call `id(...)` through `wr`: a function
    /// found on a with object is called with the object as `this`.
    pub fn gen_with_callee(&mut self, id: &Ident, wr: &WithRef) -> CResult<(Value, Value)> {
        let vs = self.with_dispatch(
            wr,
            &id.sym,
            2,
            |g, found| {
                g.set_loc(id.span);
                let this = match found {
                    Found::Object(o, _) => o,
                    Found::Var(..) => g.b.ins().iconst(types::I64, nb::UNDEFINED as i64),
                };
                Ok(vec![g.found_value(found)?, this])
            },
            |g| {
                let tv = g.read_static(id, wr.fallback)?;
                let f = g.boxed(tv);
                let u = g.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
                Ok(vec![f, u])
            },
        )?;
        Ok((vs[0], vs[1]))
    }
}

/// Where [`FnGen::with_dispatch`] found the name.
#[derive(Clone, Copy)]
enum Found {
    /// A with object (and the name as a string value).
    Object(Value, Value),
    /// An eval-declared `var` (and its declared flag).
    Var(BindingId, BindingId),
}
