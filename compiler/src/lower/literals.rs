//! Literals: primitive and template literals, object literals (with methods and accessors) and array literals.

use crate::analysis::*;
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::{CResult, Diagnostic};
use cranelift_codegen::ir::{types, InstBuilder, Value};
use cranelift_module::Module;
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;
use swc_common::Spanned;
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    pub fn gen_lit(&mut self, l: &Lit) -> CResult<Tv> {
        Ok(match l {
            Lit::Num(n) => self.f64_const(n.value),
            Lit::Bool(b) => Tv::Bool(self.b.ins().iconst(types::I8, b.value as i64)),
            Lit::Null(_) => self.const_boxed(nb::NULL, Ty::Any),
            Lit::Str(s) => {
                let units: Vec<u16> = s.value.as_wtf8().to_ill_formed_utf16().collect();
                Tv::Boxed(self.string_value(&units)?, Ty::Str)
            }
            Lit::Regex(r) => {
                // Validated by the resolver; the runtime compiles it once per site.
                let site = self.b.ins().iconst(types::I64, r.span.lo.0 as i64);
                let p = self.str_value(r.exp.as_str())?;
                let f = self.str_value(r.flags.as_str())?;
                self.set_loc(r.span);
                let v = self.call_rt_checked(RtFn::RegExpLiteral, &[site, p, f])?;
                Tv::Boxed(v, Ty::Any)
            }
            Lit::BigInt(b) => {
                // Decimal digits (swc normalised radix and separators);
                // the runtime makes the value.
                let digits = self.str_value(&b.value.to_string())?;
                let v = self.call_rt(RtFn::BigIntLiteral, &[digits])?;
                Tv::Boxed(v, Ty::Any)
            }
            other => return Err(Diagnostic::unsupported(other.span(), "this literal")),
        })
    }

    pub fn gen_tpl(&mut self, t: &'a Tpl) -> CResult<Tv> {
        let mut acc: Option<cranelift_codegen::ir::Value> = None;
        for (i, q) in t.quasis.iter().enumerate() {
            let cooked = q.cooked.as_ref().ok_or_else(|| {
                Diagnostic::new(q.span, "syntax error: invalid escape sequence in template")
            })?;
            let units: Vec<u16> = cooked.as_wtf8().to_ill_formed_utf16().collect();
            if !units.is_empty() || acc.is_none() {
                let s = self.string_value(&units)?;
                acc = Some(match acc {
                    None => s,
                    Some(prev) => self.call_rt_checked(RtFn::Concat, &[prev, s])?,
                });
            }
            if let Some(e) = t.exprs.get(i) {
                let tv = self.gen_expr(e)?;
                let s = if tv.ty() == Ty::Str {
                    self.boxed(tv)
                } else {
                    let v = self.boxed(tv);
                    self.call_rt_checked(RtFn::ToStringV, &[v])?
                };
                let prev = acc.expect("template starts with a quasi");
                acc = Some(self.call_rt_checked(RtFn::Concat, &[prev, s])?);
            }
        }
        Ok(Tv::Boxed(acc.expect("template has a quasi"), Ty::Str))
    }

    /// A tagged template `tag`a${x}b``: the tag (with its `this` for a
    /// member tag), the site's template object, then the substitutions.
    pub fn gen_tagged_tpl(&mut self, t: &'a TaggedTpl) -> CResult<Tv> {
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let (this, f) = match crate::syntax::ast::strip_parens(&t.tag) {
            Expr::Member(m) => {
                let o = self.gen_expr(&m.obj)?;
                let o = self.boxed(o);
                let k = self.member_key(m)?;
                let f = match &k {
                    crate::lower::property::PKey::Named(n) => {
                        self.get_named_as(o, n, crate::syntax::ast::prop_span(m), true)?
                    }
                    _ => self.get_key(o, &k, crate::syntax::ast::prop_span(m))?,
                };
                (o, f)
            }
            Expr::SuperProp(s) => {
                let this = self.read_synth(s.span.lo + swc_common::BytePos(1))?;
                let f = self.super_get(s)?;
                (this, f)
            }
            // A tag found on a `with` object is called with it as `this`.
            Expr::Ident(id) if self.a.with_ref(id.span.lo).is_some() => {
                let a = self.a;
                let wr = a.with_ref(id.span.lo).expect("checked");
                let (f, this) = self.gen_with_callee(id, wr)?;
                (this, f)
            }
            tag => {
                let f = self.gen_expr(tag)?;
                (undef, self.boxed(f))
            }
        };
        let mut strs = Vec::with_capacity(t.tpl.quasis.len() * 2);
        for q in &t.tpl.quasis {
            strs.push(match &q.cooked {
                Some(c) if !octal_like_escape(q.raw.as_str()) => {
                    let units: Vec<u16> = c.as_wtf8().to_ill_formed_utf16().collect();
                    self.string_value(&units)?
                }
                _ => undef,
            });
        }
        for q in &t.tpl.quasis {
            let raw = q.raw.as_str().replace("\r\n", "\n").replace('\r', "\n");
            strs.push(self.str_value(&raw)?);
        }
        // The template's own position: `tag`x``y`` nests tagged templates
        // that all start at `tag`.
        let site = self.b.ins().iconst(types::I64, t.tpl.span.lo.0 as i64);
        let argc = self.b.ins().iconst(types::I64, strs.len() as i64);
        let argv = self.spill_args(&strs);
        let tobj = self.call_rt(RtFn::TemplateObject, &[site, argc, argv])?;
        let mut vals = vec![tobj];
        for e in &t.tpl.exprs {
            let tv = self.gen_expr(e)?;
            vals.push(self.boxed(tv));
        }
        let text = self.source_text(&t.tag);
        self.set_loc(t.span);
        let r = self
            .call_value(f, this, &vals, undef, &text, false)?
            .expect("not a tail call");
        Ok(Tv::Boxed(r, Ty::Any))
    }

    /// The static text of a property name, if not computed.
    pub fn prop_name_text(k: &PropName) -> Option<String> {
        match k {
            PropName::Ident(i) => Some(i.sym.to_string()),
            PropName::Str(s) => Some(s.value.to_string_lossy().into_owned()),
            PropName::Num(n) => Some(kiln_runtime::text::number_format::to_rust_string(n.value)),
            PropName::BigInt(b) => Some(b.value.to_string()),
            _ => None,
        }
    }

    /// A property name as a boxed key value.
    pub fn prop_key(&mut self, k: &'a PropName) -> CResult<Value> {
        match k {
            PropName::Computed(c) => {
                let tv = self.gen_expr(&c.expr)?;
                Ok(self.boxed(tv))
            }
            PropName::Num(n) => {
                let tv = self.f64_const(n.value);
                Ok(self.boxed(tv))
            }
            other => {
                let text = Self::prop_name_text(other).unwrap_or_default();
                self.str_value(&text)
            }
        }
    }

    pub fn gen_object(&mut self, o: &'a ObjectLit) -> CResult<Tv> {
        // Fast path: only `key: value` / shorthand with distinct, non-index names.
        let mut simple = vec![];
        for p in &o.props {
            let PropOrSpread::Prop(p) = p else { break };
            let (name, val): (String, Option<&'a Expr>) = match &**p {
                Prop::Shorthand(id) => (id.sym.to_string(), None),
                Prop::KeyValue(kv) => match Self::prop_name_text(&kv.key) {
                    Some(n) if !matches!(kv.key, PropName::Num(_) | PropName::BigInt(_)) => {
                        (n, Some(&*kv.value))
                    }
                    _ => break,
                },
                _ => break,
            };
            let units: Vec<u16> = name.encode_utf16().collect();
            if name == "__proto__"
                || kiln_runtime::text::string::array_index(&units).is_some()
                || simple.iter().any(|(n, _, _): &(String, _, _)| *n == name)
            {
                break;
            }
            simple.push((name, val, p));
        }
        if simple.len() == o.props.len() && !simple.is_empty() {
            let mut vals = vec![];
            for (name, val, p) in &simple {
                let tv = match val {
                    Some(e) => self.gen_expr(e)?,
                    None => match &***p {
                        Prop::Shorthand(id) => self.gen_ident(id)?,
                        _ => unreachable!(),
                    },
                };
                let _ = name;
                vals.push(self.boxed(tv));
            }
            let mut all = vec![];
            for (name, _, _) in &simple {
                all.push(self.str_value(name)?);
            }
            all.extend(vals);
            let argv = self.spill_args(&all);
            let idx = self.mg.lit_count;
            self.mg.lit_count += 1;
            let gv = self
                .mg
                .module
                .declare_data_in_func(self.mg.lit_sites, self.b.func);
            let base = self.b.ins().symbol_value(types::I64, gv);
            let site_size = kiln_runtime::abi::layout::LITERAL_SITE_SIZE as i64;
            let site = self.b.ins().iadd_imm_s(base, idx as i64 * site_size);
            let n = self.b.ins().iconst(types::I64, simple.len() as i64);
            let n_offset = kiln_runtime::abi::layout::LITERAL_SITE_N_OFFSET;
            self.b.ins().store(Self::trusted(), n, site, n_offset);
            self.set_loc(o.span);
            let r = self.call_rt(RtFn::ObjectLiteral, &[site, argv])?;
            return Ok(Tv::Boxed(r, Ty::Any));
        }
        let obj = self.call_rt(RtFn::NewObject, &[])?;
        for p in &o.props {
            match p {
                PropOrSpread::Spread(s) => {
                    let tv = self.gen_expr(&s.expr)?;
                    let v = self.boxed(tv);
                    self.call_rt_checked(RtFn::CopyProps, &[obj, v])?;
                }
                PropOrSpread::Prop(p) => match &**p {
                    Prop::Shorthand(id) => {
                        let tv = self.gen_ident(id)?;
                        let v = self.boxed(tv);
                        let k = self.str_value(&id.sym)?;
                        self.call_rt_checked(RtFn::DefineField, &[obj, k, v])?;
                    }
                    Prop::KeyValue(kv) => {
                        let is_proto = matches!(&kv.key, PropName::Ident(i) if &*i.sym == "__proto__")
                            || matches!(&kv.key, PropName::Str(s) if s.value.to_string_lossy() == "__proto__");
                        if is_proto {
                            let tv = self.gen_expr(&kv.value)?;
                            let v = self.boxed(tv);
                            self.call_rt(RtFn::SetProtoLiteral, &[obj, v])?;
                            continue;
                        }
                        let k = self.prop_key(&kv.key)?;
                        let tv = self.gen_expr(&kv.value)?;
                        let v = self.boxed(tv);
                        let anonymous_fn = match crate::syntax::ast::strip_parens(&kv.value) {
                            Expr::Fn(f) => f.ident.is_none(),
                            Expr::Class(c) => c.ident.is_none(),
                            Expr::Arrow(_) => true,
                            _ => false,
                        };
                        if matches!(kv.key, PropName::Computed(_)) && anonymous_fn {
                            // Named after the key's value (SetFunctionName).
                            self.define_method(obj, k, v, 0, true)?;
                        } else {
                            self.call_rt_checked(RtFn::DefineField, &[obj, k, v])?;
                        }
                    }
                    Prop::Method(m) => {
                        let k = self.prop_key(&m.key)?;
                        let f = self.method_closure(&m.function)?;
                        self.define_method(obj, k, f, 0, true)?;
                    }
                    Prop::Getter(g) => {
                        let k = self.prop_key(&g.key)?;
                        let f = self.method_closure(&g.function)?;
                        self.define_method(obj, k, f, 1, true)?;
                    }
                    Prop::Setter(s) => {
                        let k = self.prop_key(&s.key)?;
                        let f = self.method_closure(&s.function)?;
                        self.define_method(obj, k, f, 2, true)?;
                    }
                    Prop::Assign(a) => {
                        return Err(Diagnostic::new(
                            a.span(),
                            "syntax error: Invalid shorthand property initializer",
                        ))
                    }
                },
            }
        }
        Ok(Tv::Boxed(obj, Ty::Any))
    }

    /// The function object of a method (object literal or class member).
    pub fn method_closure(&mut self, f: &'a Function) -> CResult<Value> {
        let fid = self.a.func_at(f.span);
        self.queue(fid, crate::codegen::func::FnNode::Function(f));
        self.make_closure(fid)
    }

    pub fn define_method(
        &mut self,
        obj: Value,
        key: Value,
        f: Value,
        kind: i64,
        enumerable: bool,
    ) -> CResult<()> {
        let k = self.b.ins().iconst(types::I64, kind);
        let e = self.b.ins().iconst(types::I64, enumerable as i64);
        self.call_rt_checked(RtFn::DefineMethod, &[obj, key, f, k, e])?;
        Ok(())
    }

    pub fn gen_array(&mut self, a: &'a ArrayLit) -> CResult<Tv> {
        if a.elems.iter().flatten().any(|e| e.spread.is_some()) {
            let n = self.b.ins().iconst(types::I64, 0);
            let arr = self.call_rt(RtFn::NewArray, &[n, n])?;
            for e in &a.elems {
                match e {
                    None => {
                        let h = self.b.ins().iconst(types::I64, nb::HOLE as i64);
                        self.call_rt(RtFn::ArrayAppend, &[arr, h])?;
                    }
                    Some(e) => {
                        let tv = self.gen_expr(&e.expr)?;
                        let v = self.boxed(tv);
                        if e.spread.is_some() {
                            self.set_loc(e.expr.span());
                            let text = self.raw_source_text(&e.expr);
                            let t = self.str_value(&text)?;
                            let zero = self.b.ins().iconst(types::I64, 0);
                            self.call_rt_checked(RtFn::ArraySpread, &[arr, v, zero, t])?;
                        } else {
                            self.call_rt(RtFn::ArrayAppend, &[arr, v])?;
                        }
                    }
                }
            }
            return Ok(Tv::Boxed(arr, Ty::Any));
        }
        let mut vals = vec![];
        for e in &a.elems {
            match e {
                None => vals.push(self.b.ins().iconst(types::I64, nb::HOLE as i64)),
                Some(e) => {
                    if let Some(sp) = e.spread {
                        return Err(Diagnostic::unsupported(
                            sp,
                            "spread syntax in an array literal",
                        ));
                    }
                    let tv = self.gen_expr(&e.expr)?;
                    vals.push(self.boxed(tv));
                }
            }
        }
        let argv = self.spill_args(&vals);
        let n = self.b.ins().iconst(types::I64, vals.len() as i64);
        self.set_loc(a.span);
        Ok(Tv::Boxed(
            self.call_rt(RtFn::NewArray, &[n, argv])?,
            Ty::Any,
        ))
    }
}

/// Whether a template's raw text has `\0` before a digit or `\1`..`\9`:
/// not valid template escapes (their cooked value is undefined), which swc
/// cooks as legacy octal escapes.
fn octal_like_escape(raw: &str) -> bool {
    let b = raw.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b'\\' {
            let n = b[i + 1];
            if n.is_ascii_digit() && (n != b'0' || b.get(i + 2).is_some_and(u8::is_ascii_digit)) {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}
