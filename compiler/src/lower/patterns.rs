//! Destructuring: binding a value to an object or array pattern, in
//! declarations, parameters, `catch` and assignments.

use super::property::PKey;
use crate::analysis::{BindingKind, Ty};
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::{CResult, Diagnostic};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;
use swc_common::Spanned;
use swc_ecma_ast::*;

/// How a pattern's identifiers receive their values.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Bind {
    /// A declaration, parameter or catch binding being initialised.
    Init,
    /// An assignment (`[a, b] = [b, a]`): const and TDZ rules apply.
    Assign,
    /// A fresh binding for each loop iteration (`for (const [k, v] of ...)`).
    Fresh,
}

impl<'a> FnGen<'_, 'a> {
    /// Binds `v` to `pat`. `text` is the source of the value (for errors).
    pub fn bind_pat(&mut self, pat: &'a Pat, v: Value, how: Bind, text: &str) -> CResult<()> {
        match pat {
            Pat::Ident(bi) => self.bind_ident(&bi.id, v, how),
            Pat::Assign(a) => {
                let v = self.default_param(v, &a.right)?;
                self.bind_pat(&a.left, v, how, text)
            }
            Pat::Object(o) => self.bind_object_pat(o, v, how, text),
            Pat::Array(a) => self.bind_array_pat(a, v, how, text),
            Pat::Expr(e) => self.bind_target(e, v),
            Pat::Rest(r) => Err(Diagnostic::new(
                r.span,
                "syntax error: Rest element must be last element",
            )),
            Pat::Invalid(i) => Err(Diagnostic::new(
                i.span,
                "syntax error: invalid destructuring target",
            )),
        }
    }

    fn bind_ident(&mut self, id: &'a Ident, v: Value, how: Bind) -> CResult<()> {
        let tv = Tv::Boxed(v, Ty::Any);
        let a = self.a;
        if let Some(wr) = a.with_ref(id.span.lo) {
            // An assignment target or a `var` initialised in a with body.
            return self.gen_with_write(id, wr, tv);
        }
        match how {
            Bind::Fresh => {
                let b = self.a.decls[&id.span.lo];
                self.init_binding(b, tv)
            }
            Bind::Init => {
                let b = self.a.decls[&id.span.lo];
                if matches!(
                    self.a.bindings[b].kind,
                    BindingKind::Param | BindingKind::CatchParam
                ) {
                    self.init_binding(b, tv)
                } else {
                    self.store_binding(b, tv)?;
                    Ok(())
                }
            }
            Bind::Assign => match self.a.reference(id.span.lo) {
                Some(r) => self.assign_binding(r, tv),
                None => {
                    let n = self.str_value(&id.sym)?;
                    let st = self
                        .b
                        .ins()
                        .iconst(types::I64, self.a.funcs[self.fid].strict as i64);
                    self.call_rt_checked(RtFn::SetGlobal, &[n, v, st])?;
                    Ok(())
                }
            },
        }
    }

    /// An assignment-pattern target that is an expression (`{ a: o.x } = ...`).
    fn bind_target(&mut self, e: &'a Expr, v: Value) -> CResult<()> {
        let (o, k, span) = self.target_ref(e)?;
        self.set_key(o, &k, v, span)
    }

    pub fn bind_object_pat(
        &mut self,
        o: &'a ObjectPat,
        v: Value,
        how: Bind,
        text: &str,
    ) -> CResult<()> {
        let first = o.props.first().and_then(|p| match p {
            ObjectPatProp::KeyValue(kv) => Self::prop_name_text(&kv.key),
            ObjectPatProp::Assign(a) => Some(a.key.id.sym.to_string()),
            ObjectPatProp::Rest(_) => None,
        });
        let t = self.str_value(text)?;
        let fk = match first {
            Some(k) => self.str_value(&k)?,
            None => self.b.ins().iconst(types::I64, nb::UNDEFINED as i64),
        };
        self.set_loc(o.span);
        self.call_rt_checked(RtFn::DestructureCheck, &[v, t, fk])?;
        let mut used_keys = vec![];
        for p in &o.props {
            match p {
                ObjectPatProp::KeyValue(kv) => {
                    let key = match &kv.key {
                        PropName::Computed(c) => {
                            let tv = self.gen_expr(&c.expr)?;
                            used_keys.push(self.boxed(tv));
                            PKey::Computed(tv)
                        }
                        other => {
                            let name = Self::prop_name_text(other).unwrap_or_default();
                            used_keys.push(self.str_value(&name)?);
                            let units: Vec<u16> = name.encode_utf16().collect();
                            if matches!(other, PropName::Num(_) | PropName::BigInt(_))
                                || kiln_runtime::text::string::array_index(&units).is_some()
                            {
                                PKey::Computed(Tv::Boxed(self.str_value(&name)?, Ty::Str))
                            } else {
                                PKey::Named(name)
                            }
                        }
                    };
                    let val = self.get_key(v, &key, kv.key.span())?;
                    let sub_text = match &key {
                        PKey::Named(n) => format!("{text}.{n}"),
                        _ => text.to_owned(),
                    };
                    self.bind_pat(&kv.value, val, how, &sub_text)?;
                }
                ObjectPatProp::Assign(a) => {
                    let name = a.key.id.sym.to_string();
                    used_keys.push(self.str_value(&name)?);
                    let val = self.get_named(v, &name, a.key.span)?;
                    let val = match &a.value {
                        Some(d) => self.default_param(val, d)?,
                        None => val,
                    };
                    self.bind_ident(&a.key.id, val, how)?;
                }
                ObjectPatProp::Rest(r) => {
                    let argv = self.spill_args(&used_keys);
                    let n = self.b.ins().iconst(types::I64, used_keys.len() as i64);
                    let excluded = self.call_rt(RtFn::NewArray, &[n, argv])?;
                    let rest = self.call_rt_checked(RtFn::ObjectRest, &[v, excluded])?;
                    self.bind_pat(&r.arg, rest, how, text)?;
                }
            }
        }
        Ok(())
    }

    /// An array pattern: steps what `v` iterates one value per element, in
    /// the spec's order (an assignment target `o.x` / `o[k]` is evaluated
    /// before the step that feeds it, a default after it), and closes the
    /// iterator (`return()`) if the pattern leaves it unfinished, also when
    /// binding throws. Arrays are read by index, as for-of reads them.
    pub fn bind_array_pat(
        &mut self,
        a: &'a ArrayPat,
        v: Value,
        how: Bind,
        text: &str,
    ) -> CResult<()> {
        let t = self.str_value(text)?;
        self.set_loc(a.span);
        let src = self.call_rt_checked(RtFn::ForOfSource, &[v, t])?;
        let sp = self.b.ins().band_imm_s(src, nb::PAYLOAD_MASK as i64);
        let is_arr = self.is_array_at(sp);
        let st = ArrayStep {
            src,
            sp,
            is_arr,
            i: self.b.declare_var(types::I64),
            done: self.b.declare_var(types::I64),
        };
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(st.i, zero);
        self.b.def_var(st.done, zero);
        let outer = self.handler;
        let exc = self.b.create_block();
        self.b.set_cold_block(exc);
        self.handler = exc;
        let r = self.bind_array_elems(a, &st, how, text);
        self.handler = outer;
        r?;
        if !self.is_filled() {
            let done = self.b.use_var(st.done);
            let close = self.b.create_block();
            let after = self.b.create_block();
            self.b.ins().brif(done, after, &[], close, &[]);
            self.switch_to(close);
            self.call_rt_checked(RtFn::IteratorClose, &[src])?;
            self.b.ins().jump(after, &[]);
            self.switch_to(after);
        }
        // Binding threw: close the iterator unless it is done (or its own
        // `next()` threw), then rethrow.
        let resume = (!self.is_filled())
            .then(|| self.b.current_block())
            .flatten();
        self.switch_to(exc);
        let done = self.b.use_var(st.done);
        let close = self.b.create_block();
        self.b.ins().brif(done, outer, &[], close, &[]);
        self.switch_to(close);
        self.throw_rt(RtFn::IteratorCloseThrow, &[src])?;
        match resume {
            Some(b) => self.switch_to(b),
            None => self.dead_block(),
        }
        Ok(())
    }

    fn bind_array_elems(
        &mut self,
        a: &'a ArrayPat,
        st: &ArrayStep,
        how: Bind,
        text: &str,
    ) -> CResult<()> {
        for e in &a.elems {
            let Some(p) = e else {
                self.array_step(st, a.span)?;
                continue;
            };
            if let Pat::Rest(r) = p {
                let i = self.b.use_var(st.i);
                let one = self.b.ins().iconst(types::I64, 1);
                self.b.def_var(st.done, one);
                let rest = self.call_rt_checked(RtFn::IterRest, &[st.src, i])?;
                self.bind_pat(&r.arg, rest, how, text)?;
                break;
            }
            let (target, default) = match p {
                Pat::Assign(asg) => (&*asg.left, Some(&*asg.right)),
                other => (other, None),
            };
            // An expression target's reference comes first.
            let reference = match target {
                Pat::Expr(e) => Some(self.target_ref(e)?),
                _ => None,
            };
            let val = self.array_step(st, a.span)?;
            let val = match default {
                Some(d) => self.default_param(val, d)?,
                None => val,
            };
            match reference {
                Some((o, k, span)) => self.set_key(o, &k, val, span)?,
                None => self.bind_pat(target, val, how, text)?,
            }
        }
        Ok(())
    }

    /// The next value an array pattern takes (undefined once done).
    fn array_step(&mut self, st: &ArrayStep, span: swc_common::Span) -> CResult<Value> {
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let live = self.b.create_block();
        let done = self.b.use_var(st.done);
        self.b.ins().brif(done, join, &[undef.into()], live, &[]);
        self.switch_to(live);
        let arr = self.b.create_block();
        let iter = self.b.create_block();
        self.b.ins().brif(st.is_arr, arr, &[], iter, &[]);

        // Arrays by index, reading the length at each step.
        self.switch_to(arr);
        let els = self.elements_of(st.sp);
        let len = self.b.ins().uload32(
            MemFlagsData::trusted(),
            els,
            kiln_runtime::abi::layout::EL_LENGTH_OFFSET,
        );
        let i = self.b.use_var(st.i);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let read = self.b.create_block();
        let finished = self.b.create_block();
        self.b.ins().brif(more, read, &[], finished, &[]);
        self.switch_to(finished);
        let one = self.b.ins().iconst(types::I64, 1);
        self.b.def_var(st.done, one);
        self.b.ins().jump(join, &[undef.into()]);
        self.switch_to(read);
        let next = self.b.ins().iadd_imm_s(i, 1);
        self.b.def_var(st.i, next);
        let idx = self.b.ins().fcvt_from_sint(types::F64, i);
        let v = self.get_elem(st.src, Tv::F64(idx), span)?;
        self.b.ins().jump(join, &[v.into()]);

        // Iterators: done until `next()` gives a value (so that a throwing
        // `next()` leaves nothing to close).
        self.switch_to(iter);
        let one = self.b.ins().iconst(types::I64, 1);
        self.b.def_var(st.done, one);
        let r = self.call_rt_checked(RtFn::ForOfNext, &[st.src])?;
        let end = self.b.ins().icmp_imm_s(IntCC::Equal, r, nb::HOLE as i64);
        let got = self.b.create_block();
        self.b.ins().brif(end, join, &[undef.into()], got, &[]);
        self.switch_to(got);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.b.def_var(st.done, zero);
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// The reference an assignment-pattern target denotes: its object, key
    /// and span, evaluated now (`[o.x] = ...`, `[o[k]] = ...`).
    fn target_ref(&mut self, e: &'a Expr) -> CResult<(Value, PKey, swc_common::Span)> {
        match e {
            Expr::Member(m) => {
                let o = self.gen_expr(&m.obj)?;
                let o = self.boxed(o);
                let k = self.member_key(m)?;
                Ok((o, k, crate::syntax::ast::prop_span(m)))
            }
            Expr::Paren(p) => self.target_ref(&p.expr),
            other => Err(Diagnostic::unsupported(
                other.span(),
                "this destructuring target",
            )),
        }
    }
}

/// The state of an array pattern's iteration: what `ForOfSource` gave (and
/// its payload and whether it is an array), the next index, and whether the
/// iterator is done.
struct ArrayStep {
    src: Value,
    sp: Value,
    is_arr: Value,
    i: Variable,
    done: Variable,
}
