//! The function context [`FnGen`]: per-function state, bindings and scopes, runtime calls,
//! exception edges and the [`Control`] stack (the lowering itself is in `lower/`).

use super::value::Tv;
use super::{generic_signature, rep_type, ModuleGen};
use crate::analysis::*;
use crate::diag::{CResult, Diagnostic};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, Block, FuncRef, GlobalValue, InstBuilder, MemFlagsData, SigRef, SourceLoc,
    StackSlotData, StackSlotKind, Value,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::Module;
use kiln_runtime::abi::heap;
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::RtFn;
use std::collections::{HashMap, HashSet};
use swc_common::Span;
use swc_ecma_ast::{ArrowExpr, Function, Script};

/// An AST node with a function body.
#[derive(Clone, Copy)]
pub enum FnNode<'a> {
    Script(&'a Script),
    Function(&'a Function),
    Arrow(&'a ArrowExpr),
    /// A class constructor (explicit or implicit) with its class.
    Class(&'a swc_ecma_ast::Class),
    /// The static initialiser of a class.
    StaticInit(&'a swc_ecma_ast::Class),
}

pub struct FnGen<'m, 'a> {
    pub mg: &'m mut ModuleGen<'a>,
    pub b: FunctionBuilder<'m>,
    /// The analysis the code is generated under: the program's, or its
    /// speculative retyping (`Analysis::spec`) in a method's clone.
    pub a: &'a Analysis,
    /// The program's analysis (what inlined bodies are generated under).
    pub generic_a: &'a Analysis,
    /// Generating the type-specialised clone of method `fid`
    /// (`analysis::speculate`): the entry guard has checked the
    /// speculated arguments.
    pub spec_clone: bool,
    pub fid: FuncId,
    pub(crate) vars: HashMap<BindingId, Variable>,
    /// The callee closure (generic) or closure argument (specialised).
    pub callee: Value,
    pub argc: Option<Value>,
    pub rest: Option<Value>,
    /// Where exceptions raised now go.
    pub handler: Block,
    /// Returns the exception marker to the caller.
    pub exc_exit: Block,
    pub controls: Vec<Control<'a>>,
    pub ret_rep: Rep,
    rt_refs: HashMap<RtFn, FuncRef>,
    fn_refs: HashMap<FuncId, FuncRef>,
    generic_sig: Option<SigRef>,
    slots_gv: Option<GlobalValue>,
    /// Functions whose bodies still have to be generated.
    pub pending: Vec<(FuncId, FnNode<'a>)>,
    /// The class whose constructor this is (for its field initialisers).
    pub class: Option<&'a swc_ecma_ast::Class>,
    /// While generating an inlined function body: 1 + its inline frame
    /// index (source locations become virtual, see `frames::InlineLocs`).
    pub inline: u32,
    /// While generating an inlined body: where `return` jumps, with the value.
    pub inline_exit: Option<Block>,
    /// The functions whose bodies enclose the inlined body being generated.
    pub inline_stack: Vec<FuncId>,
    /// How many bodies have been inlined into this function.
    pub inline_expansions: u32,
    /// Boxed values known to be objects wherever the code being generated
    /// uses them (a read of a const binding holding an object, the receiver
    /// of an inlined method inside its body): their property accesses skip
    /// the tag check.
    pub known_objs: HashSet<Value>,
    /// The global value of each data object this function refers to (one
    /// per object, so that its address is computed once).
    data_gvs: HashMap<cranelift_module::DataId, cranelift_codegen::ir::GlobalValue>,
    /// While generating inlined method bodies: the values of their `this`
    /// and of their parameters that are never reassigned (reads of them
    /// are these values, unboxed numbers staying unboxed).
    pub inline_args: HashMap<BindingId, Tv>,
    /// The inline-cache site index of each property access generated so
    /// far, by (inline frame, span, is a write): copies of one access share
    /// a site (see `speculate.rs`).
    pub ic_site_of: HashMap<(u32, u32, u32, bool), u32>,
    /// The inline-site index of each inlinable call, by (inline frame, span).
    pub inline_site_of: HashMap<(u32, u32, u32), u32>,
    /// Set while generating the generic path of a statement region (no
    /// region nests in one).
    pub no_region: bool,
    /// Set while generating rarely run code: every block switched to is
    /// laid out cold (after the function's other code).
    pub cold_code: bool,
    /// While generating the generic fallback of a speculative region (no
    /// nested regions in cold code).
    pub no_spec: bool,
    /// `f64` values whose ToInt32 is already at hand (an `i32`): unboxed
    /// reads of integer typed-array elements carry both through their join.
    pub int32_of: HashMap<Value, Value>,
}

impl<'m, 'a> FnGen<'m, 'a> {
    pub fn new(mg: &'m mut ModuleGen<'a>, mut b: FunctionBuilder<'m>, fid: FuncId) -> Self {
        let a = mg.a;
        let entry = b.create_block();
        let exc_exit = b.create_block();
        b.set_cold_block(exc_exit);
        let ret_rep = a.funcs[fid].ret_ty.ret_rep();
        let ret_rep = if a.funcs[fid].is_specialised() {
            ret_rep
        } else {
            Rep::Boxed
        };
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let callee = b.block_params(entry)[0];
        FnGen {
            mg,
            b,
            a,
            generic_a: a,
            spec_clone: false,
            fid,
            vars: HashMap::new(),
            callee,
            argc: None,
            rest: None,
            handler: exc_exit,
            exc_exit,
            controls: vec![],
            ret_rep,
            rt_refs: HashMap::new(),
            fn_refs: HashMap::new(),
            generic_sig: None,
            slots_gv: None,
            pending: vec![],
            class: None,
            inline: 0,
            inline_exit: None,
            inline_stack: vec![],
            inline_expansions: 0,
            known_objs: HashSet::new(),
            data_gvs: HashMap::new(),
            inline_args: HashMap::new(),
            ic_site_of: HashMap::new(),
            inline_site_of: HashMap::new(),
            no_region: false,
            cold_code: false,
            int32_of: HashMap::new(),
            no_spec: false,
        }
    }

    pub fn err(&self, span: Span, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::new(span, msg)
    }

    pub fn set_loc(&mut self, span: Span) {
        self.set_loc_bits(span.lo.0);
    }

    /// Like [`Self::set_loc`] for a `new` call: the frame table marks the
    /// call site so stack traces show the callee as `new F`.
    pub fn set_loc_construct(&mut self, span: Span) {
        self.set_loc_bits(span.lo.0 | kiln_runtime::abi::layout::CONSTRUCT_SITE);
    }

    fn set_loc_bits(&mut self, bits: u32) {
        let bits = self.mg.inline_locs.loc(bits, self.inline);
        self.b.set_srcloc(SourceLoc::new(bits));
    }

    // ---- the function as a whole ----

    /// The address `offset` bytes into data object `id` of the program.
    pub fn data_addr(&mut self, id: cranelift_module::DataId, offset: i64) -> Value {
        let base = self.data_base(id);
        self.b.ins().iadd_imm_s(base, offset)
    }

    /// The address of data object `id` of the program.
    pub fn data_base(&mut self, id: cranelift_module::DataId) -> Value {
        let gv = match self.data_gvs.get(&id) {
            Some(&gv) => gv,
            None => {
                let gv = self.mg.module.declare_data_in_func(id, self.b.func);
                self.data_gvs.insert(id, gv);
                gv
            }
        };
        self.b.ins().symbol_value(types::I64, gv)
    }

    pub(crate) fn stack_check(&mut self) {
        let gv = self
            .mg
            .module
            .declare_data_in_func(self.mg.stack_limit, self.b.func);
        let addr = self.b.ins().symbol_value(types::I64, gv);
        let limit = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, 0);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let over = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let overflow = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(overflow);
        self.b.ins().brif(over, overflow, &[], ok, &[]);
        self.switch_to(overflow);
        if let Ok(f) = self.rt_ref(RtFn::ThrowStackOverflow) {
            self.b.ins().call(f, &[]);
        }
        let h = self.exc_exit;
        self.b.ins().jump(h, &[]);
        self.switch_to(ok);
    }

    /// Terminates the function: fills the exception exit.
    pub fn finish(mut self) -> Vec<(FuncId, FnNode<'a>)> {
        if !self.is_filled() {
            // Only reachable if the body generator left a block open.
            let u = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
            let r = self.ret_of_boxed(u);
            self.b.ins().return_(&[r]);
        }
        let exc = self.exc_exit;
        self.switch_to(exc);
        let r = match self.ret_rep {
            Rep::F64 => self.b.ins().f64const(f64::from_bits(nb::EXCEPTION_F64)),
            _ => self.b.ins().iconst(types::I64, nb::EXCEPTION as i64),
        };
        self.b.ins().return_(&[r]);
        self.b.seal_all_blocks();
        let cfg = self.mg.module.isa().frontend_config();
        self.b.finalize(cfg);
        std::mem::take(&mut self.pending)
    }

    fn ret_of_boxed(&mut self, v: Value) -> Value {
        match self.ret_rep {
            Rep::F64 => self.b.ins().bitcast(types::F64, MemFlagsData::new(), v),
            _ => v,
        }
    }

    pub fn is_filled(&self) -> bool {
        match self.b.current_block() {
            None => true,
            Some(blk) => self
                .b
                .func
                .layout
                .last_inst(blk)
                .is_some_and(|i| self.b.func.dfg.insts[i].opcode().is_terminator()),
        }
    }

    /// Continues in a fresh block with no predecessors (after a jump/return).
    pub fn dead_block(&mut self) {
        let blk = self.b.create_block();
        self.switch_to(blk);
    }

    /// Switches to `blk`. Live blocks are always terminated explicitly before
    /// this; an unterminated block here is unreachable code after a jump, and
    /// gets a trap so the function stays well-formed.
    pub fn switch_to(&mut self, blk: Block) {
        if !self.is_filled() && !self.is_pristine() {
            self.b
                .ins()
                .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
        }
        if self.cold_code {
            self.b.set_cold_block(blk);
        }
        self.b.switch_to_block(blk);
    }

    fn is_pristine(&self) -> bool {
        match self.b.current_block() {
            None => true,
            Some(blk) => self.b.func.layout.first_inst(blk).is_none(),
        }
    }

    // ---- runtime and function references ----

    pub fn rt_ref(&mut self, f: RtFn) -> CResult<FuncRef> {
        if let Some(&r) = self.rt_refs.get(&f) {
            return Ok(r);
        }
        let id = self.mg.runtime(f)?;
        let r = self.mg.module.declare_func_in_func(id, self.b.func);
        self.rt_refs.insert(f, r);
        Ok(r)
    }

    pub fn fn_ref(&mut self, f: FuncId) -> FuncRef {
        if let Some(&r) = self.fn_refs.get(&f) {
            return r;
        }
        let r = self
            .mg
            .module
            .declare_func_in_func(self.mg.funcs[f], self.b.func);
        self.fn_refs.insert(f, r);
        r
    }

    pub fn generic_sig(&mut self) -> SigRef {
        if let Some(s) = self.generic_sig {
            return s;
        }
        let s = self.b.import_signature(generic_signature());
        self.generic_sig = Some(s);
        s
    }

    /// Calls runtime entry `f` (no exception check).
    pub fn call_rt(&mut self, f: RtFn, args: &[Value]) -> CResult<Value> {
        let r = self.rt_ref(f)?;
        let call = self.b.ins().call(r, args);
        Ok(self
            .b
            .inst_results(call)
            .first()
            .copied()
            .unwrap_or_else(|| self.b.ins().iconst(types::I64, 0)))
    }

    /// Calls runtime entry `f`, which may throw.
    pub fn call_rt_checked(&mut self, f: RtFn, args: &[Value]) -> CResult<Value> {
        let v = self.call_rt(f, args)?;
        self.check_exception(v);
        Ok(v)
    }

    /// Branches to the current handler if `v` is the exception marker.
    pub fn check_exception(&mut self, v: Value) {
        let is_exc = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, v, nb::EXCEPTION as i64);
        let cont = self.b.create_block();
        let h = self.handler;
        self.b.ins().brif(is_exc, h, &[], cont, &[]);
        self.switch_to(cont);
    }

    /// Like [`Self::check_exception`] for an unboxed `f64` result.
    pub fn check_exception_f64(&mut self, v: Value) {
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), v);
        let is_exc = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, bits, nb::EXCEPTION_F64 as i64);
        let cont = self.b.create_block();
        let h = self.handler;
        self.b.ins().brif(is_exc, h, &[], cont, &[]);
        self.switch_to(cont);
    }

    /// Calls a throwing runtime entry and jumps to the handler.
    pub fn throw_rt(&mut self, f: RtFn, args: &[Value]) -> CResult<()> {
        self.call_rt(f, args)?;
        let h = self.handler;
        self.b.ins().jump(h, &[]);
        self.dead_block();
        Ok(())
    }

    /// A string literal as a boxed value.
    pub fn string_value(&mut self, units: &[u16]) -> CResult<Value> {
        let id = self.mg.string_data(units)?;
        let gv = self.mg.module.declare_data_in_func(id, self.b.func);
        let addr = self.b.ins().symbol_value(types::I64, gv);
        Ok(self
            .b
            .ins()
            .bor_imm_s(addr, (nb::TAG_STRING << nb::TAG_SHIFT) as i64))
    }

    pub fn str_value(&mut self, s: &str) -> CResult<Value> {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.string_value(&units)
    }

    /// Stores `vals` in a fresh stack slot; returns its address (for argv).
    pub fn spill_args(&mut self, vals: &[Value]) -> Value {
        if vals.is_empty() {
            return self.b.ins().iconst(types::I64, 0);
        }
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (vals.len() * 8) as u32,
            3,
        ));
        for (i, &v) in vals.iter().enumerate() {
            self.b
                .ins()
                .stack_store(types::I64, v, slot, (i * 8) as i32);
        }
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    // ---- bindings ----

    pub fn var_of(&mut self, bid: BindingId) -> Variable {
        if let Some(&v) = self.vars.get(&bid) {
            return v;
        }
        let b = &self.a.bindings[bid];
        let ty = if b.storage == Storage::Local {
            rep_type(b.ty.rep())
        } else {
            types::I64
        };
        let v = self.b.declare_var(ty);
        self.vars.insert(bid, v);
        v
    }

    fn module_slot_addr(&mut self, idx: u32) -> Value {
        let gv = match self.slots_gv {
            Some(g) => g,
            None => {
                let id = self.mg.module_slots.expect("module slots exist when used");
                let g = self.mg.module.declare_data_in_func(id, self.b.func);
                self.slots_gv = Some(g);
                g
            }
        };
        let base = self.b.ins().symbol_value(types::I64, gv);
        self.b.ins().iadd_imm_s(base, idx as i64 * 8)
    }

    /// The address of a binding's cell (own or captured).
    pub fn cell_ptr(&mut self, bid: BindingId) -> Value {
        let v = self.var_of(bid);
        self.b.use_var(v)
    }

    /// Reads binding `bid`, checking the TDZ if `tdz`.
    pub fn read_binding(&mut self, bid: BindingId, tdz: bool) -> CResult<Tv> {
        if let Some(&tv) = self.inline_args.get(&bid) {
            return Ok(tv);
        }
        let tv = self.read_binding_storage(bid, tdz)?;
        if let Tv::Boxed(v, _) = tv {
            if self.mg.object_consts.contains(&bid) {
                self.known_objs.insert(v);
            }
        }
        Ok(tv)
    }

    fn read_binding_storage(&mut self, bid: BindingId, tdz: bool) -> CResult<Tv> {
        let b = &self.a.bindings[bid];
        let tv = match b.storage {
            Storage::Local => {
                let var = self.var_of(bid);
                let v = self.b.use_var(var);
                match b.ty.rep() {
                    Rep::F64 => Tv::F64(v),
                    Rep::Bool => Tv::Bool(v),
                    Rep::Boxed => Tv::Boxed(v, b.ty),
                }
            }
            Storage::Cell => {
                let p = self.cell_ptr(bid);
                Tv::Boxed(
                    self.b.ins().load(
                        types::I64,
                        MemFlagsData::trusted(),
                        p,
                        heap::CELL_VALUE_OFFSET,
                    ),
                    Ty::Any,
                )
            }
            Storage::Module(i) => {
                // Slots hold boxed values; a top-level `let`/`const` the
                // typer proved a number reads as one.
                let ty = b.ty;
                let addr = self.module_slot_addr(i);
                let v = self
                    .b
                    .ins()
                    .load(types::I64, MemFlagsData::trusted(), addr, 0);
                if tdz {
                    self.tdz_guard(bid, v)?;
                }
                match ty.rep() {
                    Rep::F64 => Tv::F64(self.b.ins().bitcast(types::F64, MemFlagsData::new(), v)),
                    Rep::Bool => {
                        Tv::Bool(self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::TRUE as i64))
                    }
                    Rep::Boxed => Tv::Boxed(v, ty),
                }
            }
            Storage::Global => {
                let name = b.name.clone();
                let n = self.str_value(&name)?;
                Tv::Boxed(self.call_rt_checked(RtFn::Global, &[n])?, Ty::Any)
            }
        };
        if tdz && !matches!(b.storage, Storage::Module(_) | Storage::Global) {
            if let Tv::Boxed(v, _) = tv {
                self.tdz_guard(bid, v)?;
            }
        }
        Ok(tv)
    }

    /// Throws the TDZ ReferenceError if `v` is the hole.
    pub fn tdz_guard(&mut self, bid: BindingId, v: Value) -> CResult<()> {
        let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, v, nb::HOLE as i64);
        let name = self.a.bindings[bid].name.clone();
        self.throw_if(is_hole, |g| {
            let n = g.str_value(&name)?;
            g.call_rt(RtFn::ThrowTdz, &[n])?;
            Ok(())
        })
    }

    /// If `cond` (an `i8`) holds, runs `throw` (which makes an exception
    /// pending) in a cold block and goes to the handler; else continues.
    pub fn throw_if(
        &mut self,
        cond: Value,
        throw: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let bad = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(bad);
        self.b.ins().brif(cond, bad, &[], ok, &[]);
        self.switch_to(bad);
        throw(self)?;
        let h = self.handler;
        self.b.ins().jump(h, &[]);
        self.switch_to(ok);
        Ok(())
    }

    /// Stores into binding `bid` (no const/TDZ checks: initialisation or checked assignment).
    pub fn store_binding(&mut self, bid: BindingId, tv: Tv) -> CResult<()> {
        let b = &self.a.bindings[bid];
        match b.storage {
            Storage::Local => {
                let rep = b.ty.rep();
                let v = self.coerce(tv, rep);
                let var = self.var_of(bid);
                self.b.def_var(var, v);
            }
            Storage::Cell => {
                let v = self.boxed(tv);
                let p = self.cell_ptr(bid);
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v, p, heap::CELL_VALUE_OFFSET);
            }
            Storage::Module(i) => {
                let v = self.boxed(tv);
                let addr = self.module_slot_addr(i);
                self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            }
            Storage::Global => {
                // A script's global `var`: its property exists (declared at
                // entry, non-configurable), so this is [[Set]] on it.
                let (name, strict) = (b.name.clone(), self.a.funcs[self.fid].strict);
                let v = self.boxed(tv);
                let n = self.str_value(&name)?;
                let s = self.b.ins().iconst(types::I64, i64::from(strict));
                self.call_rt_checked(RtFn::SetGlobal, &[n, v, s])?;
            }
        }
        Ok(())
    }

    /// Creates the storage of binding `bid` holding `tv` (a fresh cell if captured).
    pub fn init_binding(&mut self, bid: BindingId, tv: Tv) -> CResult<()> {
        if self.a.bindings[bid].storage == Storage::Cell {
            let v = self.boxed(tv);
            let cell = self.call_rt(RtFn::NewCell, &[v])?;
            let var = self.var_of(bid);
            self.b.def_var(var, cell);
        } else {
            self.store_binding(bid, tv)?;
        }
        Ok(())
    }

    /// Assignment `name = tv` through a resolved reference (const and TDZ rules).
    pub fn assign_binding(&mut self, r: Ref, tv: Tv) -> CResult<()> {
        let b = &self.a.bindings[r.binding];
        if r.tdz_check {
            // Assigning before initialisation is the same ReferenceError.
            self.read_binding(r.binding, true)?;
        }
        match b.kind {
            BindingKind::Const => return self.throw_rt(RtFn::ThrowConstAssign, &[]),
            BindingKind::FuncExprName => {
                if self.a.funcs[self.fid].strict {
                    return self.throw_rt(RtFn::ThrowConstAssign, &[]);
                }
                return Ok(());
            }
            _ => {}
        }
        self.store_binding(r.binding, tv)
    }

    /// Does function declaration binding `bid` need a function object?
    pub fn materialised(&self, bid: BindingId, f: FuncId) -> bool {
        let b = &self.a.bindings[bid];
        let fi = &self.a.funcs[f];
        b.known_fn != Some(f) || fi.needs_closure() || b.needs_hole
    }

    /// Entering a scope: fresh cells, TDZ holes, hoisted function declarations.
    pub fn enter_scope(&mut self, sid: ScopeId) -> CResult<()> {
        let scope = &self.a.scopes[sid];
        for &bid in &scope.bindings.clone() {
            let b = &self.a.bindings[bid];
            if matches!(
                b.kind,
                BindingKind::Param | BindingKind::FuncExprName | BindingKind::Synthetic
            ) {
                continue;
            }
            let init = if b.kind.is_lexical() {
                nb::HOLE
            } else {
                nb::UNDEFINED
            };
            match b.storage {
                Storage::Cell => {
                    let v = self.b.ins().iconst(types::I64, init as i64);
                    let cell = self.call_rt(RtFn::NewCell, &[v])?;
                    let var = self.var_of(bid);
                    self.b.def_var(var, cell);
                }
                Storage::Local => {
                    let needs_init = if b.kind.is_lexical() {
                        b.needs_hole
                    } else {
                        !b.var_always_initialised
                    };
                    if needs_init && b.ty.rep() == Rep::Boxed {
                        let v = self.b.ins().iconst(types::I64, init as i64);
                        let var = self.var_of(bid);
                        self.b.def_var(var, v);
                    }
                }
                Storage::Module(_) => {}
                Storage::Global => {
                    if b.kind == BindingKind::Var {
                        let n = self.str_value(&b.name.clone())?;
                        let u = self.b.ins().iconst(types::I64, nb::UNDEFINED as i64);
                        self.call_rt_checked(RtFn::DeclareGlobal, &[n, u])?;
                    }
                }
            }
        }
        for &(bid, f) in &scope.fn_decls.clone() {
            if self.a.bindings[bid].storage == Storage::Global {
                let c = self.make_closure(f)?;
                let n = self.str_value(&self.a.bindings[bid].name.clone())?;
                self.call_rt_checked(RtFn::DeclareGlobal, &[n, c])?;
            } else if self.materialised(bid, f) {
                let c = self.make_closure(f)?;
                self.store_binding(bid, Tv::Boxed(c, Ty::Any))?;
            }
        }
        Ok(())
    }

    /// Queues the body of function `f` for generation.
    pub fn queue(&mut self, f: FuncId, node: FnNode<'a>) {
        self.pending.push((f, node));
    }
}

/// Where V8 places a property access: the property name (or computed key).
/// The index of the site for `key` in `sites`, the next of `count` if new.
pub fn site_index<K: std::hash::Hash + Eq>(
    sites: &mut std::collections::HashMap<K, u32>,
    key: K,
    count: &mut u32,
) -> u32 {
    *sites.entry(key).or_insert_with(|| {
        *count += 1;
        *count - 1
    })
}

/// An enclosing construct that `break`, `continue` or `return` must respect.
pub enum Control<'a> {
    Loop {
        labels: Vec<String>,
        brk: Block,
        cont: Block,
    },
    /// A labelled statement that is not a loop.
    Label {
        labels: Vec<String>,
        brk: Block,
    },
    Switch {
        brk: Block,
    },
    /// A `finally` block to run on the way out, with the handler outside it.
    Finally {
        body: &'a swc_ecma_ast::BlockStmt,
        handler: Block,
    },
    /// A for-of body: leaving it other than by finishing the loop or
    /// `continue` closes the iterator `src` (`return()`), with the handler
    /// outside the loop. (Its own `break` target closes it too.)
    IterClose {
        src: cranelift_codegen::ir::Value,
        handler: Block,
        /// A `for await` loop (its iterator's `return()` is awaited).
        is_await: bool,
    },
}

impl Control<'_> {
    /// Whether leaving this construct runs code (a `finally` body or an
    /// iterator's `return()`).
    pub fn runs_on_exit(&self) -> bool {
        matches!(self, Control::Finally { .. } | Control::IterClose { .. })
    }
}
