//! Statement regions: runs of statements that read and write number-valued
//! properties and call small methods, checked once up front and then run as
//! straight-line code with no checks left; counting loops around them.
//!
//! A run of expression statements qualifies when it is made only of
//! property stores, compound assignments and updates of named properties
//! (`o.x = e`, `o.x += e`, `o.n++`), calls `o.m(args)` of methods the
//! program defines once and that may be inlined (their bodies made of the
//! same statements, `const`/`let` declarations of numbers and a final
//! `return e`), blocks and `if` statements on number comparisons (`&&`,
//! `||`, `!`) around such statements, and, inside them, number literals,
//! `+ - * /`, unary minus, conditional expressions,
//! `Math.sqrt/floor/ceil/trunc/abs/min/max`, named property reads and reads
//! of bindings (`this`, parameters, locals read without a TDZ check). Objects
//! are only ever bindings (*atoms*: a parameter stands for the atom its
//! argument is), never computed, and every stored value is a number.
//!
//! Such a run does nothing but read and overwrite existing properties: it
//! adds no property, calls no code it does not see, allocates nothing and
//! assigns no binding. So what it needs can all be checked before it starts:
//! - each atom used as an object is an object whose shape has, as own data
//!   properties (writable ones where stored to), the properties the run
//!   accesses on it, at known slot offsets; shapes do not change in the run;
//! - each method called is the one the call's inline site recorded, found
//!   in the same prototype slot in the same prototype epoch; no store of
//!   the run writes a property named like a method it calls, so none can
//!   replace one on the way;
//! - each property the run reads before writing (or after a write in a
//!   branch that may not have run), and each binding it uses in
//!   arithmetic, holds a number: it stores only numbers, so a property
//!   that held one at the start holds one at every read.
//!
//! Conditions and conditional expressions call no methods, so both sides
//! of `&&`, `||` and `?:` can be evaluated (and are checked) regardless.
//!
//! Each region owns a *record* in `kiln_region_records`: the prototype
//! epoch, each atom's shape, each accessed property's slot offset and each
//! method's prototype slot and function, as last validated. The region's
//! entry compares the atoms' shapes, the epoch and the methods' slots with
//! the record, loads the record's offsets and checks that the values read
//! are numbers, then runs the *fast path*: loads and stores at those
//! offsets and `f64` arithmetic, with no check at all. A record mismatch
//! goes to *validation* (cold): the first access of each property and each
//! method call checks entry 0 of its inline cache (an own data property for
//! the atom's shape) or its inline site ([`FnGen::method_guard`]), then the
//! record is rewritten and the entry runs again (and now matches). Any
//! failed check (validation, or a value that is not a number) runs the
//! *generic path*: the same statements generated the ordinary way, which
//! fills the caches validation reads. Nothing has happened by then, so
//! starting over generically is exact. The record counts these failures;
//! after [`MAX_FAILS`] of them (a property that holds an object, a getter,
//! a method that changes), the region goes straight to its generic path.
//! All paths share their cache and inline sites: copies of one access or
//! call share them (`FnGen::ic_site`, `FnGen::inline_site`, and one inline
//! frame per call, `InlineLocs::frame`).
//!
//! A counting loop (`for (let i = a; i < b; i++)` and the like) whose body
//! is such a run is a *loop region*: each iteration starts with the entry,
//! and once the checks pass the fast path runs the rest of the loop, the
//! counter in an `f64` variable: nothing in the body can undo what was
//! checked. Until then, iterations run the ordinary way.
//!
//! A shape is immutable once shared and shared shapes are immortal, so a
//! record's "shape S has property x at offset o" stays true; inline caches
//! never record dictionary shapes. A prototype's slots move only with a
//! shape change, which bumps the epoch, and the entry compares the epoch
//! before it reads the recorded method slots.

use super::inline::MAX_INLINE_DEPTH;
use crate::analysis::{BindingId, FuncId, FuncKind, ScopeKind, Ty};
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::CResult;
use crate::syntax::ast::prop_span;
use crate::syntax::ast::strip_parens;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use cranelift_codegen::packed_option::ReservedValue;
use kiln_runtime::abi::layout::{self as ic, self as ob};
use std::collections::{BTreeMap, HashMap};
use swc_common::{BytePos, Spanned};
use swc_ecma_ast::*;

/// The least number of property accesses and calls that make a region.
const MIN_REGION_WORK: usize = 2;
/// After this many failed checks a region always runs its generic path.
const MAX_FAILS: i64 = 64;

/// What a walk over a region does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// Decides whether the statements qualify and lays out the record;
    /// emits nothing.
    Plan,
    /// Validation: checks each first access and call against its cache.
    Check,
    /// The fast path.
    Run,
}

/// A value met by a walk.
#[derive(Clone, Copy)]
enum Rv {
    /// A number: its `f64` in the run pass.
    Num(Option<Value>),
    /// An atom (index into [`Layout::atoms`]).
    Atom(usize),
    /// A call of a method without `return e`.
    Unit,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum AtomKey {
    /// `this` of the region's own function (read at `span.lo`).
    This,
    Binding(BindingId),
}

struct Atom {
    key: AtomKey,
    /// Where `this` is read (for [`AtomKey::This`]).
    this_at: BytePos,
    ty: Ty,
    as_obj: bool,
    /// Used in arithmetic while not statically a number.
    checked_num: bool,
}

/// A property accessed on an atom (reads and writes apart: a write needs a
/// writable property).
struct Field<'a> {
    atom: usize,
    key: &'a str,
    /// Some access reads the value where the run is not known to have
    /// stored a number in it (a read or a compound assignment): the entry
    /// checks it is a number.
    read_first: bool,
}

/// A region's atoms, properties and methods, in the order walks meet them.
#[derive(Default)]
struct Layout<'a> {
    atoms: Vec<Atom>,
    atom_of: HashMap<AtomKey, usize>,
    fields: Vec<Field<'a>>,
    field_of: HashMap<(usize, &'a str, bool), usize>,
    /// Methods called, by (receiver atom, name).
    method_of: HashMap<(usize, &'a str), usize>,
    stored: Vec<&'a str>,
    /// The (atom, property) pairs stored to so far.
    written: Vec<(usize, &'a str)>,
    called: Vec<&'a str>,
    work: usize,
}

impl Layout<'_> {
    /// Record words: the epoch, each atom's shape, each property's offset,
    /// each method's slot address and function, the failure count.
    fn words(&self) -> usize {
        2 + self.atoms.len() + self.fields.len() + 2 * self.method_of.len()
    }
    fn fails_word(&self) -> i32 {
        8 * (self.words() - 1) as i32
    }
    fn shape_word(&self, atom: usize) -> i32 {
        8 * (1 + atom) as i32
    }
    fn offset_word(&self, field: usize) -> i32 {
        8 * (1 + self.atoms.len() + field) as i32
    }
    fn method_words(&self, m: usize) -> i32 {
        8 * (1 + self.atoms.len() + self.fields.len() + 2 * m) as i32
    }
}

/// What a region covers.
#[derive(Clone, Copy)]
enum Unit<'a> {
    /// A run of statements.
    Stmts(&'a [Stmt]),
    /// A counting loop whose body is such a run.
    Loop(&'a ForStmt, Counted<'a>),
}

/// `for (let i = init; cond; i += step) { body }` (`i++`, `i--`, `i -= k`
/// too; `cond` compares numbers) whose body only reads `i`. (The ordinary iterations
/// evaluate `init`; the fast path starts from `i`'s value.)
#[derive(Clone, Copy)]
struct Counted<'a> {
    counter: BindingId,
    /// A comparison of numbers (see [`FnGen::r_cond`]).
    test: &'a Expr,
    step: f64,
    body: &'a [Stmt],
}

impl<'a> Unit<'a> {
    fn span(&self) -> swc_common::Span {
        match self {
            Unit::Stmts(s) => s[0].span(),
            Unit::Loop(f, _) => f.span,
        }
    }
}

/// The function a walk is in: the region's own or a method inlined in it.
struct Frame {
    fid: FuncId,
    /// The receiver (inlined methods).
    this: Option<Rv>,
    params: Vec<(BindingId, Rv)>,
}

/// What validation found, written to the record once all checks passed
/// (ordered maps: the stores come out in the same order every build).
#[derive(Default)]
struct Found {
    shapes: BTreeMap<usize, Value>,
    offsets: BTreeMap<usize, Value>,
    methods: BTreeMap<usize, (Value, Value)>,
}

/// The state of one walk.
struct Walk<'l, 'a> {
    pass: Pass,
    layout: &'l mut Layout<'a>,
    frames: Vec<Frame>,
    /// Check: where failed checks go, and what they found.
    bail: Block,
    found: Found,
    /// Run: the atoms' values, the objects' slot arrays and the offsets.
    atom_vals: Vec<Tv>,
    slots: HashMap<usize, Value>,
    offsets: Vec<Value>,
    /// Run: the `f64` each (atom, property) is known to hold (loaded or
    /// stored so far; a store forgets the property on every atom, which
    /// may be the same object).
    known: Vec<((usize, &'a str), Value)>,
    /// Walking a condition or a conditional expression's branches: no
    /// method calls (both sides are evaluated; nothing may run twice).
    no_calls: bool,
}

/// `Some(x)` or, from a walk function, `Ok(None)`: the region does not qualify.
macro_rules! need {
    ($e:expr) => {
        match $e {
            Some(x) => x,
            None => return Ok(None),
        }
    };
}

impl<'a> FnGen<'_, 'a> {
    /// The region tier's one entry from `lower/`: if a run of statements
    /// at the start of `stmts` (or a counted loop there) qualifies as a
    /// region, generates it and gives how many statements it took; `None`,
    /// having generated nothing, otherwise.
    pub fn try_lower_region(&mut self, stmts: &'a [Stmt]) -> CResult<Option<usize>> {
        if let Some((Unit::Loop(f, c), layout)) = self.plan_loop(&stmts[0])? {
            self.gen_counted_loop(f, c, layout)?;
            return Ok(Some(1));
        }
        match self.plan_region(stmts)? {
            Some((n, layout)) => {
                self.gen_region(Unit::Stmts(&stmts[..n]), layout, None)?;
                Ok(Some(n))
            }
            None => Ok(None),
        }
    }

    fn walk<'l>(&self, pass: Pass, layout: &'l mut Layout<'a>) -> Walk<'l, 'a> {
        Walk {
            pass,
            layout,
            frames: vec![Frame {
                fid: self.fid,
                this: None,
                params: Vec::new(),
            }],
            bail: Block::reserved_value(),
            found: Found::default(),
            atom_vals: Vec::new(),
            slots: HashMap::new(),
            offsets: Vec::new(),
            known: Vec::new(),
            no_calls: false,
        }
    }

    /// The longest run of statements from the start of `stmts` that makes
    /// a region, and its layout.
    fn plan_region(&mut self, stmts: &'a [Stmt]) -> CResult<Option<(usize, Layout<'a>)>> {
        if self.no_region || !self.mg.inlining {
            return Ok(None);
        }
        let mut layout = Layout::default();
        let mut w = self.walk(Pass::Plan, &mut layout);
        let mut best = 0;
        for (n, s) in stmts.iter().enumerate() {
            if self.r_stmt(&mut w, s)?.is_none()
                || w.layout.stored.iter().any(|k| w.layout.called.contains(k))
            {
                break;
            }
            if w.layout.work >= MIN_REGION_WORK {
                best = n + 1;
            }
        }
        if best == 0 {
            return Ok(None);
        }
        // Laid out again for just those statements.
        let mut layout = Layout::default();
        let mut w = self.walk(Pass::Plan, &mut layout);
        for s in &stmts[..best] {
            self.r_stmt(&mut w, s)?;
        }
        Ok(Some((best, layout)))
    }

    /// `s` as a loop region, if it is a counting loop whose body makes one:
    /// then the checks run at the start of each iteration only until they
    /// pass, and the rest of the loop runs without any.
    fn plan_loop(&mut self, s: &'a Stmt) -> CResult<Option<(Unit<'a>, Layout<'a>)>> {
        if self.no_region || !self.mg.inlining {
            return Ok(None);
        }
        let Stmt::For(f) = s else {
            return Ok(None);
        };
        let Some(c) = counted(self.a, f) else {
            return Ok(None);
        };
        let unit = Unit::Loop(f, c);
        let mut layout = Layout::default();
        let mut w = self.walk(Pass::Plan, &mut layout);
        let ok = self.r_unit(&mut w, unit)?.is_some()
            && !w.layout.stored.iter().any(|k| w.layout.called.contains(k))
            && w.layout.work >= MIN_REGION_WORK;
        Ok(ok.then_some((unit, layout)))
    }

    /// Counting loop `f` (parts `c`) whose iterations start with a region
    /// entry: once its checks pass, the rest of the loop runs as the fast
    /// path; until then each iteration runs the ordinary way (and fills the
    /// caches the checks read). As `FnGen::gen_for` otherwise.
    fn gen_counted_loop(
        &mut self,
        f: &'a ForStmt,
        c: Counted<'a>,
        layout: Layout<'a>,
    ) -> CResult<()> {
        let scope = self.a.scope_at(f.span, ScopeKind::For);
        if let Some(sid) = scope {
            self.enter_scope(sid)?;
        }
        if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
            self.gen_var_decl(v)?;
        }
        let [header, iteration, body, cont, exit] = std::array::from_fn(|_| self.b.create_block());
        self.b.ins().jump(header, &[]);
        self.switch_to(header);
        self.gen_region(Unit::Loop(f, c), layout, Some((iteration, exit)))?;
        self.switch_to(iteration);
        self.gen_test(
            f.test.as_deref().expect("a counting loop's test"),
            body,
            exit,
        )?;
        self.switch_to(body);
        self.gen_loop_body(&f.body, vec![], exit, cont)?;
        self.switch_to(cont);
        if let Some(u) = &f.update {
            self.gen_effect(u)?;
        }
        self.b.ins().jump(header, &[]);
        self.switch_to(exit);
        Ok(())
    }

    /// Walks what `u` runs (the plan and check passes; the run pass
    /// generates loops itself).
    fn r_unit(&mut self, w: &mut Walk<'_, 'a>, u: Unit<'a>) -> CResult<Option<()>> {
        let body = match u {
            Unit::Stmts(stmts) => stmts,
            Unit::Loop(_, c) => {
                w.frames[0].params.push((c.counter, Rv::Num(None)));
                need!(self.r_cond(w, c.test)?);
                c.body
            }
        };
        for s in body {
            need!(self.r_stmt(w, s)?);
        }
        Ok(Some(()))
    }

    /// Run pass: the fast path of `u` (a loop's from the counter's value
    /// `counter`: the rest of the loop).
    fn r_run(&mut self, w: &mut Walk<'_, 'a>, u: Unit<'a>, counter: Option<Tv>) -> CResult<()> {
        let c = match u {
            Unit::Stmts(stmts) => {
                for s in stmts {
                    need_some(self.r_stmt(w, s)?);
                }
                return Ok(());
            }
            Unit::Loop(_, c) => c,
        };
        let x0 = self.num_of_known(counter.expect("a loop's counter"));
        let var = self.b.declare_var(types::F64);
        self.b.def_var(var, x0);
        let [header, body, exit] = std::array::from_fn(|_| self.b.create_block());
        self.b.ins().jump(header, &[]);
        self.switch_to(header);
        let i = self.b.use_var(var);
        w.frames[0].params.retain(|&(b, _)| b != c.counter);
        w.frames[0].params.push((c.counter, Rv::Num(Some(i))));
        // Values forwarded in one iteration are loaded again in the next.
        w.known.clear();
        let go = need_some(need_some(self.r_cond(w, c.test)?));
        self.b.ins().brif(go, body, &[], exit, &[]);
        self.switch_to(body);
        for s in c.body {
            need_some(self.r_stmt(w, s)?);
        }
        let step = self.b.ins().f64const(c.step);
        let next = self.b.ins().fadd(i, step);
        self.b.def_var(var, next);
        self.b.ins().jump(header, &[]);
        self.switch_to(exit);
        Ok(())
    }

    /// Generates region `u`: the entry check against the record, the fast
    /// path, validation and the generic path. A loop's region is the entry
    /// of each iteration (`exits`: where its generic path, the ordinary
    /// iteration, and its end are).
    fn gen_region(
        &mut self,
        u: Unit<'a>,
        mut layout: Layout<'a>,
        exits: Option<(Block, Block)>,
    ) -> CResult<()> {
        self.set_loc(u.span());
        let base = self.mg.region_words as i64 * 8;
        self.mg.region_words += layout.words() as u32;
        let rec = self.data_addr(self.mg.region_records, base);
        let [head, validate, fast, bailed] = std::array::from_fn(|_| self.b.create_block());
        let (generic, join) = match exits {
            Some(e) => e,
            None => (self.b.create_block(), self.b.create_block()),
        };
        self.b.set_cold_block(validate);
        self.b.set_cold_block(bailed);
        if exits.is_none() {
            self.b.set_cold_block(generic);
        }
        let t = MemFlagsData::trusted();
        // A region whose checks failed often (values that are not numbers,
        // getters, ...) is left alone: straight to the generic path.
        let fails = self.b.ins().load(types::I64, t, rec, layout.fails_word());
        let given_up = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, fails, MAX_FAILS);
        let start = self.b.create_block();
        self.b.ins().brif(given_up, generic, &[], start, &[]);
        self.switch_to(start);

        // The atoms, read once (the run assigns no binding).
        let mut atom_vals = Vec::with_capacity(layout.atoms.len());
        for a in &layout.atoms {
            atom_vals.push(match a.key {
                AtomKey::This => Tv::Boxed(self.read_synth(a.this_at)?, Ty::Any),
                AtomKey::Binding(b) => self.read_binding(b, false)?,
            });
        }
        let counter = match u {
            Unit::Loop(_, c) => Some(self.read_binding(c.counter, false)?),
            Unit::Stmts(_) => None,
        };
        self.b.ins().jump(head, &[]);

        // The entry: shapes, epoch and methods as recorded.
        self.switch_to(head);
        let mut slots = HashMap::new();
        for (i, a) in layout.atoms.iter().enumerate() {
            if !a.as_obj {
                continue;
            }
            let v = self.boxed(atom_vals[i]);
            let (p, sh) = self.object_shape(v, validate);
            let known = self.b.ins().load(types::I64, t, rec, layout.shape_word(i));
            self.branch_unless_equal(sh, known, validate);
            let s = self.b.ins().load(types::I64, t, p, ob::OBJ_SLOTS_OFFSET);
            slots.insert(i, s);
        }
        let epoch = self.proto_epoch();
        let known = self.b.ins().load(types::I64, t, rec, 0);
        self.branch_unless_equal(epoch, known, validate);
        for m in 0..layout.method_of.len() {
            let off = layout.method_words(m);
            let slot = self.b.ins().load(types::I64, t, rec, off);
            let v = self.b.ins().load(types::I64, MemFlagsData::new(), slot, 0);
            let f = self.b.ins().load(types::I64, t, rec, off + 8);
            self.branch_unless_equal(v, f, validate);
        }
        // The offsets, and the numbers the run starts from.
        let mut offsets = Vec::with_capacity(layout.fields.len());
        let mut nums = Vec::new();
        let mut known = Vec::new();
        for (k, f) in layout.fields.iter().enumerate() {
            let off = self.b.ins().load(types::I64, t, rec, layout.offset_word(k));
            offsets.push(off);
            if f.read_first && !known.iter().any(|&(af, _)| af == (f.atom, f.key)) {
                let addr = self.b.ins().iadd(slots[&f.atom], off);
                let v = self.b.ins().load(types::I64, MemFlagsData::new(), addr, 0);
                nums.push(v);
                let x = self.b.ins().bitcast(types::F64, MemFlagsData::new(), v);
                known.push(((f.atom, f.key), x));
            }
        }
        for (i, a) in layout.atoms.iter().enumerate() {
            if a.checked_num {
                nums.push(self.boxed(atom_vals[i]));
            }
        }
        if let Some(Tv::Boxed(v, ty)) = counter {
            if ty != Ty::Num {
                nums.push(v);
            }
        }
        match nums.split_first() {
            None => {
                self.b.ins().jump(fast, &[]);
            }
            Some((&first, rest)) => {
                let m = rest.iter().fold(first, |m, &v| self.b.ins().umax(m, v));
                let ok = self.is_number(m);
                self.b.ins().brif(ok, fast, &[], bailed, &[]);
            }
        }

        // The fast path.
        self.switch_to(fast);
        let mut w = self.walk(Pass::Run, &mut layout);
        w.atom_vals = atom_vals.clone();
        w.slots = slots;
        w.offsets = offsets;
        w.known = known;
        self.r_run(&mut w, u, counter)?;
        self.b.ins().jump(join, &[]);

        // Validation: check every first access and call, rewrite the record.
        self.switch_to(validate);
        let saved_cold = std::mem::replace(&mut self.cold_code, true);
        let mut w = self.walk(Pass::Check, &mut layout);
        w.atom_vals = atom_vals;
        w.bail = bailed;
        need_some(self.r_unit(&mut w, u)?);
        let found = std::mem::take(&mut w.found);
        let epoch = self.proto_epoch();
        self.b.ins().store(t, epoch, rec, 0);
        for (&i, &sh) in &found.shapes {
            self.b.ins().store(t, sh, rec, layout.shape_word(i));
        }
        for (&k, &off) in &found.offsets {
            self.b.ins().store(t, off, rec, layout.offset_word(k));
        }
        for (&m, &(slot, f)) in &found.methods {
            let off = layout.method_words(m);
            self.b.ins().store(t, slot, rec, off);
            self.b.ins().store(t, f, rec, off + 8);
        }
        // Everything the entry compares was just stored: it matches now.
        self.b.ins().jump(head, &[]);
        self.cold_code = saved_cold;

        self.switch_to(bailed);
        let fails = self.b.ins().load(types::I64, t, rec, layout.fails_word());
        let fails = self.b.ins().iadd_imm_s(fails, 1);
        self.b.ins().store(t, fails, rec, layout.fails_word());
        self.b.ins().jump(generic, &[]);

        if let Unit::Stmts(stmts) = u {
            self.switch_to(generic);
            let saved = std::mem::replace(&mut self.no_region, true);
            for s in stmts {
                self.gen_stmt(s)?;
            }
            self.no_region = saved;
            if !self.is_filled() {
                self.b.ins().jump(join, &[]);
            }
            self.switch_to(join);
        }
        Ok(())
    }

    fn r_stmt(&mut self, w: &mut Walk<'_, 'a>, s: &'a Stmt) -> CResult<Option<()>> {
        let e = match s {
            Stmt::Expr(e) => e,
            Stmt::Decl(Decl::Var(v)) => return self.r_decl(w, v),
            Stmt::If(i) => return self.r_if(w, i),
            Stmt::Block(b) => {
                for s in &b.stmts {
                    need!(self.r_stmt(w, s)?);
                }
                return Ok(Some(()));
            }
            Stmt::Empty(_) => return Ok(Some(())),
            _ => return Ok(None),
        };
        if w.pass != Pass::Plan {
            self.set_loc(e.span);
        }
        match strip_parens(&e.expr) {
            Expr::Assign(a) => self.r_assign(w, a),
            Expr::Update(u) => {
                let Expr::Member(m) = &*u.arg else {
                    return Ok(None);
                };
                let op = match u.op {
                    UpdateOp::PlusPlus => BinaryOp::Add,
                    UpdateOp::MinusMinus => BinaryOp::Sub,
                };
                self.r_store(w, m, Some(op), None)
            }
            Expr::Call(c) => Ok(self.r_call(w, c)?.map(|_| ())),
            _ => Ok(None),
        }
    }

    /// `if (cond) s1 else s2` with region statements in the branches.
    fn r_if(&mut self, w: &mut Walk<'_, 'a>, i: &'a IfStmt) -> CResult<Option<()>> {
        let c = need!(self.r_cond(w, &i.test)?);
        // A store in a branch may not run: what it wrote is not known to
        // be a number afterwards.
        let written = w.layout.written.len();
        if w.pass != Pass::Run {
            need!(self.r_stmt(w, &i.cons)?);
            w.layout.written.truncate(written);
            if let Some(alt) = &i.alt {
                need!(self.r_stmt(w, alt)?);
                w.layout.written.truncate(written);
            }
            return Ok(Some(()));
        }
        let [then_blk, else_blk, merge] = std::array::from_fn(|_| self.b.create_block());
        self.b
            .ins()
            .brif(c.expect("run pass"), then_blk, &[], else_blk, &[]);
        let known = w.known.clone();
        self.switch_to(then_blk);
        need_some(self.r_stmt(w, &i.cons)?);
        self.b.ins().jump(merge, &[]);
        self.switch_to(else_blk);
        w.known = known;
        if let Some(alt) = &i.alt {
            need_some(self.r_stmt(w, alt)?);
        }
        self.b.ins().jump(merge, &[]);
        self.switch_to(merge);
        w.known.clear();
        Ok(Some(()))
    }

    /// A condition on numbers (comparisons, `&&`, `||`, `!`; no calls, so
    /// both sides of `&&`/`||` may be evaluated): its `i8` in the run pass.
    fn r_cond(&mut self, w: &mut Walk<'_, 'a>, e: &'a Expr) -> CResult<Option<Option<Value>>> {
        let saved = std::mem::replace(&mut w.no_calls, true);
        let r = self.r_cond_inner(w, e);
        w.no_calls = saved;
        r
    }

    fn r_cond_inner(
        &mut self,
        w: &mut Walk<'_, 'a>,
        e: &'a Expr,
    ) -> CResult<Option<Option<Value>>> {
        Ok(Some(match strip_parens(e) {
            Expr::Bin(b) => {
                let cc = match b.op {
                    BinaryOp::Lt => FloatCC::LessThan,
                    BinaryOp::LtEq => FloatCC::LessThanOrEqual,
                    BinaryOp::Gt => FloatCC::GreaterThan,
                    BinaryOp::GtEq => FloatCC::GreaterThanOrEqual,
                    BinaryOp::EqEq | BinaryOp::EqEqEq => FloatCC::Equal,
                    BinaryOp::NotEq | BinaryOp::NotEqEq => FloatCC::NotEqual,
                    BinaryOp::LogicalAnd | BinaryOp::LogicalOr => {
                        let l = need!(self.r_cond_inner(w, &b.left)?);
                        let r = need!(self.r_cond_inner(w, &b.right)?);
                        return Ok(Some(match (l, r) {
                            (Some(l), Some(r)) if b.op == BinaryOp::LogicalAnd => {
                                Some(self.b.ins().band(l, r))
                            }
                            (Some(l), Some(r)) => Some(self.b.ins().bor(l, r)),
                            _ => None,
                        }));
                    }
                    _ => return Ok(None),
                };
                let l = need!(self.r_num(w, &b.left)?);
                let r = need!(self.r_num(w, &b.right)?);
                match (l, r) {
                    (Some(l), Some(r)) => Some(self.b.ins().fcmp(cc, l, r)),
                    _ => None,
                }
            }
            Expr::Unary(u) if u.op == UnaryOp::Bang => {
                let c = need!(self.r_cond_inner(w, &u.arg)?);
                c.map(|c| self.b.ins().icmp_imm_s(IntCC::Equal, c, 0))
            }
            _ => return Ok(None),
        }))
    }

    /// `const`/`let` declarations of numbers in an inlined method: the
    /// bindings (never reassigned) stand for the values, as parameters do.
    fn r_decl(&mut self, w: &mut Walk<'_, 'a>, v: &'a VarDecl) -> CResult<Option<()>> {
        if w.frames.len() < 2 || v.kind == VarDeclKind::Var {
            return Ok(None);
        }
        for d in &v.decls {
            let (Pat::Ident(id), Some(init)) = (&d.name, &d.init) else {
                return Ok(None);
            };
            let b = need!(self.a.decls.get(&id.id.span.lo).copied());
            if self.a.bindings[b].reassigned || self.a.bindings[b].captured {
                return Ok(None);
            }
            let x = need!(self.r_num(w, init)?);
            w.frames
                .last_mut()
                .expect("frame")
                .params
                .push((b, Rv::Num(x)));
        }
        Ok(Some(()))
    }

    fn r_assign(&mut self, w: &mut Walk<'_, 'a>, a: &'a AssignExpr) -> CResult<Option<()>> {
        let AssignTarget::Simple(SimpleAssignTarget::Member(m)) = &a.left else {
            return Ok(None);
        };
        let op = match a.op {
            AssignOp::Assign => None,
            AssignOp::AddAssign => Some(BinaryOp::Add),
            AssignOp::SubAssign => Some(BinaryOp::Sub),
            AssignOp::MulAssign => Some(BinaryOp::Mul),
            AssignOp::DivAssign => Some(BinaryOp::Div),
            _ => return Ok(None),
        };
        self.r_store(w, m, op, Some(&a.right))
    }

    /// `m = rhs`, `m op= rhs` or (no `rhs`) `m++`/`m--`.
    fn r_store(
        &mut self,
        w: &mut Walk<'_, 'a>,
        m: &'a MemberExpr,
        op: Option<BinaryOp>,
        rhs: Option<&'a Expr>,
    ) -> CResult<Option<()>> {
        let name = need!(named(m));
        let atom = need!(self.r_obj(w, &m.obj)?);
        if w.pass == Pass::Plan {
            // `this.x = v` in a function that may be a constructor most
            // likely adds a property: not for a region.
            let kind = self.a.funcs[self.fid].kind;
            let ctor = matches!(kind, FuncKind::ClassCtor | FuncKind::Decl | FuncKind::Expr);
            if op.is_none() && ctor && w.layout.atoms[atom].key == AtomKey::This {
                return Ok(None);
            }
            w.layout.stored.push(name);
        }
        let k = self.r_field(w, atom, name, true, op.is_some(), m)?;
        // The old value is read before the right side runs.
        let (addr, old) = match w.pass {
            Pass::Run => {
                let addr = self.b.ins().iadd(w.slots[&atom], w.offsets[k]);
                let old = op.map(|_| self.field_value(w, atom, name, addr));
                (Some(addr), old)
            }
            _ => (None, None),
        };
        let r = match rhs {
            Some(e) => need!(self.r_num(w, e)?),
            None if w.pass == Pass::Run => Some(self.b.ins().f64const(1.0)),
            None => None,
        };
        if w.pass == Pass::Plan {
            // Stored once the right side has run.
            w.layout.written.push((atom, name));
        }
        if let (Some(addr), Some(r)) = (addr, r) {
            let v = match (op, old) {
                (Some(op), Some(old)) => self.f64_arith(op, old, r),
                _ => r,
            };
            // An `f64` is its own box (NaNs are canonical).
            self.b.ins().store(MemFlagsData::new(), v, addr, 0);
            w.known.retain(|&((_, key), _)| key != name);
            w.known.push(((atom, name), v));
        }
        Ok(Some(()))
    }

    /// The field for property `name` of `atom` (a store if `write`; `reads`
    /// if the access reads the value): laid out in the plan, checked at
    /// its first access in validation.
    fn r_field(
        &mut self,
        w: &mut Walk<'_, 'a>,
        atom: usize,
        name: &'a str,
        write: bool,
        reads: bool,
        m: &MemberExpr,
    ) -> CResult<usize> {
        let l = &mut *w.layout;
        let next = l.fields.len();
        let k = *l.field_of.entry((atom, name, write)).or_insert(next);
        match w.pass {
            Pass::Plan => {
                l.work += 1;
                if k == next {
                    l.fields.push(Field {
                        atom,
                        key: name,
                        read_first: false,
                    });
                }
                // A value stored earlier in the run (not in a branch that
                // may not have run) is a number; anything else is checked.
                if reads && !l.written.contains(&(atom, name)) {
                    l.fields[k].read_first = true;
                }
            }
            Pass::Check if !w.found.offsets.contains_key(&k) => {
                let site = self.ic_site(prop_span(m), write);
                let v = self.boxed(w.atom_vals[atom]);
                let (_, sh, csh) = self.ic_shape_load(v, site, w.bail);
                self.branch_unless_equal(sh, csh, w.bail);
                let off = self.b.ins().load(
                    types::I64,
                    MemFlagsData::trusted(),
                    site,
                    ic::IC_SLOT_OFFSET,
                );
                w.found.offsets.insert(k, off);
                w.found.shapes.insert(atom, sh);
            }
            _ => {}
        }
        Ok(k)
    }

    /// Run: the `f64` property `name` of `atom` (at `addr`) holds.
    fn field_value(
        &mut self,
        w: &mut Walk<'_, 'a>,
        atom: usize,
        name: &'a str,
        addr: Value,
    ) -> Value {
        if let Some(&(_, v)) = w.known.iter().find(|&&(af, _)| af == (atom, name)) {
            return v;
        }
        let v = self.b.ins().load(types::F64, MemFlagsData::new(), addr, 0);
        w.known.push(((atom, name), v));
        v
    }

    /// Continues if `a == b`, else branches to `miss`.
    fn branch_unless_equal(&mut self, a: Value, b: Value, miss: Block) {
        let same = self.b.ins().icmp(IntCC::Equal, a, b);
        let cont = self.b.create_block();
        self.b.ins().brif(same, cont, &[], miss, &[]);
        self.switch_to(cont);
    }

    /// `e` used as a number: its `f64` in the run pass.
    fn r_num(&mut self, w: &mut Walk<'_, 'a>, e: &'a Expr) -> CResult<Option<Option<Value>>> {
        Ok(Some(match need!(self.r_value(w, e)?) {
            Rv::Num(v) => v,
            Rv::Atom(i) => match w.pass {
                Pass::Plan => {
                    let a = &mut w.layout.atoms[i];
                    a.checked_num |= a.ty != Ty::Num;
                    None
                }
                Pass::Run => Some(self.num_of_known(w.atom_vals[i])),
                Pass::Check => None,
            },
            Rv::Unit => return Ok(None),
        }))
    }

    /// `e` used as an object: an atom.
    fn r_obj(&mut self, w: &mut Walk<'_, 'a>, e: &'a Expr) -> CResult<Option<usize>> {
        let Rv::Atom(i) = need!(self.r_value(w, e)?) else {
            return Ok(None);
        };
        let a = &mut w.layout.atoms[i];
        if a.ty == Ty::Num {
            return Ok(None);
        }
        a.as_obj = true;
        Ok(Some(i))
    }

    fn r_value(&mut self, w: &mut Walk<'_, 'a>, e: &'a Expr) -> CResult<Option<Rv>> {
        Ok(Some(match e {
            Expr::Lit(Lit::Num(n)) => Rv::Num(match w.pass {
                Pass::Run => Some(self.b.ins().f64const(n.value)),
                _ => None,
            }),
            Expr::Paren(p) => return self.r_value(w, &p.expr),
            Expr::Ident(id) => need!(self.r_ident(w, id)),
            Expr::This(t) => {
                if w.frames.len() > 1 {
                    need!(w.frames.last().and_then(|f| f.this))
                } else if self.plain_this(t.span) {
                    Rv::Atom(self.atom(w, AtomKey::This, t.span.lo, Ty::Any))
                } else {
                    return Ok(None);
                }
            }
            Expr::Member(m) => need!(self.r_get(w, m)?),
            Expr::Bin(b) => {
                let op = b.op;
                if !matches!(
                    op,
                    BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div
                ) {
                    return Ok(None);
                }
                let l = need!(self.r_num(w, &b.left)?);
                let r = need!(self.r_num(w, &b.right)?);
                Rv::Num(match (l, r) {
                    (Some(l), Some(r)) => Some(self.f64_arith(op, l, r)),
                    _ => None,
                })
            }
            Expr::Unary(u) if u.op == UnaryOp::Minus => {
                let v = need!(self.r_num(w, &u.arg)?);
                Rv::Num(v.map(|v| self.b.ins().fneg(v)))
            }
            // Both branches are evaluated (they cannot call anything).
            Expr::Cond(c) => {
                let t = need!(self.r_cond(w, &c.test)?);
                let saved = std::mem::replace(&mut w.no_calls, true);
                let x = self.r_num(w, &c.cons);
                let y = x.and_then(|x| Ok((x, self.r_num(w, &c.alt)?)));
                w.no_calls = saved;
                let (x, y) = y?;
                let (x, y) = (need!(x), need!(y));
                Rv::Num(match (t, x, y) {
                    (Some(t), Some(x), Some(y)) => Some(self.b.ins().select(t, x, y)),
                    _ => None,
                })
            }
            Expr::Call(c) => match self.math_path(c) {
                Some(path) => {
                    let mut xs = Vec::with_capacity(c.args.len());
                    for a in &c.args {
                        xs.push(need!(self.r_num(w, &a.expr)?));
                    }
                    let xs: Option<Vec<Value>> = xs.into_iter().collect();
                    Rv::Num(xs.map(|xs| self.math_f64(&path, &xs)))
                }
                None => need!(self.r_call(w, c)?),
            },
            _ => return Ok(None),
        }))
    }

    /// The path of a builtin `Math` function that `c` calls and that is
    /// one instruction on numbers.
    fn math_path(&self, c: &CallExpr) -> Option<String> {
        let Callee::Expr(callee) = &c.callee else {
            return None;
        };
        let path = crate::analysis::builtins::global_path(self.a, callee)?;
        crate::analysis::builtins::lookup(&path)?;
        // (`Math.imul`/`clz32` convert through ToInt32, whose rare slow
        // path is a call: not straight-line code.)
        let int = matches!(path.as_str(), "Math.imul" | "Math.clz32");
        (!int && crate::lower::call::math_inline_ok(&path, c)).then_some(path)
    }

    /// The index of the atom `key` (added in the plan).
    fn atom(&self, w: &mut Walk<'_, 'a>, key: AtomKey, at: BytePos, ty: Ty) -> usize {
        let l = &mut *w.layout;
        let next = l.atoms.len();
        let i = *l.atom_of.entry(key).or_insert(next);
        if i == next {
            l.atoms.push(Atom {
                key,
                this_at: at,
                ty,
                as_obj: false,
                checked_num: false,
            });
        }
        i
    }

    /// A binding: a parameter of an inlined method, or (in the region's own
    /// function) a number or unknown binding read without a TDZ check.
    fn r_ident(&self, w: &mut Walk<'_, 'a>, id: &Ident) -> Option<Rv> {
        let r = self.a.reference(id.span.lo)?;
        let f = w.frames.last().expect("frame");
        let param = f.params.iter().find(|(b, _)| *b == r.binding);
        if param.is_some() || w.frames.len() > 1 {
            return param.map(|&(_, rv)| rv);
        }
        if r.tdz_check {
            return None;
        }
        let ty = match self.inline_args.get(&r.binding) {
            Some(tv) => tv.ty(),
            None => self.a.bindings[r.binding].ty,
        };
        if !matches!(ty, Ty::Num | Ty::Any) {
            return None;
        }
        let key = AtomKey::Binding(r.binding);
        Some(Rv::Atom(self.atom(w, key, id.span.lo, ty)))
    }

    /// A named property read: an own data property, read at the offset the
    /// record holds.
    fn r_get(&mut self, w: &mut Walk<'_, 'a>, m: &'a MemberExpr) -> CResult<Option<Rv>> {
        let name = need!(named(m));
        let atom = need!(self.r_obj(w, &m.obj)?);
        let k = self.r_field(w, atom, name, false, true, m)?;
        Ok(Some(Rv::Num(match w.pass {
            Pass::Run => {
                let addr = self.b.ins().iadd(w.slots[&atom], w.offsets[k]);
                Some(self.field_value(w, atom, name, addr))
            }
            _ => None,
        })))
    }

    /// `o.name(args)` of an inlinable method whose body qualifies: its
    /// statements walked with `this` and the parameters bound.
    fn r_call(&mut self, w: &mut Walk<'_, 'a>, c: &'a CallExpr) -> CResult<Option<Rv>> {
        let Callee::Expr(callee) = &c.callee else {
            return Ok(None);
        };
        let Expr::Member(m) = strip_parens(callee) else {
            return Ok(None);
        };
        let name = need!(named(m));
        if w.no_calls {
            return Ok(None);
        }
        let (fid, node) = need!(self.region_method(name));
        let depth = self.inline_stack.len() + w.frames.len();
        if depth > MAX_INLINE_DEPTH || w.frames.iter().any(|f| f.fid == fid) {
            return Ok(None);
        }
        let params = self.a.funcs[fid].params.clone();
        let body = need!(node.body.as_ref());
        if c.args.len() != params.len()
            || node.params.len() != params.len()
            || node.params.iter().any(|p| !matches!(p.pat, Pat::Ident(_)))
            || params.iter().any(|&b| self.a.bindings[b].reassigned)
            || c.args.iter().any(|a| a.spread.is_some())
        {
            return Ok(None);
        }
        let recv = need!(self.r_obj(w, &m.obj)?);
        let span = prop_span(m);
        let l = &mut *w.layout;
        let next = l.method_of.len();
        let j = *l.method_of.entry((recv, name)).or_insert(next);
        match w.pass {
            Pass::Plan => {
                l.called.push(name);
                l.work += 1;
            }
            Pass::Check if !w.found.methods.contains_key(&j) => {
                let site = self.inline_site(span);
                let v = self.boxed(w.atom_vals[recv]);
                let (_, sh) = self.object_shape(v, w.bail);
                let (f, slot) = self.method_guard(v, site, w.bail);
                w.found.methods.insert(j, (slot, f));
                w.found.shapes.insert(recv, sh);
            }
            _ => {}
        }
        let mut bound = Vec::with_capacity(params.len());
        for (a, &b) in c.args.iter().zip(&params) {
            let rv = match need!(self.r_value(w, &a.expr)?) {
                Rv::Unit => return Ok(None),
                rv => rv,
            };
            bound.push((b, rv));
        }
        let inline = match w.pass {
            Pass::Plan => 0,
            _ => self.inline_frame(fid, span),
        };
        w.frames.push(Frame {
            fid,
            this: Some(Rv::Atom(recv)),
            params: bound,
        });
        // Cache sites are keyed by the inline frame.
        let saved = std::mem::replace(&mut self.inline, inline);
        let r = self.r_body(w, &body.stmts);
        self.inline = saved;
        w.frames.pop();
        r
    }

    /// A method body: statements of a region, then perhaps `return e`.
    fn r_body(&mut self, w: &mut Walk<'_, 'a>, stmts: &'a [Stmt]) -> CResult<Option<Rv>> {
        let (last, init) = match stmts.split_last() {
            Some((Stmt::Return(r), init)) => (Some(r), init),
            _ => (None, stmts),
        };
        for s in init {
            need!(self.r_stmt(w, s)?);
        }
        Ok(Some(match last.and_then(|r| r.arg.as_deref()) {
            Some(e) => {
                if w.pass != Pass::Plan {
                    self.set_loc(e.span());
                }
                Rv::Num(need!(self.r_num(w, e)?))
            }
            None => Rv::Unit,
        }))
    }
}

/// The name of a named, non-computed property other than `length` (which
/// arrays keep outside their slots).
fn named(m: &MemberExpr) -> Option<&str> {
    match &m.prop {
        MemberProp::Ident(p) if &*p.sym != "length" => Some(&p.sym),
        _ => None,
    }
}

/// The check and run passes walk what the plan pass accepted.
fn need_some<T>(x: Option<T>) -> T {
    x.expect("a region's statements qualified in its plan pass")
}

/// The parts of a counting loop `f`, if it is one.
fn counted<'a>(a: &crate::analysis::Analysis, f: &'a ForStmt) -> Option<Counted<'a>> {
    let Some(VarDeclOrExpr::VarDecl(v)) = &f.init else {
        return None;
    };
    let [d] = &v.decls[..] else {
        return None;
    };
    let (VarDeclKind::Let, Pat::Ident(id), Some(_)) = (v.kind, &d.name, &d.init) else {
        return None;
    };
    let counter = *a.decls.get(&id.id.span.lo)?;
    if a.bindings[counter].captured {
        return None;
    }
    let is_counter = |e: &Expr| {
        matches!(strip_parens(e), Expr::Ident(i)
            if a.reference(i.span.lo).is_some_and(|r| r.binding == counter))
    };
    // A condition the region can compute (its plan decides).
    let test = f.test.as_deref()?;
    let step = match strip_parens(f.update.as_deref()?) {
        Expr::Update(u) if is_counter(&u.arg) => match u.op {
            UpdateOp::PlusPlus => 1.0,
            UpdateOp::MinusMinus => -1.0,
        },
        Expr::Assign(asg) => {
            let AssignTarget::Simple(SimpleAssignTarget::Ident(t)) = &asg.left else {
                return None;
            };
            let Expr::Lit(Lit::Num(n)) = strip_parens(&asg.right) else {
                return None;
            };
            if a.reference(t.id.span.lo)
                .is_none_or(|r| r.binding != counter)
            {
                return None;
            }
            match asg.op {
                AssignOp::AddAssign => n.value,
                AssignOp::SubAssign => -n.value,
                _ => return None,
            }
        }
        _ => return None,
    };
    let body = match &*f.body {
        Stmt::Block(b) => &b.stmts[..],
        s @ Stmt::Expr(_) => std::slice::from_ref(s),
        _ => return None,
    };
    Some(Counted {
        counter,
        test,
        step,
        body,
    })
}
