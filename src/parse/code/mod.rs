//! Service code: TLS settings read from TypeScript/JavaScript and Go with tree-sitter, which
//! keeps parsing past syntax errors (a stray `require('x';` does not hide the rest of a file).

pub mod go;
pub mod js;

use crate::facts::TlsSettings;

/// What one code file yields.
#[derive(Debug, Default)]
pub struct CodeScan {
    pub tls: Vec<TlsSettings>,
}
