//! The frame table: maps compiled code back to JS functions and source positions.
//!
//! Layout and meaning are defined by `kiln_runtime::exec::frames` (the runtime walks
//! frame pointers and looks return addresses up here for `err.stack` and the
//! uncaught-exception header).

use crate::codegen::ModuleGen;
use crate::diag::CResult;
use cranelift_codegen::ir::SourceLoc;
use cranelift_codegen::MachSrcLoc;
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};
use kiln_runtime::abi;
use kiln_runtime::abi::layout::{
    CONSTRUCT_SITE, FILE_ENTRY_SIZE, FRAME_TABLE_SIZE, FUNC_ENTRY_SIZE, INLINE_ENTRY_SIZE,
    RANGE_SIZE,
};
use swc_common::{BytePos, SourceMap};

/// What the frame table records of one compiled function.
pub struct FuncFrames {
    pub id: ClifFuncId,
    /// The JS name (`None` for the compiler's own trampolines, left out).
    pub name: Option<String>,
    pub len: u64,
    /// `(start, end, line, col, inline)` code ranges, sorted by offset
    /// (`inline`: 0, or 1 + the index of an [`InlineFrame`]).
    pub ranges: Vec<(u32, u32, u32, u32, u32, u32)>,
    /// The function's source text: `(file, start, end)` byte offsets in the file.
    pub text: Option<(u32, u32, u32)>,
}

/// What `Function.prototype.toString` shows of a function spanning
/// `[lo, hi)`: from `lo` on, or for a method (`key` = the start of its key)
/// from its modifiers before the key (`async`, `*`, `get`, `set`; not
/// `static`), as V8 does. `(file, start, end)` in the file's bytes.
pub fn function_text(
    cm: &SourceMap,
    lo: BytePos,
    hi: BytePos,
    key: Option<BytePos>,
    modifiers: &[&str],
) -> Option<(u32, u32, u32)> {
    let start = key.unwrap_or(lo);
    let file = cm.lookup_source_file(start);
    if hi < start || hi > file.end_pos {
        return None;
    }
    let base = file.start_pos.0;
    let src = file.src.as_bytes();
    let mut s = (start.0 - base) as usize;
    if key.is_some() {
        let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
        // Back over white space and block comments.
        let skip_ws = |mut i: usize| loop {
            while i > 0 && src[i - 1].is_ascii_whitespace() {
                i -= 1;
            }
            if i >= 4 && &src[i - 2..i] == b"*/" {
                if let Some(open) = src[..i - 2].windows(2).rposition(|w| w == b"/*") {
                    i = open;
                    continue;
                }
            }
            return i;
        };
        let mut i = skip_ws(s);
        if modifiers.contains(&"*") && i > 0 && src[i - 1] == b'*' {
            s = i - 1;
            i = skip_ws(s);
        }
        for word in modifiers.iter().filter(|w| **w != "*") {
            let w = word.as_bytes();
            if i >= w.len()
                && &src[i - w.len()..i] == w
                && (i == w.len() || !is_ident(src[i - w.len() - 1]))
            {
                s = i - w.len();
                break;
            }
        }
    }
    let e = (hi.0 - base) as usize;
    (s < e && e <= src.len()).then(|| (file_index(cm, &file), s as u32, e as u32))
}

/// Bit 30 of a source location marks a *virtual* location: code of an
/// inlined function body, `bits & !VIRTUAL_LOC` indexing [`InlineLocs::locs`].
/// Real locations are byte positions below it (inlining is off for larger files).
pub const VIRTUAL_LOC: u32 = 1 << 30;

/// One inlined call (see `kiln_runtime::abi::layout::InlineEntry`).
pub struct InlineFrame {
    /// The inlined function's trace name.
    pub name: String,
    /// The call site's position (with `CONSTRUCT_SITE`), in the caller.
    pub site: u32,
    /// 0: the caller is the physical function; else 1 + the caller's index.
    pub parent: u32,
}

/// The inlined calls of the program and the virtual source locations of
/// their bodies' code.
#[derive(Default)]
pub struct InlineLocs {
    pub frames: Vec<InlineFrame>,
    /// `(position with CONSTRUCT_SITE, 1 + inline frame index)`.
    pub locs: Vec<(u32, u32)>,
    index: std::collections::HashMap<(u32, u32), u32>,
    /// `(site, parent)` → 1 + the frame's index.
    frame_index: std::collections::HashMap<(u32, u32), u32>,
}

impl InlineLocs {
    /// The frame (1-based) of the call at `site` inside `parent`, made on
    /// first use: every copy of one inlined call (the fast and generic paths
    /// of a speculative region) is one frame, so they share its cache sites.
    pub fn frame(&mut self, name: String, site: u32, parent: u32) -> u32 {
        let next = self.frames.len() as u32 + 1;
        let i = *self.frame_index.entry((site, parent)).or_insert(next);
        if i == next {
            self.frames.push(InlineFrame { name, site, parent });
        }
        i
    }

    /// The source location of position `bits` inside inlined call `inline`
    /// (1-based; 0 returns `bits` itself).
    pub fn loc(&mut self, bits: u32, inline: u32) -> u32 {
        if inline == 0 {
            return bits;
        }
        let next = self.locs.len() as u32;
        let i = *self.index.entry((bits, inline)).or_insert(next);
        if i == next {
            self.locs.push((bits, inline));
        }
        VIRTUAL_LOC | i
    }
}

/// The source ranges of compiled code, as 1-based lines and columns.
pub fn ranges(
    cm: &SourceMap,
    inl: &InlineLocs,
    srclocs: &[MachSrcLoc<cranelift_codegen::Final>],
) -> Vec<(u32, u32, u32, u32, u32, u32)> {
    let mut out = Vec::with_capacity(srclocs.len());
    let mut cache: Option<(u32, u32, u32, u32)> = None;
    for s in srclocs {
        let loc: SourceLoc = s.loc;
        if loc.is_default() || s.end <= s.start {
            continue;
        }
        let (bits, inline) = if loc.bits() & (VIRTUAL_LOC | CONSTRUCT_SITE) == VIRTUAL_LOC {
            inl.locs[(loc.bits() & !VIRTUAL_LOC) as usize]
        } else {
            (loc.bits(), 0)
        };
        // A flagged location marks a `new` call site (see `FnGen::set_loc_construct`).
        let flag = bits & CONSTRUCT_SITE;
        let pos = bits & !CONSTRUCT_SITE;
        let (line, col, file) = match cache {
            Some((p, l, c, f)) if p == pos => (l, c, f),
            _ => {
                let l = cm.lookup_char_pos(BytePos(pos));
                let lc = (
                    l.line as u32,
                    l.col_display as u32 + 1,
                    file_index(cm, &l.file),
                );
                cache = Some((pos, lc.0, lc.1, lc.2));
                lc
            }
        };
        out.push((s.start, s.end, line, col | flag, inline, file));
    }
    out
}

/// 1-based `(line, col)` of a position with `CONSTRUCT_SITE`, the flag
/// kept, and the index of its source file.
fn line_col(cm: &SourceMap, bits: u32) -> (u32, u32, u32) {
    let l = cm.lookup_char_pos(BytePos(bits & !CONSTRUCT_SITE));
    (
        l.line as u32,
        (l.col_display as u32 + 1) | (bits & CONSTRUCT_SITE),
        file_index(cm, &l.file),
    )
}

/// A source file's path as stack traces and debuggers show it: absolute
/// for a file on disk, else its name (`kiln:modules`, `node:path`).
pub fn source_file_path(f: &swc_common::SourceFile) -> String {
    let name = match &*f.name {
        swc_common::FileName::Custom(n) => n.clone(),
        other => other.to_string(),
    };
    std::fs::canonicalize(&name)
        .map(|p| p.display().to_string())
        .unwrap_or(name)
}

/// The index of `file` among the source map's files (the frame table's
/// file list is the source map's, in order; 0 is the entry file).
fn file_index(cm: &SourceMap, file: &swc_common::SourceFile) -> u32 {
    cm.files()
        .iter()
        .position(|f| f.start_pos == file.start_pos)
        .unwrap_or(0) as u32
}

impl ModuleGen<'_> {
    fn data(&mut self, name: &str, bytes: Vec<u8>, export: bool) -> CResult<DataId> {
        let linkage = if export {
            Linkage::Export
        } else {
            Linkage::Local
        };
        let id = self
            .module
            .declare_data(name, linkage, false, false)
            .map_err(|e| self.internal(e))?;
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        self.module
            .define_data(id, &d)
            .map_err(|e| self.internal(e))?;
        Ok(id)
    }

    /// Emits `kiln_frame_table` (see `kiln_runtime::abi::layout::FrameTable`).
    pub(crate) fn define_frame_table(&mut self) -> CResult<()> {
        let infos: Vec<FuncFrames> = std::mem::take(&mut self.frame_info)
            .into_iter()
            .filter(|f| f.name.is_some())
            .collect();
        let mut names = vec![];
        let mut ranges = vec![];
        for (i, f) in infos.iter().enumerate() {
            let name = f.name.clone().unwrap_or_default().into_bytes();
            let name_len = name.len() as u64;
            let mut nb = name;
            nb.resize(nb.len().max(8), 0);
            names.push((self.data(&format!("kiln_fname{i}"), nb, false)?, name_len));
            let mut rb = Vec::with_capacity(f.ranges.len() * RANGE_SIZE);
            for &(s, e, l, c, i, file) in &f.ranges {
                for x in [s, e, l, c, i, file] {
                    rb.extend_from_slice(&x.to_le_bytes());
                }
            }
            rb.resize(rb.len().max(RANGE_SIZE), 0);
            ranges.push(self.data(&format!("kiln_franges{i}"), rb, false)?);
        }
        // The function entries, with relocations to code, names and ranges.
        let funcs_id = self
            .module
            .declare_data("kiln_frame_funcs", Linkage::Local, false, false)
            .map_err(|e| self.internal(e))?;
        let mut d = DataDescription::new();
        let mut bytes = vec![0u8; (infos.len() * FUNC_ENTRY_SIZE).max(8)];
        for (i, f) in infos.iter().enumerate() {
            let base = i * FUNC_ENTRY_SIZE;
            bytes[base + 8..base + 16].copy_from_slice(&f.len.to_le_bytes());
            bytes[base + 24..base + 32].copy_from_slice(&names[i].1.to_le_bytes());
            bytes[base + 40..base + 48].copy_from_slice(&(f.ranges.len() as u64).to_le_bytes());
            if let Some((file, start, end)) = f.text {
                bytes[base + 48..base + 52].copy_from_slice(&file.to_le_bytes());
                bytes[base + 52..base + 56].copy_from_slice(&start.to_le_bytes());
                bytes[base + 56..base + 60].copy_from_slice(&end.to_le_bytes());
            }
        }
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        for (i, f) in infos.iter().enumerate() {
            let base = (i * FUNC_ENTRY_SIZE) as u32;
            let fr = self.module.declare_func_in_data(f.id, &mut d);
            d.write_function_addr(base, fr);
            let ng = self.module.declare_data_in_data(names[i].0, &mut d);
            d.write_data_addr(base + 16, ng, 0);
            let rg = self.module.declare_data_in_data(ranges[i], &mut d);
            d.write_data_addr(base + 32, rg, 0);
        }
        self.module
            .define_data(funcs_id, &d)
            .map_err(|e| self.internal(e))?;

        // The inlined calls, with relocations to their names.
        let frames = std::mem::take(&mut self.inline_locs.frames);
        let mut name_ids = vec![];
        for (i, f) in frames.iter().enumerate() {
            let mut nb = f.name.clone().into_bytes();
            nb.resize(nb.len().max(8), 0);
            name_ids.push(self.data(&format!("kiln_iname{i}"), nb, false)?);
        }
        let inlines_id = self
            .module
            .declare_data("kiln_frame_inlines", Linkage::Local, false, false)
            .map_err(|e| self.internal(e))?;
        let mut d = DataDescription::new();
        let mut bytes = vec![0u8; (frames.len() * INLINE_ENTRY_SIZE).max(8)];
        for (i, f) in frames.iter().enumerate() {
            let base = i * INLINE_ENTRY_SIZE;
            let (line, col, file) = line_col(self.cm, f.site);
            bytes[base + 8..base + 16].copy_from_slice(&(f.name.len() as u64).to_le_bytes());
            bytes[base + 16..base + 20].copy_from_slice(&line.to_le_bytes());
            bytes[base + 20..base + 24].copy_from_slice(&col.to_le_bytes());
            bytes[base + 24..base + 28].copy_from_slice(&f.parent.to_le_bytes());
            bytes[base + 28..base + 32].copy_from_slice(&file.to_le_bytes());
        }
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        for (i, &n) in name_ids.iter().enumerate() {
            let g = self.module.declare_data_in_data(n, &mut d);
            d.write_data_addr((i * INLINE_ENTRY_SIZE) as u32, g, 0);
        }
        self.module
            .define_data(inlines_id, &d)
            .map_err(|e| self.internal(e))?;

        let path = std::fs::canonicalize(self.file_name)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| self.file_name.to_string());
        let source = self
            .cm
            .files()
            .first()
            .map(|f| f.src.to_string())
            .unwrap_or_default();
        let (path_len, source_len) = (path.len() as u64, source.len() as u64);
        let mut pb = path.into_bytes();
        pb.resize(pb.len().max(8), 0);
        let mut sb = source.into_bytes();
        sb.resize(sb.len().max(8), 0);
        let path_id = self.data("kiln_source_path", pb, false)?;
        let source_id = self.data("kiln_source_text", sb, false)?;

        // Every source file: path and text (programs in many files).
        let files: Vec<(String, String)> = self
            .cm
            .files()
            .iter()
            .map(|f| (source_file_path(f), f.src.to_string()))
            .collect();
        let mut file_ids = vec![];
        for (i, (path, src)) in files.iter().enumerate() {
            let mut pb = path.clone().into_bytes();
            pb.resize(pb.len().max(8), 0);
            let mut sb = src.clone().into_bytes();
            sb.resize(sb.len().max(8), 0);
            file_ids.push((
                self.data(&format!("kiln_file_path{i}"), pb, false)?,
                self.data(&format!("kiln_file_text{i}"), sb, false)?,
            ));
        }
        let files_id = self
            .module
            .declare_data("kiln_frame_files", Linkage::Local, false, false)
            .map_err(|e| self.internal(e))?;
        let mut d = DataDescription::new();
        let mut bytes = vec![0u8; (files.len() * FILE_ENTRY_SIZE).max(8)];
        for (i, (path, src)) in files.iter().enumerate() {
            let base = i * FILE_ENTRY_SIZE;
            bytes[base + 8..base + 16].copy_from_slice(&(path.len() as u64).to_le_bytes());
            bytes[base + 24..base + 32].copy_from_slice(&(src.len() as u64).to_le_bytes());
        }
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        for (i, &(p, t)) in file_ids.iter().enumerate() {
            let base = (i * FILE_ENTRY_SIZE) as u32;
            let g = self.module.declare_data_in_data(p, &mut d);
            d.write_data_addr(base, g, 0);
            let g = self.module.declare_data_in_data(t, &mut d);
            d.write_data_addr(base + 16, g, 0);
        }
        self.module
            .define_data(files_id, &d)
            .map_err(|e| self.internal(e))?;

        let table_id = self
            .module
            .declare_data(abi::DATA_FRAME_TABLE, Linkage::Export, false, false)
            .map_err(|e| self.internal(e))?;
        let mut d = DataDescription::new();
        let mut bytes = vec![0u8; FRAME_TABLE_SIZE];
        bytes[0..8].copy_from_slice(&(infos.len() as u64).to_le_bytes());
        bytes[24..32].copy_from_slice(&path_len.to_le_bytes());
        bytes[40..48].copy_from_slice(&source_len.to_le_bytes());
        bytes[56..64].copy_from_slice(&(frames.len() as u64).to_le_bytes());
        bytes[72..80].copy_from_slice(&(files.len() as u64).to_le_bytes());
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        let g = self.module.declare_data_in_data(funcs_id, &mut d);
        d.write_data_addr(8, g, 0);
        let g = self.module.declare_data_in_data(path_id, &mut d);
        d.write_data_addr(16, g, 0);
        let g = self.module.declare_data_in_data(source_id, &mut d);
        d.write_data_addr(32, g, 0);
        let g = self.module.declare_data_in_data(inlines_id, &mut d);
        d.write_data_addr(48, g, 0);
        let g = self.module.declare_data_in_data(files_id, &mut d);
        d.write_data_addr(64, g, 0);
        self.module
            .define_data(table_id, &d)
            .map_err(|e| self.internal(e))?;
        Ok(())
    }
}
