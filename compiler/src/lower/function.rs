//! Functions: the body of a function (prologue, parameters, defaults, `arguments`), closures,
//! function and arrow expressions, `this` and `new.target`.

use crate::analysis::*;
use crate::codegen::func::{FnGen, FnNode};
use crate::codegen::value::Tv;
use crate::diag::CResult;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use kiln_runtime::abi::generic;
use kiln_runtime::abi::{self, RtFn};
use kiln_runtime::abi::{heap, layout as fnl, value as nb};
use swc_common::BytePos;
use swc_ecma_ast::*;

impl<'a> FnGen<'_, 'a> {
    pub fn gen_function(&mut self, node: FnNode<'a>) -> CResult<()> {
        let fi = &self.a.funcs[self.fid];
        self.set_loc(fi.span);
        let entry = self.b.current_block().expect("entry block");
        let params = self.b.block_params(entry).to_vec();
        self.spec_guard(&params)?;
        self.stack_check();
        if (fi.is_generator || fi.is_async) && !fi.is_specialised() && fi.kind != FuncKind::Script {
            let create = if fi.is_async && fi.is_generator {
                RtFn::AsyncGenStart
            } else if fi.is_async {
                RtFn::AsyncStart
            } else if complex_params(node) {
                // FunctionDeclarationInstantiation runs at the call: the
                // body starts and stops after the parameters (below).
                RtFn::GeneratorCreateEager
            } else {
                RtFn::GeneratorCreate
            };
            self.generator_prologue(&params, create)?;
        }
        let fi = &self.a.funcs[self.fid];
        // Cells captured from enclosing functions.
        let captures = fi.captures.clone();
        if !captures.is_empty() {
            let ptr = self
                .b
                .ins()
                .band_imm_s(self.callee, nb::PAYLOAD_MASK as i64);
            for (i, &bid) in captures.iter().enumerate() {
                let off = kiln_runtime::abi::layout::FUNCTION_CAPTURES_OFFSET + 8 * i as i32;
                let cell = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), ptr, off);
                let var = self.var_of(bid);
                self.b.def_var(var, cell);
            }
        }
        // A named function expression's own name: closures in parameter
        // defaults may capture it, so it is bound before the parameters.
        if let Some(sb) = fi.self_binding {
            let c = self.callee;
            self.init_binding(sb, Tv::Boxed(c, Ty::Any))?;
        }
        let fi = &self.a.funcs[self.fid];
        // Parameters.
        let specialised = fi.is_specialised();
        if specialised {
            for (i, &pb) in fi.params.clone().iter().enumerate() {
                let pty = self.a.funcs[self.fid].param_tys[i];
                let v = params[abi::SPECIALISED_PARAM0 + i];
                let tv = match pty.rep() {
                    Rep::F64 => Tv::F64(v),
                    Rep::Bool => Tv::Bool(v),
                    Rep::Boxed => Tv::Boxed(v, pty),
                };
                self.init_binding(pb, tv)?;
            }
        } else if fi.kind != FuncKind::Script {
            self.argc = Some(params[generic::ARGC]);
            self.rest = Some(params[generic::REST]);
            // `this` and friends first: default values may use them.
            self.init_synthetic(&params, false)?;
            let pats = param_pats(node);
            for (i, &pb) in fi.params.clone().iter().enumerate() {
                let v = if i < abi::REG_ARGS {
                    params[generic::ARG0 + i]
                } else {
                    self.overflow_arg(i)?
                };
                let v = match pats.get(i) {
                    Some(Pat::Assign(a)) => self.default_param(v, &a.right)?,
                    _ => v,
                };
                // In a clone, the entry guard checked the speculated ones.
                let ty = match self.spec_clone {
                    true if self.a.bindings[pb].ty == Ty::Num => Ty::Num,
                    _ => Ty::Any,
                };
                self.init_binding(pb, Tv::Boxed(v, ty))?;
                // A destructured parameter: bind its pattern.
                let pattern = match pats.get(i) {
                    Some(Pat::Assign(a)) if !matches!(&*a.left, Pat::Ident(_)) => Some(&*a.left),
                    Some(p @ (Pat::Object(_) | Pat::Array(_))) => Some(*p),
                    _ => None,
                };
                if let Some(p) = pattern {
                    self.bind_pat(p, v, super::patterns::Bind::Init, "undefined")?;
                }
            }
            if let Some(rb) = self.a.funcs[self.fid].rest_param {
                let n = self.a.funcs[self.fid].params.len() as i64;
                let from = self.b.ins().iconst(types::I64, n);
                let args = [
                    params[generic::ARGC],
                    params[generic::ARG0],
                    params[generic::ARG0 + 1],
                    params[generic::ARG0 + 2],
                    params[generic::REST],
                    from,
                ];
                let arr = self.call_rt(RtFn::RestArray, &args)?;
                self.init_binding(rb, Tv::Boxed(arr, Ty::Any))?;
                // `...[a, b]` / `...{ length }`: destructure the rest array.
                if let Some(Pat::Rest(r)) = pats.last() {
                    if !matches!(&*r.arg, Pat::Ident(_)) {
                        self.bind_pat(&r.arg, arr, super::patterns::Bind::Init, "undefined")?;
                    }
                }
            }
        }
        if let FnNode::Class(c) = node {
            return self.gen_class_ctor(c, &params);
        }
        if let FnNode::StaticInit(c) = node {
            return self.gen_static_init(c, &params);
        }
        let generic = !self.a.funcs[self.fid].is_specialised()
            && self.a.funcs[self.fid].kind != FuncKind::Script;
        if !generic {
            self.init_synthetic(&params, false)?;
        }
        self.init_synthetic(&params, true)?;
        let fi = &self.a.funcs[self.fid];
        if fi.is_async && fi.is_generator && !fi.is_specialised() {
            // The parameters are bound: the call that created the async
            // generator returns now (an error above was thrown by the call).
            self.call_rt(RtFn::AsyncGenParamsDone, &[])?;
        } else if fi.is_generator && !fi.is_async && !fi.is_specialised() && complex_params(node) {
            // The parameters are bound: the call that created the
            // generator returns now; `return()`/`throw()` before the first
            // `next()` complete it from here.
            self.call_rt_checked(RtFn::GeneratorParamsDone, &[])?;
        }
        let scope = self.a.funcs[self.fid].scope;
        self.enter_scope(scope)?;
        match node {
            FnNode::Script(s) => {
                self.gen_stmts(&s.body)?;
                let u = self.undefined();
                self.gen_return_value(u)?;
            }
            FnNode::Function(f) => {
                if let Some(body) = &f.body {
                    self.gen_stmts(&body.stmts)?;
                }
                let u = self.undefined();
                self.gen_return_value(u)?;
            }
            FnNode::Arrow(ar) => match &*ar.body {
                ArrowFunctionBody::FunctionBody(b) => {
                    self.gen_stmts(&b.stmts)?;
                    let u = self.undefined();
                    self.gen_return_value(u)?;
                }
                ArrowFunctionBody::Expr(e) => self.gen_return(Some(e), ar.span)?,
            },
            FnNode::Class(_) | FnNode::StaticInit(_) => unreachable!("handled above"),
        }
        Ok(())
    }

    /// The entry guard of a method with a type-specialised clone
    /// (`analysis::speculate`): when every speculated argument is a number
    /// (the larger of their boxes is), tail-call the clone with the same
    /// arguments; else fall through to this, the generic body.
    fn spec_guard(&mut self, params: &[Value]) -> CResult<()> {
        if self.spec_clone {
            return Ok(());
        }
        let Some(&clone) = self.mg.clones.get(&self.fid) else {
            return Ok(());
        };
        let spec = self.a.spec_params[&self.fid].clone();
        let mut max: Option<Value> = None;
        for (i, _) in spec.iter().enumerate().filter(|(_, &s)| s) {
            let v = params[generic::ARG0 + i];
            max = Some(match max {
                Some(m) => self.b.ins().umax(m, v),
                None => v,
            });
        }
        let max = max.expect("a speculated parameter");
        let ok = self.is_number(max);
        let [to_clone, body] = std::array::from_fn(|_| self.b.create_block());
        self.b.ins().brif(ok, to_clone, &[], body, &[]);
        self.switch_to(to_clone);
        let r =
            cranelift_module::Module::declare_func_in_func(&mut self.mg.module, clone, self.b.func);
        self.b.ins().return_call(r, params);
        self.switch_to(body);
        Ok(())
    }

    /// Argument `i` (beyond the register ones) of a generic entry.
    fn overflow_arg(&mut self, i: usize) -> CResult<Value> {
        let argc = self.argc.expect("generic entry");
        let rest = self.rest.expect("generic entry");
        let has = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThan, argc, i as i64);
        let load_blk = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        self.b.ins().brif(has, load_blk, &[], join, &[undef.into()]);
        self.switch_to(load_blk);
        let off = heap::ARGS_VALUES_OFFSET + 8 * (i - abi::REG_ARGS) as i32;
        let v = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), rest, off);
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// Allocates the function object of `f`, filling in its captured cells.
    pub fn make_closure(&mut self, f: FuncId) -> CResult<Value> {
        let fi = &self.a.funcs[f];
        let code = if fi.escapes {
            let r = self.fn_ref(f);
            self.b.ins().func_addr(types::I64, r)
        } else {
            self.b.ins().iconst(types::I64, 0)
        };
        let name = fi.name.clone();
        let name = self.str_value(&name)?;
        let len = self.b.ins().iconst(types::I64, fi.length as i64);
        let captures = fi.captures.clone();
        let n = self.b.ins().iconst(types::I64, captures.len() as i64);
        let flags = self.closure_flags(f);
        let flags = self.b.ins().iconst(types::I64, flags);
        let (is_generator, is_async) = (fi.is_generator, fi.is_async);
        let obj = self.call_rt(RtFn::MakeClosure, &[code, name, len, n, flags])?;
        if is_generator {
            self.call_rt(RtFn::MakeGeneratorFunction, &[obj])?;
        }
        if is_async {
            self.call_rt(RtFn::MakeAsyncFunction, &[obj])?;
        }
        if !captures.is_empty() {
            let ptr = self.b.ins().band_imm_s(obj, nb::PAYLOAD_MASK as i64);
            for (i, &bid) in captures.iter().enumerate() {
                let cell = self.cell_ptr(bid);
                let off = kiln_runtime::abi::layout::FUNCTION_CAPTURES_OFFSET + 8 * i as i32;
                self.b.ins().store(MemFlagsData::trusted(), cell, ptr, off);
            }
        }
        Ok(obj)
    }

    pub fn gen_fn_expr(&mut self, f: &'a FnExpr) -> CResult<Tv> {
        let fid = self.a.func_at(f.function.span);
        self.queue(fid, FnNode::Function(&f.function));
        Ok(Tv::Boxed(self.make_closure(fid)?, Ty::Any))
    }

    pub fn gen_arrow(&mut self, ar: &'a ArrowExpr) -> CResult<Tv> {
        let fid = self.a.func_at(ar.span);
        self.queue(fid, FnNode::Arrow(ar));
        Ok(Tv::Boxed(self.make_closure(fid)?, Ty::Any))
    }

    /// Reads the synthetic binding referenced at `lo` (boxed). `this` in a
    /// derived constructor is checked for "before super()".
    pub fn read_synth(&mut self, lo: BytePos) -> CResult<Value> {
        let Some(r) = self.a.synth_refs.get(&lo).copied() else {
            return Ok(self.b.ins().iconst(types::I64, nb::UNDEFINED as i64));
        };
        let tv = self.read_binding(r.binding, false)?;
        let v = self.boxed(tv);
        let b = &self.a.bindings[r.binding];
        let owner = &self.a.funcs[b.func];
        if b.name == "%this" && owner.kind == FuncKind::ClassCtor && owner.derived {
            let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::HOLE as i64);
            self.throw_if(is_hole, |g| g.call_rt(RtFn::ThrowThisTdz, &[]).map(|_| ()))?;
        }
        Ok(v)
    }

    pub fn gen_this(&mut self, t: &ThisExpr) -> CResult<Tv> {
        Ok(Tv::Boxed(self.read_synth(t.span.lo)?, Ty::Any))
    }

    pub fn gen_meta(&mut self, m: &MetaPropExpr) -> CResult<Tv> {
        Ok(Tv::Boxed(self.read_synth(m.span.lo)?, Ty::Any))
    }

    /// Initialises the synthetic bindings of the function being generated.
    /// Initialises the synthetic bindings of the function being generated:
    /// `this`, `new.target`, home object and active function, or (with
    /// `arguments_only`) the `arguments` object. Class constructors do their own.
    pub fn init_synthetic(&mut self, params: &[Value], arguments_only: bool) -> CResult<()> {
        if self.a.funcs[self.fid].kind == FuncKind::ClassCtor {
            return Ok(());
        }
        if arguments_only {
            return self.init_arguments(params);
        }
        let fi = &self.a.funcs[self.fid];
        let generic = !fi.is_specialised() && fi.kind != FuncKind::Script;
        let undef = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
        let used = |g: &Self, b: Option<usize>| b.filter(|b| g.mg.used_synth.contains(b));
        if fi.kind != FuncKind::ClassCtor {
            if let Some(tb) = used(self, fi.this_binding) {
                let raw = if generic {
                    params[generic::THIS]
                } else {
                    undef
                };
                let v = if fi.kind == FuncKind::Script && self.a.script_mode {
                    // A classic script (`--script`): the global object.
                    self.call_rt(RtFn::SloppyThis, &[undef])?
                } else if fi.kind == FuncKind::Script {
                    // Node runs a script as a CommonJS module: `this` is `module.exports`.
                    self.call_rt(RtFn::NewObject, &[])?
                } else if fi.strict {
                    raw
                } else {
                    self.call_rt(RtFn::SloppyThis, &[raw])?
                };
                self.init_binding(tb, Tv::Boxed(v, Ty::Any))?;
            }
        }
        let fi = &self.a.funcs[self.fid];
        if let Some(b) = used(self, fi.new_target_binding) {
            let v = if generic && !fi.is_generator && !fi.is_async {
                params[generic::NEW_TARGET]
            } else {
                undef
            };
            self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
        }
        let fi = &self.a.funcs[self.fid];
        if let Some(b) = used(self, fi.home_binding) {
            let v = if generic && fi.kind != FuncKind::Script {
                let p = self
                    .b
                    .ins()
                    .band_imm_s(self.callee, nb::PAYLOAD_MASK as i64);
                self.b
                    .ins()
                    .load(types::I64, Self::trusted(), p, fnl::FUNCTION_HOME_OFFSET)
            } else {
                undef
            };
            self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
        }
        let fi = &self.a.funcs[self.fid];
        if let Some(b) = used(self, fi.fn_binding) {
            let v = if generic { self.callee } else { undef };
            self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
        }
        Ok(())
    }

    /// Initialises the `arguments` object, if the function uses it.
    fn init_arguments(&mut self, params: &[Value]) -> CResult<()> {
        let fi = &self.a.funcs[self.fid];
        let generic = !fi.is_specialised() && fi.kind != FuncKind::Script;
        let fi = &self.a.funcs[self.fid];
        if let Some(b) = fi.arguments_binding {
            if generic {
                let st = self.b.ins().iconst(types::I64, fi.strict as i64);
                let args = [
                    params[generic::ARGC],
                    params[generic::ARG0],
                    params[generic::ARG0 + 1],
                    params[generic::ARG0 + 2],
                    params[generic::REST],
                    self.callee,
                    st,
                ];
                let v = self.call_rt(RtFn::NewArguments, &args)?;
                if !self.a.funcs[self.fid].strict && self.a.funcs[self.fid].simple_params() {
                    // Mapped: indices alias the parameters' cells.
                    let cells: Vec<Value> = self.a.funcs[self.fid]
                        .params
                        .clone()
                        .into_iter()
                        .map(|p| self.cell_ptr(p))
                        .collect();
                    let n = self.b.ins().iconst(types::I64, cells.len() as i64);
                    let argv = self.spill_args(&cells);
                    self.call_rt(RtFn::MapArguments, &[v, argv, n])?;
                }
                self.init_binding(b, Tv::Boxed(v, Ty::Any))?;
            }
        }
        Ok(())
    }

    /// The `FN_*` flags of function `f`'s object.
    pub fn closure_flags(&self, f: crate::analysis::FuncId) -> i64 {
        let fi = &self.a.funcs[f];
        let mut flags = match fi.kind {
            FuncKind::Decl | FuncKind::Expr if fi.is_generator || fi.is_async => 0,
            FuncKind::Decl | FuncKind::Expr => fnl::FN_CONSTRUCTOR,
            FuncKind::Arrow => fnl::FN_ARROW,
            FuncKind::ClassCtor => {
                fnl::FN_CONSTRUCTOR | fnl::FN_CLASS | if fi.derived { fnl::FN_DERIVED } else { 0 }
            }
            FuncKind::Method | FuncKind::Script => 0,
        };
        if fi.strict {
            flags |= fnl::FN_STRICT;
        }
        flags as i64
    }

    /// The start of a generator or async function's generic entry: unless
    /// the runtime starts the body (`new_target` is `GEN_START`), return
    /// `create(callee, argc, this, a0, a1, a2, rest)`: a new generator
    /// object holding the callee, `this` and the arguments, or an async
    /// function's promise (its body started by the runtime).
    fn generator_prologue(&mut self, params: &[Value], create_fn: RtFn) -> CResult<()> {
        let nt = params[generic::NEW_TARGET];
        let is_start = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, nt, nb::GEN_START as i64);
        let body = self.b.create_block();
        let create = self.b.create_block();
        self.b.set_cold_block(create);
        self.b.ins().brif(is_start, body, &[], create, &[]);
        self.switch_to(create);
        // (callee, argc, this, a0, a1, a2, rest): all but `new.target`.
        let args = &params[generic::CALLEE..generic::NEW_TARGET];
        let g = self.call_rt(create_fn, args)?;
        self.b.ins().return_(&[g]);
        self.switch_to(body);
        Ok(())
    }

    /// `yield v` and `yield* iterable`.
    pub fn gen_yield(&mut self, y: &'a YieldExpr) -> CResult<Tv> {
        let v = match &y.arg {
            Some(e) => {
                let tv = self.gen_expr(e)?;
                self.boxed(tv)
            }
            None => self.b.ins().iconst(types::I64, nb::UNDEFINED as i64),
        };
        self.set_loc(y.span);
        let fi = &self.a.funcs[self.fid];
        let r = if fi.is_async && y.delegate {
            let text = match &y.arg {
                Some(e) => self.raw_source_text(e),
                None => String::new(),
            };
            let t = self.str_value(&text)?;
            self.call_rt_checked(RtFn::AsyncGenYieldStar, &[v, t])?
        } else if fi.is_async {
            self.call_rt_checked(RtFn::AsyncGenYield, &[v])?
        } else if y.delegate {
            let text = match &y.arg {
                Some(e) => self.raw_source_text(e),
                None => String::new(),
            };
            let t = self.str_value(&text)?;
            self.call_rt_checked(RtFn::GeneratorYieldStar, &[v, t])?
        } else {
            self.call_rt_checked(RtFn::GeneratorYield, &[v])?
        };
        Ok(Tv::Boxed(r, Ty::Any))
    }

    /// `await v`: suspends the async body until `v` settles.
    pub fn gen_await(&mut self, a: &'a AwaitExpr) -> CResult<Tv> {
        let tv = self.gen_expr(&a.arg)?;
        let v = self.boxed(tv);
        self.set_loc(a.span);
        let r = self.call_rt_checked(RtFn::Await, &[v])?;
        Ok(Tv::Boxed(r, Ty::Any))
    }

    /// A parameter with a default: `v`, or the default's value when `v` is undefined.
    pub fn default_param(&mut self, v: Value, default: &'a Expr) -> CResult<Value> {
        let is_undef = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, nb::UNDEFINED as i64);
        let dflt = self.b.create_block();
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(is_undef, dflt, &[], join, &[v.into()]);
        self.switch_to(dflt);
        let tv = self.gen_expr(default)?;
        let d = self.boxed(tv);
        self.b.ins().jump(join, &[d.into()]);
        self.switch_to(join);
        Ok(self.b.block_params(join)[0])
    }

    /// Is binding `b` a synthetic one?
    pub fn is_synthetic(&self, b: usize) -> bool {
        self.a.bindings[b].kind == BindingKind::Synthetic
    }
}

/// The parameter patterns of a function node (for default values).
/// Whether binding the parameters can run code or throw (defaults,
/// destructuring): then a generator binds them when it is called.
fn complex_params(node: FnNode<'_>) -> bool {
    param_pats(node).iter().any(|p| match p {
        Pat::Ident(_) => false,
        Pat::Rest(r) => !matches!(&*r.arg, Pat::Ident(_)),
        _ => true,
    })
}

fn param_pats<'a>(node: FnNode<'a>) -> Vec<&'a swc_ecma_ast::Pat> {
    match node {
        FnNode::Function(f) => f.params.iter().map(|p| &p.pat).collect(),
        FnNode::Arrow(ar) => ar.params.iter().collect(),
        FnNode::Class(c) => c
            .body
            .iter()
            .find_map(|m| match m {
                swc_ecma_ast::ClassMember::Constructor(k) => Some(k),
                _ => None,
            })
            .map(|k| {
                k.params
                    .iter()
                    .filter_map(|p| match p {
                        swc_ecma_ast::ParamOrTsParamProp::Param(p) => Some(&p.pat),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        FnNode::Script(_) | FnNode::StaticInit(_) => vec![],
    }
}
