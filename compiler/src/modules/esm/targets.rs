//! The targets of `import(...)` calls, and the modules that fail: what
//! each call of a file loads (a constant specifier, or the candidates of a
//! computed one), the modules that cannot be loaded or linked
//! ([`Node::Failed`]), and the rejection an `import()` of one becomes.

use super::link::{Dyn, Imports};
use super::{file_url, ns_var, DynTargets, Export, Import, Linker, Node};
use crate::diag::{CResult, Diagnostic};
use crate::modules::dynamic::{self, Call, Candidate, DynamicImports};
use crate::modules::resolve::{self, Mode, Resolved};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use swc_common::{Span, DUMMY_SP};

impl Linker<'_> {
    /// Resolves and loads what the `import(...)` calls of the file at
    /// `path` may load, into `t`: a module that cannot be loaded is the
    /// error its promise rejects with; a malformed call is a compile error.
    pub(super) fn dynamic_targets(
        &mut self,
        t: &mut DynTargets,
        calls: &DynamicImports,
        candidates: &[Candidate],
        path: &Path,
    ) -> CResult<()> {
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let from = path.display().to_string();
        for call in &calls.calls {
            match call.clone()? {
                Call::Const(spec, span, json) => {
                    let key = super::link::spec_key(&spec, json);
                    if t.by_spec.contains_key(&key) {
                        continue;
                    }
                    let n = self.resolve_node(&spec, span, json, &dir, &from);
                    t.by_spec.insert(key, (n, span));
                }
                Call::Computed(span) => t.computed_spans.push(span),
            }
        }
        let dir_text = dir.display().to_string();
        for (spec, folded) in candidates {
            let key = dynamic::specifier_key(spec, &dir_text);
            if t.computed.iter().any(|(k, _)| *k == key) {
                continue;
            }
            let resolved = resolve::resolve_as(spec, &dir, Mode::Import);
            let keep = match &resolved {
                Resolved::NotFound => false,
                Resolved::Builtin(_) => true,
                _ => *folded || spec.starts_with(['.', '/']),
            };
            if keep {
                let n = self.resolve_node(spec, DUMMY_SP, false, &dir, &from);
                t.computed.push((key, n));
            }
        }
        Ok(())
    }

    /// Marks as [`Node::Failed`] every ES module that does not link (an
    /// import or re-export of a name its module does not provide, or that
    /// star exports make ambiguous) and every module that imports, directly
    /// or not, one that failed, with Node's error for the first failure.
    pub(super) fn fail_links(&mut self) {
        let mut failed: HashMap<usize, Diagnostic> = HashMap::new();
        for (n, node) in self.nodes.iter().enumerate() {
            if let Node::Failed(d) = node {
                failed.insert(n, d.clone());
            }
        }
        self.propagate_failures(&mut failed);
        for n in 0..self.nodes.len() {
            if failed.contains_key(&n) {
                continue;
            }
            if let Err(d) = self.check_links(n) {
                failed.insert(n, d);
            }
        }
        self.propagate_failures(&mut failed);
        for (n, d) in failed {
            self.nodes[n] = Node::Failed(d);
        }
    }

    /// Adds to `failed` every ES module importing one in it.
    fn propagate_failures(&self, failed: &mut HashMap<usize, Diagnostic>) {
        loop {
            let mut more = vec![];
            for (n, node) in self.nodes.iter().enumerate() {
                let Node::Esm(m) = node else { continue };
                if failed.contains_key(&n) {
                    continue;
                }
                if let Some(d) = m.deps.iter().find_map(|d| failed.get(d)) {
                    more.push((n, d.clone()));
                }
            }
            if more.is_empty() {
                return;
            }
            failed.extend(more);
        }
    }

    /// Node's link error for module `n`, if it has one (its re-exports,
    /// then its imports, in source order).
    fn check_links(&self, n: usize) -> CResult<()> {
        let Node::Esm(m) = &self.nodes[n] else {
            return Ok(());
        };
        let mut checks: Vec<(usize, String, Span)> = m
            .exports
            .iter()
            .filter_map(|(_, e)| match e {
                Export::Reexport(d, name, span) => Some((*d, name.clone(), *span)),
                _ => None,
            })
            .collect();
        checks.sort_by_key(|c| c.2.lo);
        let mut imports: Vec<(usize, String, Span)> = m
            .imports
            .values()
            .filter_map(|(d, i)| match i {
                Import::Name(name, span) => Some((*d, name.clone(), *span)),
                Import::Namespace => None,
            })
            .collect();
        imports.sort_by_key(|c| c.2.lo);
        for (dep, name, span) in checks.into_iter().chain(imports) {
            self.export_of(dep, &name, span, &m.specs[&dep])?;
        }
        Ok(())
    }

    /// What the `import(...)` calls of the file at `path` (loading `t`)
    /// become, adding a warning for each that rejects when it runs.
    pub(super) fn imports(
        &self,
        t: &DynTargets,
        path: &Path,
        eager: &HashSet<usize>,
        comp: &HashMap<usize, usize>,
        warnings: &mut Vec<Diagnostic>,
    ) -> Imports {
        let dyn_of = |r: &CResult<usize>| -> Dyn {
            let t = match r {
                Ok(t) => *t,
                Err(d) => return rejection(d),
            };
            match &self.nodes[t] {
                Node::Cjs { id, .. } => Dyn::Cjs(*id),
                Node::Esm(_) if eager.contains(&t) => Dyn::Eager(ns_var(t)),
                Node::Esm(_) => Dyn::Lazy(comp[&t], ns_var(t)),
                Node::Failed(d) => rejection(d),
            }
        };
        let mut by_spec = HashMap::new();
        let mut specs: Vec<(&String, &(CResult<usize>, Span))> = t.by_spec.iter().collect();
        specs.sort_by_key(|(_, (_, span))| span.lo);
        for (spec, (r, span)) in specs {
            let error = match r {
                Err(d) => Some(d),
                Ok(t) => match &self.nodes[*t] {
                    Node::Failed(d) => Some(d),
                    _ => None,
                },
            };
            if let Some(d) = error {
                warnings.push(Diagnostic::new(
                    *span,
                    format!(
                        "`import('{}')` rejects when it runs: {}",
                        spec.trim_end_matches(super::link::JSON_KEY),
                        d.message
                    ),
                ));
            }
            by_spec.insert(spec.clone(), dyn_of(r));
        }
        let computed: Vec<(String, Dyn)> = t
            .computed
            .iter()
            .map(|(k, r)| (k.clone(), dyn_of(r)))
            .collect();
        let bundled: Vec<&str> = computed
            .iter()
            .filter(|(_, d)| !matches!(d, Dyn::Fail { .. }))
            .map(|(k, _)| k.as_str())
            .collect();
        for &span in &t.computed_spans {
            let what = match bundled.len() {
                0 => "no module (this file names none in a string literal)".to_string(),
                n @ 1..=6 => format!("the {n} this file names: {}", bundled.join(", ")),
                n => format!("the {n} this file names: {}, …", bundled[..6].join(", ")),
            };
            warnings.push(Diagnostic::new(
                span,
                format!("`import()` of a computed specifier: kiln bundles {what}; another specifier rejects when it runs (ERR_MODULE_NOT_FOUND)"),
            ));
        }
        let dir = path
            .parent()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        let table_var = match self.by_path.get(path) {
            Some(n) => format!("__kiln_dyn${n}"),
            None => String::new(),
        };
        Imports {
            by_spec,
            computed,
            table_var,
            dir,
            from: path.display().to_string(),
        }
    }
}

/// What an `import()` of a module that fails with the error `d` becomes:
/// the error Node rejects its promise with (its class and `code` read
/// from the message, `Error [CODE]: text`; a syntax error of kiln's own
/// words is a `SyntaxError`).
pub(super) fn rejection(d: &Diagnostic) -> Dyn {
    const CLASSES: [&str; 5] = [
        "Error",
        "SyntaxError",
        "TypeError",
        "RangeError",
        "ReferenceError",
    ];
    let msg = d.message.as_str();
    let (class, code, text) = if let Some(text) = msg.strip_prefix("syntax error: ") {
        ("SyntaxError", "", text)
    } else {
        let parsed = msg.split_once(": ").and_then(|(head, text)| {
            let (class, code) = match head.split_once(" [") {
                Some((c, code)) => (c, code.strip_suffix(']')?),
                None => (head, ""),
            };
            CLASSES.contains(&class).then_some((class, code, text))
        });
        parsed.unwrap_or(("Error", "", msg))
    };
    let url = match (code, text.strip_prefix("Cannot find module '")) {
        ("ERR_MODULE_NOT_FOUND", Some(rest)) => rest
            .split_once('\'')
            .map(|(p, _)| file_url(Path::new(p)))
            .unwrap_or_default(),
        _ => String::new(),
    };
    Dyn::Fail {
        class: class.to_string(),
        code: code.to_string(),
        message: text.to_string(),
        url,
    }
}
