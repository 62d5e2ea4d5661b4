//! Code generation core: the module and the function context.
//!
//! Module level ([`ModuleGen`], this file): declare every function first
//! (symbols and signatures), then define each one, then the entry trampolines
//! the runtime calls, the site tables and (through [`crate::emit`]) the frame
//! table and debug info. Function level ([`func::FnGen`]) holds the state of
//! one function being generated; the lowering of each construct is in
//! [`crate::lower`] (and the speculative tiers in [`crate::opt`]). Lowering is
//! destination-driven: every expression is generated for effect, for a value
//! (an unboxed `f64`, an `i8` boolean or a NaN-boxed `i64`, see [`value::Tv`])
//! or for a branch.

pub mod func;
pub mod value;

use crate::analysis::{Analysis, FuncId, Rep, Storage, SCRIPT_FUNC};
use crate::diag::{CResult, Diagnostic};
use crate::emit::{debuginfo, frames, writer};
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, Signature, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use kiln_runtime::abi::heap;
use kiln_runtime::abi::value as nb;
use kiln_runtime::abi::{self, RtFn, Ty as AbiTy};
use std::collections::{HashMap, HashSet};
use swc_common::SourceMap;
use swc_ecma_ast::Script;

/// What to produce besides the object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    Object,
    Clif,
    Asm,
    /// The analysis' decisions (`analysis::dump`); no code is generated.
    Analysis,
}

#[derive(Clone, Debug)]
pub struct Options {
    /// 0: no Cranelift optimisation; 2: `speed`.
    pub opt_level: u8,
    pub emit: Emit,
    /// Run Cranelift's IR verifier.
    pub verify: bool,
    /// Compile the entry as a classic script (`--script`), not as the
    /// CommonJS module Node makes of a file (see `analysis::scope::globalize_script`).
    pub script: bool,
}

/// The result of compiling a program.
pub struct Output {
    pub object: Vec<u8>,
    /// `--emit clif|asm` text.
    pub text: String,
    /// Compile warnings, rendered for the terminal (filled by the driver).
    pub warnings: String,
    /// The source files the program was compiled from besides the entry
    /// (modules it imports or requires; filled by the driver).
    pub sources: Vec<std::path::PathBuf>,
}

/// Module-wide state shared by all function generators.
pub struct ModuleGen<'a> {
    pub module: ObjectModule,
    /// The ISA for functions above [`BIG_FUNCTION_INSTS`].
    pub big_isa: OwnedTargetIsa,
    pub a: &'a Analysis,
    pub cm: &'a SourceMap,
    pub file_name: &'a str,
    pub funcs: Vec<ClifFuncId>,
    pub sigs: Vec<Signature>,
    pub rt: HashMap<RtFn, ClifFuncId>,
    pub strings: HashMap<Vec<u16>, DataId>,
    pub module_slots: Option<DataId>,
    pub stack_limit: DataId,
    /// Inline-cache sites (`property::IcSite`), one per property access site.
    pub ic_sites: DataId,
    pub ic_count: u32,
    /// Object-literal sites (a cached shape and the key count).
    pub lit_sites: DataId,
    pub lit_count: u32,
    /// The runtime's prototype epoch word.
    pub proto_epoch: DataId,
    /// The runtime's static one-character ASCII strings (compiled `s[i]`).
    pub ascii_strings: DataId,
    /// `kiln_ta_length_guard` (compiled `ta.length`).
    pub ta_length_guard: DataId,
    /// `new` sites (`function::ConstructSite`), one per `new F(...)`.
    pub construct_sites: DataId,
    pub construct_count: u32,
    /// The runtime's pointer to the allocator's fast-path state.
    pub alloc_state: DataId,
    /// The runtime's shared empty elements block.
    pub empty_elements: DataId,
    /// Synthetic bindings that are referenced somewhere.
    pub used_synth: std::collections::HashSet<crate::analysis::BindingId>,
    pub emit: Emit,
    pub text: String,
    /// Per compiled JS function: code length and source ranges (frame table).
    pub frame_info: Vec<frames::FuncFrames>,
    /// Inlined calls and the virtual source locations of their code.
    pub inline_locs: frames::InlineLocs,
    /// One word per inlined method-call site: the function object last seen
    /// to be the inlined method (see `inline.rs`).
    pub inline_sites: DataId,
    pub inline_count: u32,
    /// The records of statement regions (`region.rs`), in words.
    pub region_records: DataId,
    pub region_words: u32,
    /// May calls be inlined (the source is small enough for virtual locations)?
    pub inlining: bool,
    /// Methods already judged for inlining.
    pub inlinable: HashMap<FuncId, bool>,
    /// Const bindings initialised with an object (`new`, a literal, a
    /// function): a read of one yields an object (after its TDZ check).
    pub object_consts: HashSet<crate::analysis::BindingId>,
    /// The type-specialised clones of methods (`analysis::speculate`),
    /// entered from the method's generic entry when its guard holds.
    pub clones: HashMap<FuncId, ClifFuncId>,
}

/// The record of one inlining call site in `kiln_inline_sites` (zeroed at
/// start). Offsets are those of the `INLINE_*_OFFSET` constants of `opt/inline.rs`.
#[repr(C)]
pub struct InlineSite {
    /// The function object last seen to run the method (0: none yet).
    pub func: u64,
    /// A receiver shape whose prototype chain holds `func` (0: none).
    pub shape: u64,
    /// The prototype epoch in which `shape` and `slot` were recorded.
    pub epoch: u64,
    /// The address of the prototype's slot that held `func`.
    pub slot: u64,
}

pub const INLINE_SITE_SIZE: i32 = std::mem::size_of::<InlineSite>() as i32;
/// The JS calling convention (see `kiln_runtime::abi`).
pub const JS_CALL_CONV: CallConv = CallConv::Tail;

/// Signature of a generic entry.
pub fn generic_signature() -> Signature {
    let mut s = Signature::new(JS_CALL_CONV);
    // callee, argc, this, a0..a2, rest, new_target
    for _ in 0..(5 + abi::REG_ARGS) {
        s.params.push(AbiParam::new(types::I64));
    }
    s.returns.push(AbiParam::new(types::I64));
    s
}

pub fn rep_type(r: Rep) -> types::Type {
    match r {
        Rep::Boxed => types::I64,
        Rep::F64 => types::F64,
        Rep::Bool => types::I8,
    }
}

/// Functions with more Cranelift instructions than this are compiled with
/// the single-pass register allocator: the backtracking one can take
/// minutes on huge functions with thousands of values live at once (a
/// class of 8000 private fields in test262), the single-pass one is linear.
const BIG_FUNCTION_INSTS: usize = 40_000;

/// The target ISA (with the single-pass register allocator if
/// `fast_regalloc`).
fn isa(opts: &Options, fast_regalloc: bool) -> CResult<OwnedTargetIsa> {
    let err = |e: String| Diagnostic::new(swc_common::DUMMY_SP, format!("internal error: {e}"));
    let mut flags = settings::builder();
    let set =
        |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| err(e.to_string()));
    set(
        &mut flags,
        "opt_level",
        if opts.opt_level == 0 { "none" } else { "speed" },
    )?;
    set(&mut flags, "is_pic", "false")?;
    if fast_regalloc {
        set(&mut flags, "regalloc_algorithm", "single_pass")?;
    }
    set(
        &mut flags,
        "enable_verifier",
        if opts.verify { "true" } else { "false" },
    )?;
    // Frame pointers keep compiled frames walkable (stack traces, GC roots).
    set(&mut flags, "preserve_frame_pointers", "true")?;
    set(&mut flags, "unwind_info", "false")?;
    let triple: target_lexicon::Triple = "x86_64-unknown-linux-gnu"
        .parse()
        .map_err(|e| err(format!("{e:?}")))?;
    let mut builder = cranelift_codegen::isa::lookup(triple).map_err(|e| err(e.to_string()))?;
    // x86-64-v2 (every x86-64 CPU since about 2009): SSE4.1 makes
    // `Math.floor`, `Math.trunc`, ToInt32 and friends one `roundsd` instead of
    // a call into libm.
    for feature in [
        "has_sse3",
        "has_ssse3",
        "has_sse41",
        "has_sse42",
        "has_popcnt",
    ] {
        builder.enable(feature).map_err(|e| err(e.to_string()))?;
    }
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| err(e.to_string()))
}

/// Compiles an analysed script into an x86-64 object.
pub fn compile<'a>(
    script: &'a Script,
    a: &'a Analysis,
    cm: &'a SourceMap,
    file_name: &'a str,
    opts: &Options,
) -> CResult<Output> {
    let big_isa = isa(opts, true)?;
    let isa = isa(opts, false)?;
    let internal =
        |e: String| Diagnostic::new(swc_common::DUMMY_SP, format!("internal error: {e}"));
    let builder = ObjectBuilder::new(
        isa,
        "kiln_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| internal(e.to_string()))?;
    let mut module = ObjectModule::new(builder);
    let stack_limit = module
        .declare_data(abi::DATA_STACK_LIMIT, Linkage::Export, true, false)
        .map_err(|e| internal(e.to_string()))?;
    {
        let mut d = DataDescription::new();
        d.define_zeroinit(8);
        d.set_align(8);
        module
            .define_data(stack_limit, &d)
            .map_err(|e| internal(e.to_string()))?;
    }
    let decl = |module: &mut ObjectModule, name: &str, linkage| {
        module
            .declare_data(name, linkage, true, false)
            .map_err(|e| internal(e.to_string()))
    };
    let ic_sites = decl(&mut module, "kiln_ic_sites", Linkage::Local)?;
    let lit_sites = decl(&mut module, "kiln_literal_sites", Linkage::Local)?;
    let inline_sites = decl(&mut module, "kiln_inline_sites", Linkage::Local)?;
    let region_records = decl(&mut module, "kiln_region_records", Linkage::Local)?;
    let proto_epoch = decl(&mut module, abi::DATA_PROTO_EPOCH, Linkage::Import)?;
    let ascii_strings = decl(&mut module, abi::DATA_ASCII_STRINGS, Linkage::Import)?;
    let ta_length_guard = decl(&mut module, abi::DATA_TA_LENGTH_GUARD, Linkage::Import)?;
    let construct_sites = decl(&mut module, "kiln_construct_sites", Linkage::Local)?;
    let alloc_state = decl(&mut module, abi::DATA_ALLOC_STATE, Linkage::Import)?;
    let empty_elements = decl(&mut module, abi::DATA_EMPTY_ELEMENTS, Linkage::Import)?;
    let mut mg = ModuleGen {
        big_isa,
        ic_sites,
        ic_count: 0,
        lit_sites,
        lit_count: 0,
        proto_epoch,
        ascii_strings,
        ta_length_guard,
        construct_sites,
        construct_count: 0,
        alloc_state,
        empty_elements,
        used_synth: a.synth_refs.values().map(|r| r.binding).collect(),
        module,
        a,
        cm,
        file_name,
        funcs: vec![],
        sigs: vec![],
        rt: HashMap::new(),
        strings: HashMap::new(),
        module_slots: None,
        stack_limit,
        emit: opts.emit,
        text: String::new(),
        frame_info: vec![],
        inline_locs: frames::InlineLocs::default(),
        inline_sites,
        inline_count: 0,
        region_records,
        region_words: 0,
        inlining: opts.opt_level > 0
            && cm
                .files()
                .iter()
                .all(|f| (f.end_pos.0 as u64) < frames::VIRTUAL_LOC as u64),
        inlinable: HashMap::new(),
        object_consts: HashSet::new(),
        clones: HashMap::new(),
    };
    mg.declare_all()?;
    if opts.opt_level > 0 {
        mg.declare_clones()?;
    }
    mg.define_module_slots()?;

    let mut ctx = mg.module.make_context();
    let mut fctx = FunctionBuilderContext::new();
    // Worklist: a function body is generated when its parent first meets it.
    let mut work: Vec<(FuncId, func::FnNode<'a>)> =
        vec![(SCRIPT_FUNC, func::FnNode::Script(script))];
    let mut done = vec![false; a.funcs.len()];
    while let Some((fid, node)) = work.pop() {
        if std::mem::replace(&mut done[fid], true) {
            continue;
        }
        ctx.func.signature = mg.sigs[fid].clone();
        ctx.func.name = UserFuncName::user(0, fid as u32);
        {
            let b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let mut g = func::FnGen::new(&mut mg, b, fid);
            g.gen_function(node)?;
            work.extend(g.finish());
        }
        let title = format!(
            "{} ({})",
            a.funcs[fid].name,
            mg.location(a.funcs[fid].span.lo)
        );
        mg.define(&mut ctx, mg.funcs[fid], &title)?;
        mg.name_frame(fid);
        if let (Some(&clone), Some(spec)) = (mg.clones.get(&fid), a.spec.as_deref()) {
            ctx.func.signature = generic_signature();
            ctx.func.name = UserFuncName::user(1, fid as u32);
            {
                let b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
                let mut g = func::FnGen::new(&mut mg, b, fid);
                g.a = spec;
                g.spec_clone = true;
                g.gen_function(node)?;
                work.extend(g.finish());
            }
            mg.define(&mut ctx, clone, &format!("{title}, specialised"))?;
            mg.name_frame(fid);
        }
    }
    if let Some(f) = done.iter().position(|d| !d) {
        return Err(Diagnostic::new(
            a.funcs[f].span,
            "internal error: a function body was never generated",
        ));
    }
    mg.define_entry_main(&mut ctx, &mut fctx)?;
    mg.define_entry_call(&mut ctx, &mut fctx)?;
    mg.define_native_entry(&mut ctx, &mut fctx)?;
    mg.define_sites()?;
    let debug = (opts.emit == Emit::Object).then(|| debuginfo::collect(&mg));
    mg.define_frame_table()?;

    let text = std::mem::take(&mut mg.text);
    let mut product = mg.module.finish();
    if let Some(debug) = debug {
        debug.emit(&mut product).map_err(internal)?;
    }
    let object = product.emit().map_err(|e| internal(e.to_string()))?;
    Ok(Output {
        object,
        text,
        warnings: String::new(),
        sources: Vec::new(),
    })
}

impl<'a> ModuleGen<'a> {
    pub(crate) fn internal(&self, e: impl std::fmt::Display) -> Diagnostic {
        Diagnostic::new(swc_common::DUMMY_SP, format!("internal error: {e}"))
    }

    /// `line:col` of a byte position, for listings.
    pub fn location(&self, pos: swc_common::BytePos) -> String {
        if pos.0 == 0 {
            return "?".into();
        }
        let loc = self.cm.lookup_char_pos(pos);
        format!("{}:{}:{}", self.file_name, loc.line, loc.col_display + 1)
    }

    /// The signature of function `f`'s entry.
    fn signature_of(&self, f: FuncId) -> Signature {
        let fi = &self.a.funcs[f];
        if !fi.is_specialised() {
            return generic_signature();
        }
        let mut s = Signature::new(JS_CALL_CONV);
        s.params.push(AbiParam::new(types::I64)); // the closure (or 0)
        for t in &fi.param_tys {
            s.params.push(AbiParam::new(rep_type(t.rep())));
        }
        s.returns.push(AbiParam::new(rep_type(fi.ret_ty.ret_rep())));
        s
    }

    /// Names the frame-table entry just defined after function `fid`.
    fn name_frame(&mut self, fid: FuncId) {
        let a = self.a;
        if let Some(last) = self.frame_info.last_mut() {
            let fi = &a.funcs[fid];
            last.name = Some(fi.trace_name.clone().unwrap_or_else(|| fi.name.clone()));
            if fid != SCRIPT_FUNC {
                let mut modifiers = vec![];
                if fi.is_async {
                    modifiers.push("async");
                }
                if fi.is_generator {
                    modifiers.push("*");
                }
                modifiers.extend(fi.accessor);
                last.text =
                    frames::function_text(self.cm, fi.span.lo, fi.span.hi, fi.key_lo, &modifiers);
            }
        }
    }

    /// Declares the type-specialised clone of every method the analysis
    /// speculated on (generic signature: the method's entry guard
    /// tail-calls it with its own arguments).
    fn declare_clones(&mut self) -> CResult<()> {
        let mut fids: Vec<FuncId> = self.a.spec_params.keys().copied().collect();
        fids.sort_unstable();
        for f in fids {
            let name: String = self.a.funcs[f]
                .name
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            let sym = format!("kiln_fn{f}_{name}_spec");
            let id = self
                .module
                .declare_function(&sym, Linkage::Local, &generic_signature())
                .map_err(|e| self.internal(e))?;
            self.clones.insert(f, id);
        }
        Ok(())
    }

    fn declare_all(&mut self) -> CResult<()> {
        for (f, fi) in self.a.funcs.iter().enumerate() {
            let sig = self.signature_of(f);
            let name: String = fi
                .name
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            let sym = format!("kiln_fn{f}_{name}");
            let id = self
                .module
                .declare_function(&sym, Linkage::Local, &sig)
                .map_err(|e| self.internal(e))?;
            self.funcs.push(id);
            self.sigs.push(sig);
        }
        Ok(())
    }

    fn define_module_slots(&mut self) -> CResult<()> {
        let n = self.a.module_slots as usize;
        if n == 0 {
            return Ok(());
        }
        let mut init = vec![0u8; n * 8];
        for b in &self.a.bindings {
            if let Storage::Module(i) = b.storage {
                let v = if b.kind.is_lexical() {
                    nb::HOLE
                } else {
                    nb::UNDEFINED
                };
                init[i as usize * 8..i as usize * 8 + 8].copy_from_slice(&v.to_le_bytes());
            }
        }
        let id = self
            .module
            .declare_data("kiln_module_slots", Linkage::Local, true, false)
            .map_err(|e| self.internal(e))?;
        let mut d = DataDescription::new();
        d.define(init.into_boxed_slice());
        d.set_align(8);
        self.module
            .define_data(id, &d)
            .map_err(|e| self.internal(e))?;
        self.module_slots = Some(id);
        Ok(())
    }

    /// The data object of a string literal (interned per program).
    pub fn string_data(&mut self, units: &[u16]) -> CResult<DataId> {
        if let Some(&id) = self.strings.get(units) {
            return Ok(id);
        }
        let n = self.strings.len();
        let id = self
            .module
            .declare_data(&format!("kiln_str{n}"), Linkage::Local, false, false)
            .map_err(|e| self.internal(e))?;
        let mut bytes = Vec::with_capacity(8 + units.len() * 2);
        bytes.push(heap::KIND_STRING);
        bytes.push(heap::GC_STATIC);
        bytes.extend_from_slice(&0u16.to_le_bytes());
        bytes.extend_from_slice(&(units.len() as u32).to_le_bytes());
        for u in units {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        self.module
            .define_data(id, &d)
            .map_err(|e| self.internal(e))?;
        self.strings.insert(units.to_vec(), id);
        Ok(id)
    }

    /// The imported runtime entry point `f`.
    pub fn runtime(&mut self, f: RtFn) -> CResult<ClifFuncId> {
        if let Some(&id) = self.rt.get(&f) {
            return Ok(id);
        }
        let e = f.entry();
        let mut sig = self.module.make_signature();
        let t = |t: AbiTy| match t {
            AbiTy::Val | AbiTy::I64 => types::I64,
            AbiTy::F64 => types::F64,
        };
        for &p in e.params {
            sig.params.push(AbiParam::new(t(p)));
        }
        if let Some(r) = e.ret {
            sig.returns.push(AbiParam::new(t(r)));
        }
        let id = self
            .module
            .declare_function(e.symbol, Linkage::Import, &sig)
            .map_err(|err| self.internal(err))?;
        self.rt.insert(f, id);
        Ok(id)
    }

    /// `module.define_function` with [`ModuleGen::big_isa`].
    #[allow(clippy::result_large_err)] // cranelift_module's error type
    fn define_big_function(
        &mut self,
        ctx: &mut Context,
        id: ClifFuncId,
    ) -> cranelift_module::ModuleResult<()> {
        let mut cp = cranelift_codegen::control::ControlPlane::default();
        ctx.compile(&*self.big_isa, &mut cp)
            .map_err(|e| cranelift_module::ModuleError::Compilation(e.inner))?;
        let cc = ctx.compiled_code().expect("just compiled");
        let relocs: Vec<cranelift_module::ModuleReloc> = cc
            .buffer
            .relocs()
            .iter()
            .map(|r| cranelift_module::ModuleReloc::from_mach_reloc(r, &ctx.func, id))
            .collect();
        let alignment = cc.buffer.alignment as u64;
        self.module
            .define_function_bytes(id, alignment, cc.buffer.data(), &relocs)
    }

    fn define(&mut self, ctx: &mut Context, id: ClifFuncId, title: &str) -> CResult<()> {
        if self.emit == Emit::Clif {
            self.text.push_str(&format!("; function {title}\n"));
            self.text.push_str(&writer::annotated(
                &ctx.func,
                self.cm,
                &self.inline_locs,
                self.file_name,
            ));
            self.text.push('\n');
        }
        if self.emit == Emit::Asm {
            ctx.set_disasm(true);
        }
        let res = if ctx.func.dfg.num_insts() > BIG_FUNCTION_INSTS {
            self.define_big_function(ctx, id)
        } else {
            self.module.define_function(id, ctx)
        };
        if let Err(e) = res {
            let detail = match e {
                cranelift_module::ModuleError::Compilation(ce) => {
                    cranelift_codegen::print_errors::pretty_error(&ctx.func, ce)
                }
                other => other.to_string(),
            };
            return Err(self.internal(format!("{title}: {detail}")));
        }
        if let Some(cc) = ctx.compiled_code() {
            let ranges = frames::ranges(self.cm, &self.inline_locs, cc.buffer.get_srclocs_sorted());
            self.frame_info.push(frames::FuncFrames {
                id,
                name: None,
                len: cc.code_buffer().len() as u64,
                ranges,
                text: None,
            });
        }
        if self.emit == Emit::Asm {
            if let Some(vcode) = ctx.compiled_code().and_then(|c| c.vcode.clone()) {
                self.text
                    .push_str(&format!("; function {title}\n{vcode}\n"));
            }
        }
        ctx.clear();
        Ok(())
    }

    /// `kiln_js_main() -> Val` (System V): runs the script's top level.
    fn define_entry_main(
        &mut self,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
    ) -> CResult<()> {
        let mut sig = self.module.make_signature();
        sig.returns.push(AbiParam::new(types::I64));
        let id = self
            .module
            .declare_function(abi::ENTRY_MAIN, Linkage::Export, &sig)
            .map_err(|e| self.internal(e))?;
        ctx.func.signature = sig;
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
            let entry = b.create_block();
            b.switch_to_block(entry);
            let main = self
                .module
                .declare_func_in_func(self.funcs[SCRIPT_FUNC], b.func);
            let undef = b.ins().iconst(types::I64, nb::UNDEFINED as i64);
            let zero = b.ins().iconst(types::I64, 0);
            let mut args = vec![undef, zero, undef];
            args.extend(std::iter::repeat_n(undef, abi::REG_ARGS));
            args.extend([zero, undef]);
            let call = b.ins().call(main, &args);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.seal_all_blocks();
            b.finalize(self.module.isa().frontend_config());
        }
        self.define(ctx, id, abi::ENTRY_MAIN)
    }

    /// The zero-initialised inline-cache and literal sites.
    fn define_sites(&mut self) -> CResult<()> {
        let ic = (self.ic_count.max(1) as usize) * kiln_runtime::abi::layout::IC_SITE_SIZE as usize;
        let lit = (self.lit_count.max(1) as usize)
            * kiln_runtime::abi::layout::LITERAL_SITE_SIZE as usize;
        let inl = (self.inline_count.max(1) as usize) * INLINE_SITE_SIZE as usize;
        let reg = (self.region_words.max(1) as usize) * 8;
        let new = (self.construct_count.max(1) as usize)
            * kiln_runtime::abi::layout::CONSTRUCT_SITE_SIZE as usize;
        for (id, size) in [
            (self.ic_sites, ic),
            (self.lit_sites, lit),
            (self.inline_sites, inl),
            (self.region_records, reg),
            (self.construct_sites, new),
        ] {
            let mut d = DataDescription::new();
            d.define_zeroinit(size);
            d.set_align(8);
            self.module
                .define_data(id, &d)
                .map_err(|e| self.internal(e))?;
        }
        Ok(())
    }

    /// `kiln_native_entry`: the generic entry of every native function object;
    /// passes its arguments on to `kiln_call_native` (System V).
    fn define_native_entry(
        &mut self,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
    ) -> CResult<()> {
        let sig = generic_signature();
        let id = self
            .module
            .declare_function(abi::ENTRY_NATIVE, Linkage::Export, &sig)
            .map_err(|e| self.internal(e))?;
        let target = self.runtime(RtFn::CallNative)?;
        ctx.func.signature = sig;
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let p = b.block_params(entry).to_vec();
            let f = self.module.declare_func_in_func(target, b.func);
            let call = b.ins().call(f, &p);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.seal_all_blocks();
            b.finalize(self.module.isa().frontend_config());
        }
        self.define(ctx, id, abi::ENTRY_NATIVE)
    }

    /// `kiln_js_call(callee, this, argc, argv, new_target) -> Val` (System V): calls a JS
    /// function value from Rust. `callee` must be a function object.
    fn define_entry_call(
        &mut self,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
    ) -> CResult<()> {
        let mut sig = self.module.make_signature();
        for _ in 0..5 {
            sig.params.push(AbiParam::new(types::I64));
        }
        sig.returns.push(AbiParam::new(types::I64));
        let id = self
            .module
            .declare_function(abi::ENTRY_CALL, Linkage::Export, &sig)
            .map_err(|e| self.internal(e))?;
        ctx.func.signature = sig;
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let p = b.block_params(entry).to_vec();
            let (callee, this, argc, argv, nt) = (p[0], p[1], p[2], p[3], p[4]);
            let ptr = b.ins().band_imm_s(callee, nb::PAYLOAD_MASK as i64);
            let code = b.ins().load(
                types::I64,
                cranelift_codegen::ir::MemFlagsData::trusted(),
                ptr,
                kiln_runtime::abi::layout::FUNCTION_CODE_OFFSET,
            );
            let mut args = vec![callee, argc, this];
            for i in 0..abi::REG_ARGS {
                // a_i = i < argc ? argv[i] : undefined
                let has = b.ins().icmp_imm_s(
                    cranelift_codegen::ir::condcodes::IntCC::SignedGreaterThan,
                    argc,
                    i as i64,
                );
                let addr = b.ins().iadd_imm_s(argv, (i * 8) as i64);
                let undef_slot = b.ins().iconst(types::I64, nb::UNDEFINED as i64);
                let blk_load = b.create_block();
                let blk_join = b.create_block();
                b.append_block_param(blk_join, types::I64);
                b.ins()
                    .brif(has, blk_load, &[], blk_join, &[undef_slot.into()]);
                b.switch_to_block(blk_load);
                let v = b.ins().load(
                    types::I64,
                    cranelift_codegen::ir::MemFlagsData::trusted(),
                    addr,
                    0,
                );
                b.ins().jump(blk_join, &[v.into()]);
                b.switch_to_block(blk_join);
                args.push(b.block_params(blk_join)[0]);
            }
            // rest: arguments beyond the register ones stay in argv (alive for the call).
            let rest = b.ins().iadd_imm_s(
                argv,
                (abi::REG_ARGS * 8) as i64 - heap::ARGS_VALUES_OFFSET as i64,
            );
            args.push(rest);
            args.push(nt);
            let gsig = b.import_signature(generic_signature());
            let call = b.ins().call_indirect(gsig, code, &args);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.seal_all_blocks();
            b.finalize(self.module.isa().frontend_config());
        }
        self.define(ctx, id, abi::ENTRY_CALL)
    }
}
