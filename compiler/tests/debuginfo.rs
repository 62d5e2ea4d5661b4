//! DWARF debug information in emitted objects: subprograms per JS function,
//! a line table pointing at the JS source, relocated against the code symbols.

use cranelift_object::object::{
    self, Object, ObjectSection, ObjectSymbol, RelocationTarget as ObjTarget,
};
use gimli::{EndianSlice, LittleEndian};
use kiln::codegen::{Emit, Options};
use std::collections::BTreeSet;

const SRC: &str = "// leading comment\n\
function fib(n) {\n  \
  return n < 2 ? n : fib(n - 1) + fib(n - 2);\n\
}\n\
const twice = function (x) { return x * 2; };\n\
console.log(fib(10), twice(3));\n";

fn compile(emit: Emit) -> Vec<u8> {
    let opts = Options {
        opt_level: 2,
        emit,
        verify: true,
        script: false,
    };
    match kiln::driver::compile_source("test.js", SRC.to_string(), &opts) {
        Ok(out) => out.object,
        Err(e) => panic!("compile error: {e}"),
    }
}

/// The names of the symbols the relocations of section `name` refer to.
fn reloc_targets(file: &object::File<'_>, name: &str) -> BTreeSet<String> {
    let section = file
        .section_by_name(name)
        .unwrap_or_else(|| panic!("no {name} section"));
    section
        .relocations()
        .map(|(_, r)| match r.target() {
            ObjTarget::Symbol(i) => {
                let sym = file.symbol_by_index(i).expect("a symbol");
                match sym.section_index() {
                    Some(s) if sym.kind() == object::SymbolKind::Section => file
                        .section_by_index(s)
                        .and_then(|s| s.name().map(str::to_string))
                        .unwrap_or_default(),
                    _ => sym.name().unwrap_or_default().to_string(),
                }
            }
            other => panic!("unexpected relocation target {other:?}"),
        })
        .collect()
}

/// The DWARF sections of an object.
fn load_dwarf<'a>(file: &object::File<'a>) -> gimli::Dwarf<EndianSlice<'a, LittleEndian>> {
    gimli::Dwarf::load(|id| -> Result<_, gimli::Error> {
        let data = file
            .section_by_name(id.name())
            .and_then(|s| s.data().ok())
            .unwrap_or(&[]);
        Ok(EndianSlice::new(data, LittleEndian))
    })
    .expect("DWARF")
}

#[test]
fn object_has_relocated_debug_sections() {
    let bytes = compile(Emit::Object);
    let file = object::File::parse(&*bytes).expect("an object");
    for name in [".debug_info", ".debug_abbrev", ".debug_line"] {
        assert!(file.section_by_name(name).is_some(), "no {name}");
    }
    let info = reloc_targets(&file, ".debug_info");
    assert!(info.contains("kiln_fn1_fib"), "{info:?}");
    assert!(info.contains(".debug_line"), "{info:?}");
    assert!(info.contains(".debug_abbrev"), "{info:?}");
    let line = reloc_targets(&file, ".debug_line");
    assert!(line.contains("kiln_fn1_fib"), "{line:?}");
    // The function symbols carry their sizes (perf, addr2line).
    let fib = file
        .symbols()
        .find(|s| s.name() == Ok("kiln_fn1_fib"))
        .expect("fib's symbol");
    assert!(fib.size() > 0);
}

#[test]
fn dwarf_describes_js_functions_and_lines() {
    let bytes = compile(Emit::Object);
    let file = object::File::parse(&*bytes).expect("an object");
    let dwarf = load_dwarf(&file);
    let mut units = dwarf.units();
    let header = units.next().expect("a unit").expect("a unit");
    let unit = dwarf.unit(header).expect("the unit");

    let mut cu_name = String::new();
    let mut funcs = vec![];
    let mut entries = unit.entries();
    while let Some(e) = entries.next_dfs().expect("an entry") {
        let name = e
            .attr_value(gimli::DW_AT_name)
            .map(|v| dwarf.attr_string(&unit, v).expect("a name"))
            .map(|s| s.to_string_lossy().into_owned());
        if e.tag() == gimli::DW_TAG_compile_unit {
            cu_name = name.unwrap_or_default();
        } else if e.tag() == gimli::DW_TAG_subprogram {
            let line = match e.attr_value(gimli::DW_AT_decl_line) {
                Some(gimli::AttributeValue::Udata(l)) => l,
                other => panic!("decl_line {other:?}"),
            };
            let len = match e.attr_value(gimli::DW_AT_high_pc) {
                Some(gimli::AttributeValue::Udata(l)) => l,
                other => panic!("high_pc {other:?}"),
            };
            assert!(len > 0);
            funcs.push((name.unwrap_or_default(), line));
        }
    }
    assert!(cu_name.ends_with("test.js"), "{cu_name}");
    assert!(funcs.contains(&("<main>".into(), 2)), "{funcs:?}");
    assert!(funcs.contains(&("fib".into(), 2)), "{funcs:?}");
    assert!(funcs.contains(&("twice".into(), 5)), "{funcs:?}");

    // The line table: every sequence names test.js, and fib's body (line 3)
    // and the call site (line 6) appear.
    let program = unit.line_program.clone().expect("a line program");
    let mut rows = program.rows();
    let mut lines = BTreeSet::new();
    let mut sequences = 0;
    while let Some((header, row)) = rows.next_row().expect("a row") {
        if row.end_sequence() {
            sequences += 1;
            continue;
        }
        let file = header.file(row.file_index()).expect("a file");
        let fname = dwarf
            .attr_string(&unit, file.path_name())
            .expect("a file name");
        assert_eq!(fname.to_string_lossy(), "test.js");
        lines.insert(row.line().map_or(0, |l| l.get()));
    }
    assert_eq!(sequences, funcs.len());
    assert!(lines.contains(&3) && lines.contains(&6), "{lines:?}");
    assert!(lines.iter().all(|&l| (1..=6).contains(&l)), "{lines:?}");
}

#[test]
fn listings_carry_no_debug_info() {
    // Clif/asm listings still produce an object, but without DWARF.
    let bytes = compile(Emit::Clif);
    let file = object::File::parse(&*bytes).expect("an object");
    assert!(file.section_by_name(".debug_info").is_none());
}

/// A program in many files: the line table names each row's own file, so a
/// debugger stops at `lib.mjs:2` in the imported module.
#[test]
fn line_table_names_every_file_of_a_program() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("kiln-debuginfo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("lib.mjs"),
        "export function triple(x) {\n  return x * 3;\n}\n",
    )
    .unwrap();
    let main = "import { triple } from './lib.mjs';\nconsole.log(triple(2));\n";
    std::fs::write(dir.join("main.mjs"), main).unwrap();
    let opts = Options {
        opt_level: 2,
        emit: Emit::Object,
        verify: true,
        script: false,
    };
    let entry = dir.join("main.mjs").display().to_string();
    let bytes = match kiln::driver::compile_source(&entry, main.to_string(), &opts) {
        Ok(out) => out.object,
        Err(e) => panic!("compile error: {e}"),
    };
    let file = object::File::parse(&*bytes).expect("an object");
    let dwarf = load_dwarf(&file);
    let header = dwarf.units().next().expect("a unit").expect("a unit");
    let unit = dwarf.unit(header).expect("the unit");
    let program = unit.line_program.clone().expect("a line program");
    let mut rows = program.rows();
    let mut seen = BTreeSet::new();
    while let Some((header, row)) = rows.next_row().expect("a row") {
        if row.end_sequence() {
            continue;
        }
        let f = header.file(row.file_index()).expect("a file");
        let name = dwarf.attr_string(&unit, f.path_name()).expect("a name");
        seen.insert((
            name.to_string_lossy().into_owned(),
            row.line().map_or(0, |l| l.get()),
        ));
    }
    assert!(seen.contains(&("lib.mjs".into(), 2)), "{seen:?}");
    assert!(seen.contains(&("main.mjs".into(), 2)), "{seen:?}");
}
