//! DWARF debug information: line tables and one subprogram per JS function.
//!
//! Written with gimli's write API into the object's `.debug_*` sections, with
//! relocations against the function symbols, so `gdb` shows `app.js:12` in a
//! backtrace and `perf`/`addr2line` map addresses back to JS source lines.
//!
//! The source positions are the ones the frame table records
//! ([`super::frames::FuncFrames`]): code ranges with 1-based lines and columns.

use crate::codegen::ModuleGen;
use cranelift_module::FuncId as ClifFuncId;
use cranelift_object::object::write::{Object, Relocation, SectionId as ObjSectionId, SymbolId};
use cranelift_object::object::{RelocationEncoding, RelocationFlags, RelocationKind, SectionKind};
use cranelift_object::ObjectProduct;
use gimli::write::{
    Address, AttributeValue, DwarfUnit, EndianVec, LineProgram, LineString, Range, RangeList,
    RelocateWriter, RelocationTarget, Sections,
};
use gimli::{constants, Encoding, Format, LineEncoding, LittleEndian};
use std::collections::HashMap;

/// One compiled JS function, as the debug information describes it.
struct DebugFunc {
    id: ClifFuncId,
    name: String,
    /// The line of the function's start in the source (0: unknown).
    decl_line: u32,
    /// The source file of its start (an index of `DebugInfo::files`).
    decl_file: u32,
    len: u64,
    /// `(start, line, col, file)` code offsets with their source positions,
    /// sorted.
    rows: Vec<(u32, u32, u32, u32)>,
}

/// What the debug information needs, taken from the module generator before
/// its module is finished.
pub struct DebugInfo {
    path: String,
    comp_dir: String,
    /// Every source file of the program (the source map's, in order; 0 is
    /// the entry): absolute paths where they are files.
    files: Vec<String>,
    funcs: Vec<DebugFunc>,
}

/// Collects the JS functions defined so far (call after every JS function is
/// defined; the compiler's own trampolines, without a JS name, are left out).
pub fn collect(mg: &ModuleGen<'_>) -> DebugInfo {
    let path = std::fs::canonicalize(mg.file_name)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| mg.file_name.to_string());
    let comp_dir = std::path::Path::new(&path)
        .parent()
        .map(|p| p.display().to_string())
        .filter(|p| !p.is_empty())
        .or_else(|| {
            std::env::current_dir()
                .ok()
                .map(|d| d.display().to_string())
        })
        .unwrap_or_else(|| ".".into());
    let starts: Vec<swc_common::BytePos> = mg.cm.files().iter().map(|f| f.start_pos).collect();
    let files: Vec<String> = mg
        .cm
        .files()
        .iter()
        .map(|f| super::frames::source_file_path(f))
        .collect();
    let decl: HashMap<ClifFuncId, swc_common::BytePos> = mg
        .funcs
        .iter()
        .zip(&mg.a.funcs)
        .map(|(&id, fi)| (id, fi.span.lo))
        .collect();
    let funcs = mg
        .frame_info
        .iter()
        .filter_map(|f| {
            let name = f.name.as_ref()?;
            let (decl_line, decl_file) = match decl.get(&f.id) {
                Some(&pos) if pos.0 != 0 => {
                    let loc = mg.cm.lookup_char_pos(pos);
                    let file = starts.iter().position(|&s| s == loc.file.start_pos);
                    (loc.line as u32, file.unwrap_or(0) as u32)
                }
                _ => (0, 0),
            };
            let mut rows: Vec<(u32, u32, u32, u32)> = Vec::with_capacity(f.ranges.len());
            for &(start, _, line, col, _, file) in &f.ranges {
                let col = col & !kiln_runtime::abi::layout::CONSTRUCT_SITE;
                match rows.last() {
                    Some(&(_, l, c, fl)) if l == line && c == col && fl == file => {}
                    Some(&(s, _, _, _)) if s == start => {
                        *rows.last_mut().expect("a last row") = (start, line, col, file)
                    }
                    _ => rows.push((start, line, col, file)),
                }
            }
            Some(DebugFunc {
                id: f.id,
                name: if name.is_empty() {
                    "(anonymous)".into()
                } else {
                    name.clone()
                },
                decl_line,
                decl_file,
                len: f.len,
                rows,
            })
        })
        .collect();
    DebugInfo {
        path,
        comp_dir,
        files,
        funcs,
    }
}

/// A DWARF section being written, with the relocations it needs.
#[derive(Clone)]
struct RelocSection {
    data: EndianVec<LittleEndian>,
    relocs: Vec<gimli::write::Relocation>,
}

impl RelocateWriter for RelocSection {
    type Writer = EndianVec<LittleEndian>;

    fn writer(&self) -> &Self::Writer {
        &self.data
    }

    fn writer_mut(&mut self) -> &mut Self::Writer {
        &mut self.data
    }

    fn relocate(&mut self, relocation: gimli::write::Relocation) {
        self.relocs.push(relocation);
    }
}

impl DebugInfo {
    /// Builds the DWARF unit; `Address::Symbol { symbol: i }` is `self.funcs[i]`.
    fn build(&self) -> DwarfUnit {
        let encoding = Encoding {
            format: Format::Dwarf32,
            version: 4,
            address_size: 8,
        };
        let mut dwarf = DwarfUnit::new(encoding);
        let file_name = std::path::Path::new(&self.path)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| self.path.clone());
        let no_nul = |s: &str| s.replace('\0', "").into_bytes();
        let mut lp = LineProgram::new(
            encoding,
            LineEncoding::default(),
            LineString::String(no_nul(&self.comp_dir)),
            None,
            LineString::String(no_nul(&file_name)),
            None,
        );
        let dir = lp.default_directory();
        let entry = lp.add_file(LineString::String(no_nul(&file_name)), dir, None);
        // The other files of a program in many files, each in its folder.
        let file_ids: Vec<_> = self
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let p = std::path::Path::new(f);
                match (i, p.parent(), p.file_name()) {
                    (0, _, _) => entry,
                    (_, Some(d), Some(n)) if p.is_absolute() => {
                        let d =
                            lp.add_directory(LineString::String(no_nul(&d.display().to_string())));
                        lp.add_file(LineString::String(no_nul(&n.to_string_lossy())), d, None)
                    }
                    _ => lp.add_file(LineString::String(no_nul(f)), dir, None),
                }
            })
            .collect();
        let file_of = |i: u32| file_ids.get(i as usize).copied().unwrap_or(entry);

        let mut cu_ranges = Vec::with_capacity(self.funcs.len());
        let root = dwarf.unit.root();
        for (i, f) in self.funcs.iter().enumerate() {
            let start = Address::Symbol {
                symbol: i,
                addend: 0,
            };
            cu_ranges.push(Range::StartLength {
                begin: start,
                length: f.len,
            });

            lp.begin_sequence(Some(start));
            let mut first = true;
            if f.rows.first().is_none_or(|r| r.0 != 0) && f.decl_line != 0 {
                let row = lp.row();
                row.address_offset = 0;
                row.file = file_of(f.decl_file);
                row.line = f.decl_line.into();
                row.column = 0;
                row.is_statement = true;
                lp.generate_row();
            }
            for &(start, line, col, file) in &f.rows {
                if u64::from(start) >= f.len {
                    break;
                }
                let row = lp.row();
                row.address_offset = start.into();
                row.file = file_of(file);
                row.line = line.into();
                row.column = col.into();
                row.is_statement = true;
                row.prologue_end = first;
                first = false;
                lp.generate_row();
            }
            lp.end_sequence(f.len);

            let sp = dwarf.unit.add(root, constants::DW_TAG_subprogram);
            let e = dwarf.unit.get_mut(sp);
            e.set(
                constants::DW_AT_name,
                AttributeValue::String(no_nul(&f.name)),
            );
            e.set(constants::DW_AT_low_pc, AttributeValue::Address(start));
            e.set(constants::DW_AT_high_pc, AttributeValue::Udata(f.len));
            if f.decl_line != 0 {
                e.set(
                    constants::DW_AT_decl_file,
                    AttributeValue::FileIndex(Some(file_of(f.decl_file))),
                );
                e.set(
                    constants::DW_AT_decl_line,
                    AttributeValue::Udata(f.decl_line.into()),
                );
            }
        }
        dwarf.unit.line_program = lp;
        let ranges = dwarf.unit.ranges.add(RangeList(cu_ranges));

        let producer = format!("kiln {}", env!("CARGO_PKG_VERSION"));
        let e = dwarf.unit.get_mut(root);
        e.set(
            constants::DW_AT_producer,
            AttributeValue::String(producer.into_bytes()),
        );
        e.set(
            constants::DW_AT_name,
            AttributeValue::String(no_nul(&self.path)),
        );
        e.set(
            constants::DW_AT_comp_dir,
            AttributeValue::String(no_nul(&self.comp_dir)),
        );
        e.set(
            constants::DW_AT_low_pc,
            AttributeValue::Address(Address::Constant(0)),
        );
        e.set(
            constants::DW_AT_ranges,
            AttributeValue::RangeListRef(ranges),
        );
        dwarf
    }

    /// Writes the `.debug_*` sections, with their relocations, into the object.
    pub fn emit(&self, product: &mut ObjectProduct) -> Result<(), String> {
        if self.funcs.is_empty() {
            return Ok(());
        }
        let symbols: Vec<SymbolId> = self
            .funcs
            .iter()
            .map(|f| {
                product.functions[f.id]
                    .map(|(sym, _)| sym)
                    .ok_or_else(|| format!("debug info: function {:?} has no symbol", f.id))
            })
            .collect::<Result<_, _>>()?;
        let mut dwarf = self.build();
        let mut sections = Sections::new(RelocSection {
            data: EndianVec::new(LittleEndian),
            relocs: vec![],
        });
        dwarf
            .write(&mut sections)
            .map_err(|e| format!("debug info: {e}"))?;
        add_sections(&mut product.object, &sections, &symbols)
    }
}

/// Adds the non-empty sections, then their relocations (which may refer to
/// any of them).
fn add_sections(
    obj: &mut Object<'static>,
    sections: &Sections<RelocSection>,
    symbols: &[SymbolId],
) -> Result<(), String> {
    let mut referenced = std::collections::HashSet::new();
    sections.for_each(|_, s| -> Result<(), String> {
        for r in &s.relocs {
            if let RelocationTarget::Section(target) = r.target {
                referenced.insert(target);
            }
        }
        Ok(())
    })?;
    let mut ids: HashMap<gimli::SectionId, ObjSectionId> = HashMap::new();
    sections.for_each(|id, s| -> Result<(), String> {
        if s.data.slice().is_empty() && !referenced.contains(&id) {
            return Ok(());
        }
        let sid = obj.add_section(vec![], id.name().as_bytes().to_vec(), SectionKind::Debug);
        obj.set_section_data(sid, s.data.slice().to_vec(), 1);
        ids.insert(id, sid);
        Ok(())
    })?;
    sections.for_each(|id, s| -> Result<(), String> {
        let Some(&sid) = ids.get(&id) else {
            return Ok(());
        };
        for r in &s.relocs {
            let symbol = match r.target {
                RelocationTarget::Symbol(i) => *symbols
                    .get(i)
                    .ok_or_else(|| format!("debug info: bad symbol {i}"))?,
                RelocationTarget::Section(target) => {
                    let t = *ids
                        .get(&target)
                        .ok_or_else(|| format!("debug info: no section {}", target.name()))?;
                    obj.section_symbol(t)
                }
            };
            obj.add_relocation(
                sid,
                Relocation {
                    offset: r.offset as u64,
                    symbol,
                    addend: r.addend,
                    flags: RelocationFlags::Generic {
                        kind: RelocationKind::Absolute,
                        encoding: RelocationEncoding::Generic,
                        size: r.size * 8,
                    },
                },
            )
            .map_err(|e| format!("debug info: {e}"))?;
        }
        Ok(())
    })
}
