//! kiln's test262 conformance runner: front-matter parsing, harness assembly,
//! compile/link/run of each test, judging, and the expectations ratchet.

pub mod fastlink;
pub mod frontmatter;
pub mod harness;
pub mod judge;
pub mod report;
pub mod run;
