//! Compile diagnostics: located errors rendered like a good compiler's (`file:line:col: error: ...`).

use swc_common::{BytePos, SourceMap, Span};

/// A compile error at a source span.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            span,
            message: message.into(),
        }
    }
    /// A construct that kiln does not compile yet.
    pub fn unsupported(span: Span, what: &str) -> Self {
        Diagnostic::new(span, format!("{what} is not supported yet"))
    }
}

/// Result of a compiler stage.
pub type CResult<T> = Result<T, Diagnostic>;

/// Renders `d` as `file:line:col: error: message`, the source line and a caret.
pub fn render(cm: &SourceMap, file_name: &str, d: &Diagnostic) -> String {
    render_as(cm, file_name, d, "error")
}

/// Renders `d` as a warning (`file:line:col: warning: message`, the source
/// line and a caret).
pub fn render_warning(cm: &SourceMap, file_name: &str, d: &Diagnostic) -> String {
    render_as(cm, file_name, d, "warning")
}

fn render_as(cm: &SourceMap, file_name: &str, d: &Diagnostic, severity: &str) -> String {
    let pos: BytePos = d.span.lo;
    if cm.try_lookup_source_file(pos).ok().flatten().is_none() {
        // No source position (an internal error).
        return format!("{file_name}: {severity}: {}\n", d.message);
    }
    let loc = cm.lookup_char_pos(pos);
    let line_no = loc.line;
    let col = loc.col_display + 1;
    let src_line = loc
        .file
        .get_line(line_no.saturating_sub(1))
        .map(|l| l.trim_end_matches(['\r', '\n']).to_string())
        .unwrap_or_default();
    let width = if d.span.hi > d.span.lo {
        let end = cm.lookup_char_pos(d.span.hi);
        if end.line == line_no {
            (end.col_display.saturating_sub(loc.col_display)).max(1)
        } else {
            src_line
                .chars()
                .count()
                .saturating_sub(loc.col_display)
                .max(1)
        }
    } else {
        1
    };
    // A program in many files: name the file the span is in.
    let file_name = match &*loc.file.name {
        swc_common::FileName::Custom(n) => n.as_str(),
        _ => file_name,
    };
    let mut out = format!("{file_name}:{line_no}:{col}: {severity}: {}\n", d.message);
    out.push_str(&format!("{line_no:>5} | {src_line}\n"));
    out.push_str(&format!(
        "      | {}{}\n",
        " ".repeat(loc.col_display),
        "^".repeat(width.min(80))
    ));
    out
}
