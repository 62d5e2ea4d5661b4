//! Speculative regions: side-effect-free expressions as straight-line code
//! that starts over in the generic code of the same expression at the first
//! miss.
//!
//! An expression made only of number literals, bindings read without a TDZ
//! check, `this`, named property reads and `+ - * /` has no side effects as
//! long as every read hits its inline cache's first entry and every operand
//! is a number. Its *fast path* does exactly that and branches to a cold
//! *generic* block, which evaluates the whole expression again the ordinary
//! way, at the first object check, cache check or number check that fails.
//! Nothing has happened by then that the program could observe, so starting
//! over is exact. The fast path has no joins, so Cranelift keeps values in
//! registers and removes repeated loads (a receiver's shape and slots).
//!
//! Regions are used for arithmetic reading at least two properties
//! (`this.x * o.x + this.y * o.y`) and for compound assignments and updates
//! of a named property (`o.x += e`, `o.n++`) whose right side qualifies: the
//! read, the operation and the store become one read-modify-write through
//! the *store's* cache entry (an own writable data property), with no second
//! shape check. Both paths of a region share its accesses' cache sites
//! (`FnGen::ic_site`), so the generic path fills the caches the fast path
//! reads.

use crate::analysis::{FuncKind, Ty};
use crate::codegen::func::FnGen;
use crate::codegen::value::Tv;
use crate::diag::CResult;
use crate::syntax::ast::prop_span;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use swc_common::{Span, Spanned};
use swc_ecma_ast::*;

/// How many property reads an arithmetic expression needs for a region.
const MIN_REGION_READS: usize = 2;

/// Is `op` computed inline by a fast path?
fn spec_arith(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div
    )
}

/// A compound assignment or update of a named property, for
/// [`FnGen::try_speculate`].
pub struct Compound<'a> {
    /// The object, already evaluated.
    pub obj: Value,
    /// Where the property name is (its cache sites are keyed by it).
    pub span: Span,
    pub op: BinaryOp,
    /// The right side; `None` for `++`/`--` (which add or subtract 1).
    pub rhs: Option<&'a Expr>,
    /// The result is the old value (postfix update used as a value).
    pub want_old: bool,
}

/// What the speculative arithmetic tier may take over (see
/// [`FnGen::try_speculate`]).
pub enum Speculation<'a> {
    /// Arithmetic `l op r` reading properties.
    Bin(&'a BinExpr),
    /// `o.x op= e` or `o.x++` / `o.x--`.
    Compound(Compound<'a>),
}

impl<'a> FnGen<'_, 'a> {
    /// The speculative tier's one entry from `lower/`: generates `s` as a
    /// region whose fast path assumes numbers and cached shapes, with
    /// `generic` (the plain lowering of `s`) as the slow path, and gives its
    /// value; `None`, having generated nothing, if `s` does not qualify.
    pub fn try_speculate(
        &mut self,
        s: Speculation<'a>,
        generic: impl FnOnce(&mut Self) -> CResult<Tv>,
    ) -> CResult<Option<Tv>> {
        match s {
            Speculation::Bin(b) => self.spec_bin(b, generic),
            Speculation::Compound(c) => self.spec_compound(c, generic),
        }
    }
}

/// The largest expression (in syntax nodes) the speculative tier takes.
const MAX_SPEC_NODES: usize = 64;

impl<'a> FnGen<'_, 'a> {
    /// The number of property reads in `e` if a fast path can compute it
    /// (an expression of at most [`MAX_SPEC_NODES`] nodes: every binary
    /// operator of a long chain asks again, so an unbounded scan would make
    /// compile time quadratic in the chain's length).
    fn spec_reads(&self, e: &Expr) -> Option<usize> {
        let mut budget = MAX_SPEC_NODES;
        self.spec_reads_within(e, &mut budget)
    }

    fn spec_bin_reads(&self, b: &BinExpr) -> Option<usize> {
        let mut budget = MAX_SPEC_NODES;
        self.spec_bin_reads_within(b, &mut budget)
    }

    fn spec_reads_within(&self, e: &Expr, budget: &mut usize) -> Option<usize> {
        *budget = budget.checked_sub(1)?;
        match e {
            Expr::Lit(Lit::Num(_)) => Some(0),
            Expr::Paren(p) => self.spec_reads_within(&p.expr, budget),
            Expr::Ident(id) => self
                .a
                .reference(id.span.lo)
                .filter(|r| !r.tdz_check)
                .map(|_| 0),
            Expr::This(t) => self.plain_this(t.span).then_some(0),
            Expr::Member(m) => match &m.prop {
                MemberProp::Ident(p) if &*p.sym != "length" => {
                    Some(self.spec_reads_within(&m.obj, budget)? + 1)
                }
                _ => None,
            },
            Expr::Bin(b) => self.spec_bin_reads_within(b, budget),
            _ => None,
        }
    }

    fn spec_bin_reads_within(&self, b: &BinExpr, budget: &mut usize) -> Option<usize> {
        if !spec_arith(b.op) {
            return None;
        }
        Some(self.spec_reads_within(&b.left, budget)? + self.spec_reads_within(&b.right, budget)?)
    }

    /// Does reading `this` at `span` need no check (it does in a derived
    /// constructor: "before super()")?
    pub(crate) fn plain_this(&self, span: Span) -> bool {
        self.a.synth_refs.get(&span.lo).is_none_or(|r| {
            let owner = &self.a.funcs[self.a.bindings[r.binding].func];
            !(owner.kind == FuncKind::ClassCtor && owner.derived)
        })
    }

    /// The fast path of `e` (accepted by `spec_reads`): branches to `bail`
    /// at the first miss.
    fn gen_spec(&mut self, e: &'a Expr, bail: Block) -> CResult<Tv> {
        self.set_loc(e.span());
        match e {
            Expr::Lit(Lit::Num(n)) => Ok(self.f64_const(n.value)),
            Expr::Paren(p) => self.gen_spec(&p.expr, bail),
            Expr::Ident(id) => self.gen_ident(id),
            Expr::This(t) => self.gen_this(t),
            Expr::Member(m) => {
                let o = self.gen_spec(&m.obj, bail)?;
                let Tv::Boxed(o, _) = o else {
                    // A number or boolean: its properties are the runtime's.
                    self.b.ins().jump(bail, &[]);
                    self.dead_block();
                    return Ok(self.undefined());
                };
                let v = self.spec_get(o, prop_span(m), bail);
                Ok(Tv::Boxed(v, Ty::Any))
            }
            Expr::Bin(b) => self.gen_spec_bin(b, bail),
            _ => unreachable!("spec_reads accepts only the expressions above"),
        }
    }

    fn gen_spec_bin(&mut self, b: &'a BinExpr, bail: Block) -> CResult<Tv> {
        let l = self.gen_spec(&b.left, bail)?;
        let r = self.gen_spec(&b.right, bail)?;
        let (x, y) = self.spec_numbers(l, r, bail);
        Ok(Tv::F64(self.f64_arith(b.op, x, y)))
    }

    /// `l` and `r` as `f64`s if both are numbers, else branches to `bail`.
    fn spec_numbers(&mut self, l: Tv, r: Tv, bail: Block) -> (Value, Value) {
        let unknown: Vec<Value> = [l, r]
            .into_iter()
            .filter(|&tv| !Self::known_number(tv))
            .map(|tv| self.boxed(tv))
            .collect();
        let check = match unknown[..] {
            [] => None,
            [v] => Some(self.is_number(v)),
            [a, b] => Some(self.both_numbers(a, b)),
            _ => unreachable!("two operands"),
        };
        if let Some(ok) = check {
            let cont = self.b.create_block();
            self.b.ins().brif(ok, cont, &[], bail, &[]);
            self.switch_to(cont);
        }
        let num = |g: &mut Self, tv: Tv| match tv {
            Tv::Boxed(v, _) if !Self::known_number(tv) => {
                g.b.ins().bitcast(types::F64, MemFlagsData::new(), v)
            }
            _ => g.num_of_known(tv),
        };
        (num(self, l), num(self, r))
    }

    /// `o.name` (the property at `span`) from entry 0 of its cache (own or
    /// prototype hit), else branches to `bail`.
    fn spec_get(&mut self, o: Value, span: Span, bail: Block) -> Value {
        let site = self.ic_site(span, false);
        let (p, sh, csh) = self.ic_shape_load(o, site, bail);
        let own_blk = self.b.create_block();
        let other = self.b.create_block();
        let same = self.b.ins().icmp(IntCC::Equal, sh, csh);
        self.b.ins().brif(same, own_blk, &[], other, &[]);
        self.switch_to(other);
        let proto_blk = self.not_own_check(sh, csh, site, bail);
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        self.ic_hits(p, site, own_blk, proto_blk, join);
        self.switch_to(join);
        self.b.block_params(join)[0]
    }

    /// Arithmetic `b` reading at least two properties as a speculative
    /// region; `None` if it does not qualify.
    fn spec_bin(
        &mut self,
        b: &'a BinExpr,
        plain: impl FnOnce(&mut Self) -> CResult<Tv>,
    ) -> CResult<Option<Tv>> {
        if self.no_spec || self.spec_bin_reads(b).is_none_or(|n| n < MIN_REGION_READS) {
            return Ok(None);
        }
        // `+` may concatenate on the generic path.
        let ty = if b.op == BinaryOp::Add {
            Ty::Any
        } else {
            Ty::Num
        };
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let generic = self.b.create_block();
        self.b.set_cold_block(generic);
        let fast = self.gen_spec_bin(b, generic)?;
        let v = self.boxed(fast);
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(generic);
        self.no_spec = true;
        let tv = plain(self)?;
        self.no_spec = false;
        let v = self.boxed(tv);
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(join);
        self.set_loc(b.span);
        Ok(Some(self.join_value(join, ty)))
    }

    /// The value of a region's `join` block of static type `ty`.
    fn join_value(&mut self, join: Block, ty: Ty) -> Tv {
        let v = self.b.block_params(join)[0];
        match ty {
            Ty::Num => Tv::F64(self.b.ins().bitcast(types::F64, MemFlagsData::new(), v)),
            _ => Tv::Boxed(v, ty),
        }
    }

    /// A compound assignment or update of a named property as a region
    /// whose fast path reads, computes and stores through the store's cache
    /// entry; `generic` generates it the ordinary way. `None` if the right
    /// side does not qualify.
    fn spec_compound(
        &mut self,
        c: Compound<'a>,
        generic: impl FnOnce(&mut Self) -> CResult<Tv>,
    ) -> CResult<Option<Tv>> {
        if self.no_spec || !spec_arith(c.op) || c.rhs.is_some_and(|e| self.spec_reads(e).is_none())
        {
            return Ok(None);
        }
        let ty = if c.op == BinaryOp::Add && !c.want_old && c.rhs.is_some() {
            Ty::Any
        } else {
            Ty::Num
        };
        let join = self.b.create_block();
        self.b.append_block_param(join, types::I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // The right side first: on this path nothing it does is observable.
        let r = match c.rhs {
            Some(e) => self.gen_spec(e, slow)?,
            None => self.f64_const(1.0),
        };
        let site = self.ic_site(c.span, true);
        let (p, sh, csh) = self.ic_shape_load(c.obj, site, slow);
        let hit = self.b.create_block();
        let same = self.b.ins().icmp(IntCC::Equal, sh, csh);
        self.b.ins().brif(same, hit, &[], slow, &[]);
        // An own writable data property: read, compute, write back.
        self.switch_to(hit);
        let addr = self.slot_addr(p, site);
        let cur = self.b.ins().load(types::I64, MemFlagsData::new(), addr, 0);
        let (x, y) = self.spec_numbers(Tv::Boxed(cur, Ty::Any), r, slow);
        let new = self.f64_arith(c.op, x, y);
        let new = self.boxed(Tv::F64(new));
        self.b.ins().store(MemFlagsData::new(), new, addr, 0);
        let result = if c.want_old { cur } else { new };
        self.b.ins().jump(join, &[result.into()]);
        self.switch_to(slow);
        self.no_spec = true;
        let tv = generic(self)?;
        self.no_spec = false;
        let v = self.boxed(tv);
        self.b.ins().jump(join, &[v.into()]);
        self.switch_to(join);
        Ok(Some(self.join_value(join, ty)))
    }
}
