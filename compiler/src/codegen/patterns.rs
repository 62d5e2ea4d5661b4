//! Destructuring: binding a value to an object or array pattern, in
//! declarations, parameters, `catch` and assignments.

use super::func::FnGen;
use super::objects::PKey;
use super::value::Tv;
use crate::diag::{CResult, Diagnostic};
use crate::resolve::{BindingKind, Ty};
use cranelift_codegen::ir::{types, InstBuilder, Value};
use kiln_runtime::abi::RtFn;
use kiln_runtime::value as nb;
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
                    self.store_binding(b, tv);
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

    /// An assignment-pattern target that is an expression (`[o.x] = ...`).
    fn bind_target(&mut self, e: &'a Expr, v: Value) -> CResult<()> {
        match e {
            Expr::Member(m) => {
                let o = self.gen_expr(&m.obj)?;
                let o = self.boxed(o);
                let k = self.member_key(m)?;
                self.set_key(o, &k, v, super::objects::prop_span(m))
            }
            Expr::Paren(p) => self.bind_target(&p.expr, v),
            other => Err(Diagnostic::unsupported(
                other.span(),
                "this destructuring target",
            )),
        }
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
                            if matches!(other, PropName::Num(_))
                                || kiln_runtime::string::array_index(&units).is_some()
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

    pub fn bind_array_pat(
        &mut self,
        a: &'a ArrayPat,
        v: Value,
        how: Bind,
        text: &str,
    ) -> CResult<()> {
        let t = self.str_value(text)?;
        self.set_loc(a.span);
        let reads = if a.elems.iter().flatten().any(|p| matches!(p, Pat::Rest(_))) {
            -1
        } else {
            a.elems.len() as i64
        };
        let limit = self.b.ins().iconst(types::I64, reads);
        let arr = self.call_rt_checked(RtFn::IterArray, &[v, t, limit])?;
        for (i, e) in a.elems.iter().enumerate() {
            let Some(p) = e else { continue };
            if let Pat::Rest(r) = p {
                let from = self.b.ins().iconst(types::I64, i as i64);
                let rest = self.call_rt(RtFn::ArraySliceFrom, &[arr, from])?;
                self.bind_pat(&r.arg, rest, how, text)?;
                break;
            }
            let idx = self.f64_const(i as f64);
            let val = self.get_elem(arr, idx, a.span)?;
            self.bind_pat(p, val, how, text)?;
        }
        Ok(())
    }
}
