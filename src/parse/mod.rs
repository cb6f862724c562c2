//! One module per input format: text in, spanned facts out. Parsers never panic and never
//! abort the scan: broken input becomes a `parse-error` with a position.

pub mod access;
pub mod code;
pub mod compose;
pub mod dockerfile;
pub mod envfile;
pub mod kubernetes;
pub mod pki;
pub mod yaml;

pub use dockerfile::substitute;
