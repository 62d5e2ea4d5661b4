//! Direct calls of methods' type-specialised clones at `o.name(args)` call sites.
//!
//! A method with a clone (`analysis::speculate`) is entered through its
//! generic entry, whose guard checks the speculated arguments and
//! tail-calls the clone. When the program defines exactly one method
//! `name` and it has a clone, a call `o.name(args)` reads the method as an
//! inlined call does (the inline site's "shape equal, epoch equal, slot
//! holds the function" guard, else the inline-cache read), compares the
//! function found with the one the site last saw to be that method, checks
//! the speculated arguments that are not numbers by their static type, and
//! calls the clone directly: no function-object check, no indirect call, no
//! second guard in the callee. Anything else (another function, a getter, a
//! non-number argument) takes the generic call, which is always correct:
//! only the identity of the function called is speculated on, as for
//! inlining, and the clone is what the generic entry would run.

use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::CResult;
use crate::syntax::ast::prop_span;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use kiln_runtime::abi::value as nb;
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    /// `o.name(args)` (`o` evaluated) as a guarded direct call of the
    /// clone of the one method called `name`, or `None` (nothing
    /// generated) when there is no such clone.
    pub(super) fn try_direct_call(
        &mut self,
        c: &'a CallExpr,
        callee: &'a Expr,
        m: &'a MemberExpr,
        o: Value,
        name: &str,
    ) -> CResult<Option<Value>> {
        let a = self.generic_a;
        let Some([(fid, _)]) = a.methods.get(name).map(|d| d.as_slice()) else {
            return Ok(None);
        };
        let fid = *fid;
        let Some(&clone) = self.mg.clones.get(&fid) else {
            return Ok(None);
        };
        if c.args.iter().any(|a| a.spread.is_some()) {
            return Ok(None);
        }
        let span = prop_span(m);
        let site = self.inline_site(span);
        let f = self.get_method(o, name, span, site, None)?;
        let mut tvs = Vec::with_capacity(c.args.len());
        for arg in &c.args {
            tvs.push(self.gen_expr(&arg.expr)?);
        }
        let vals: Vec<Value> = tvs.iter().map(|&tv| self.boxed(tv)).collect();
        let text = self.source_text(callee);
        self.set_loc(span);

        let [check, remember, direct, generic, join] =
            std::array::from_fn(|_| self.b.create_block());
        self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(check);
        self.b.set_cold_block(remember);
        let t = MemFlagsData::trusted();
        let seen = self
            .b
            .ins()
            .load(types::I64, t, site, super::inline::INLINE_FUNC_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, f, seen);
        // (An unfilled site holds 0, which is also the number +0.)
        let filled = self.b.ins().icmp_imm_s(IntCC::NotEqual, seen, 0);
        let same = self.b.ins().band(same, filled);
        let speculated = self.generic_a.spec_params[&fid].clone();
        let mut unknown: Option<Value> = None;
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        for (i, &s) in speculated.iter().enumerate() {
            if !s {
                continue;
            }
            let (v, known) = match tvs.get(i) {
                Some(Tv::F64(_)) | Some(Tv::Boxed(_, crate::analysis::Ty::Num)) => (vals[i], true),
                Some(_) => (vals[i], false),
                // A missing argument is undefined: never the clone.
                None => (undef, false),
            };
            if !known {
                unknown = Some(match unknown {
                    Some(u) => self.b.ins().umax(u, v),
                    None => v,
                });
            }
        }
        let same_blk = self.b.create_block();
        self.b.ins().brif(same, same_blk, &[], check, &[]);
        self.switch_to(same_blk);
        match unknown {
            Some(u) => {
                let ok = self.is_number(u);
                self.b.ins().brif(ok, direct, &[], generic, &[]);
            }
            None => {
                self.b.ins().jump(direct, &[]);
            }
        }

        // Cold: is `f` a function object running the method's code? Then
        // remember it (and where receivers of this shape find it).
        self.switch_to(check);
        let ptr = self.function_ptr(f, generic);
        let code = self.b.ins().load(
            types::I64,
            t,
            ptr,
            kiln_runtime::abi::layout::FUNCTION_CODE_OFFSET,
        );
        let r = self.fn_ref(fid);
        let entry = self.b.ins().func_addr(types::I64, r);
        let is_it = self.b.ins().icmp(IntCC::Equal, code, entry);
        self.b.ins().brif(is_it, remember, &[], generic, &[]);
        self.switch_to(remember);
        self.b
            .ins()
            .store(t, f, site, super::inline::INLINE_FUNC_OFFSET);
        self.record_method_slot(o, f, span, site, generic);

        self.switch_to(direct);
        let args = self.generic_args_full(f, o, &vals, undef)?;
        let cr =
            cranelift_module::Module::declare_func_in_func(&mut self.mg.module, clone, self.b.func);
        let call = self.b.ins().call(cr, &args);
        let r = self.b.inst_results(call)[0];
        self.check_exception(r);
        self.b.ins().jump(join, &[r.into()]);

        self.switch_to(generic);
        let r = self
            .call_value(f, o, &vals, undef, &text, false)?
            .expect("not a tail call");
        self.b.ins().jump(join, &[r.into()]);
        self.switch_to(join);
        self.set_loc(span);
        Ok(Some(self.b.block_params(join)[0]))
    }
}
