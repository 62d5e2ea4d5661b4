//! `--emit clif`: Cranelift IR annotated with the JavaScript source lines it came from.

use cranelift_codegen::ir::{Function, Inst, SourceLoc};
use cranelift_codegen::write::{FuncWriter, PlainWriter};
use std::fmt::Write;
use swc_common::{BytePos, SourceMap};

/// The bits that tell a virtual (inlined) location from a real one.
const VIRTUAL_MASK: u32 = super::frames::VIRTUAL_LOC | kiln_runtime::abi::layout::CONSTRUCT_SITE;

struct Annotating<'a> {
    cm: &'a SourceMap,
    inl: &'a super::frames::InlineLocs,
    file: &'a str,
    last: std::cell::Cell<Option<u32>>,
}

impl FuncWriter for Annotating<'_> {
    fn write_block_header(
        &mut self,
        w: &mut dyn Write,
        func: &Function,
        block: cranelift_codegen::ir::Block,
        indent: usize,
    ) -> std::fmt::Result {
        PlainWriter.write_block_header(w, func, block, indent)
    }

    fn write_instruction(
        &mut self,
        w: &mut dyn Write,
        func: &Function,
        aliases: &cranelift_codegen::entity::SecondaryMap<
            cranelift_codegen::ir::Value,
            Vec<cranelift_codegen::ir::Value>,
        >,
        inst: Inst,
        indent: usize,
    ) -> std::fmt::Result {
        let loc: SourceLoc = func.srcloc(inst);
        if !loc.is_default() && self.last.get() != Some(loc.bits()) {
            self.last.set(Some(loc.bits()));
            let (bits, inlined) = if loc.bits() & VIRTUAL_MASK == super::frames::VIRTUAL_LOC {
                let (b, i) = self.inl.locs[(loc.bits() & !super::frames::VIRTUAL_LOC) as usize];
                (b, i != 0)
            } else {
                (loc.bits(), false)
            };
            let l = self
                .cm
                .lookup_char_pos(BytePos(bits & !kiln_runtime::abi::layout::CONSTRUCT_SITE));
            let line = l
                .file
                .get_line(l.line.saturating_sub(1))
                .map(|s| s.trim().to_string())
                .unwrap_or_default();
            writeln!(
                w,
                "{:indent$}; {}:{}:{}: {}{}",
                "",
                self.file,
                l.line,
                l.col_display + 1,
                if inlined { "(inlined) " } else { "" },
                line,
                indent = indent
            )?;
        }
        PlainWriter.write_instruction(w, func, aliases, inst, indent)
    }
}

/// The function's IR text with `; file:line:col: source` comments.
pub fn annotated(
    func: &Function,
    cm: &SourceMap,
    inl: &super::frames::InlineLocs,
    file: &str,
) -> String {
    let mut s = String::new();
    let mut w = Annotating {
        cm,
        inl,
        file,
        last: std::cell::Cell::new(None),
    };
    let _ = cranelift_codegen::write::decorate_function(&mut w, &mut s, func);
    s
}
