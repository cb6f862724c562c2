//! TLS settings in TypeScript and JavaScript, read with tree-sitter.
//!
//! What is recognised:
//!
//! - calls to Node TLS APIs with an options object: `https.createServer`, `tls.createServer`,
//!   `http2.createSecureServer`, `spdy.createServer` (server), `tls.connect`, `https.request`,
//!   `https.get`, `http2.connect`, `new https.Agent`, undici `new Agent({ connect })` (client),
//!   `tls.createSecureContext`, `new tls.TLSSocket` (unknown role); receivers are matched after
//!   following imports (`import { createServer } from 'node:https'`, `require('tls')`);
//! - gRPC `credentials.createSsl(rootCerts, privateKey, certChain, verifyOptions)` (client) and
//!   `ServerCredentials.createSsl(rootCerts, keyCertPairs, checkClientCertificate)` (server);
//! - NestJS `NestFactory.create(…, { httpsOptions })`, any `httpsOptions: {…}` / `tlsOptions:
//!   {…}` property or `const httpsOptions = {…}`; `https:`/`tls:`/`ssl:` properties holding TLS
//!   keys (got's `https: { rejectUnauthorized, certificate, key }`, fastify, database and mail
//!   clients); Loopback `rest: { protocol: 'https', … }`;
//! - `process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'` (also `process.env['…']`, and the
//!   variable as a key of an `env` object), `https.globalAgent.options.<key> = …`;
//! - an object literal with `rejectUnauthorized`/`checkServerIdentity`/`secureProtocol` given
//!   directly as an argument to any other call (`mqtt.connect`, `new WebSocket`), except logging
//!   and assertion calls; a variable whose name mentions tls/ssl/https holding TLS keys.
//!
//! An object literal that is none of these (`const retry = { rejectUnauthorized: false }` that
//! no recognised API receives) is not recorded. Options given as an identifier are followed to
//! the object it is bound to in the same file, through one or two levels of spread.
//!
//! Spans: booleans, versions and `secureProtocol` point at the whole property (`key: value`);
//! cipher strings and file paths at the literal's text without quotes; `client_cas` at the `ca`
//! property; the settings themselves at the options object, or at the call when it has none.

use std::cell::RefCell;
use std::collections::HashMap;

use tree_sitter::{Node, Parser, Tree};

use crate::facts::{Spanned, TlsCallback, TlsRole, TlsSettings, TlsSource};
use crate::parse::code::CodeScan;
use crate::source::{FileId, Span};

/// Which grammar a file is parsed with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    TypeScript,
    Tsx,
    JavaScript,
}

/// A file holding none of these cannot configure TLS in a way this module reads: it is not
/// parsed at all.
const TOKENS: &[&str] = &[
    "rejectUnauthorized",
    "requestCert",
    "minVersion",
    "maxVersion",
    "secureProtocol",
    "ciphers",
    "checkServerIdentity",
    "NODE_TLS_REJECT_UNAUTHORIZED",
    "createSsl",
    "httpsOptions",
    "tlsOptions",
    "createServer",
    "createSecureServer",
    "createSecureContext",
    "https.Agent",
    "tls.connect",
    "protocol: 'https'",
    "protocol: \"https\"",
    "readFileSync",
];

/// Deepest syntax tree level walked.
const MAX_DEPTH: usize = 500;
/// Identifiers followed to their binding, one after another.
const MAX_FOLLOW: usize = 8;
/// Levels of `...spread` read inside an options object.
const MAX_SPREAD: usize = 2;
/// Nesting followed inside a value (arrays of files, `a + b` cipher strings).
const MAX_VALUE_DEPTH: usize = 16;

/// Keys that make an object a TLS options object.
const TLS_KEYS: &[&str] = &[
    "rejectUnauthorized",
    "requestCert",
    "minVersion",
    "maxVersion",
    "secureProtocol",
    "ciphers",
    "checkServerIdentity",
    "key",
    "cert",
    "ca",
    "pfx",
    "certificate",
    "certificateAuthority",
];

/// Keys specific enough to Node TLS that an object literal holding one, passed to any call, is
/// taken as TLS options.
const NODE_TLS_ONLY_KEYS: &[&str] = &[
    "rejectUnauthorized",
    "checkServerIdentity",
    "secureProtocol",
];

const ENV_VAR: &str = "NODE_TLS_REJECT_UNAUTHORIZED";

thread_local! {
    /// One parser per grammar per rayon worker: building one loads the grammar's tables.
    static PARSERS: RefCell<[Option<Parser>; 3]> = const { RefCell::new([None, None, None]) };
}

/// Every TLS configuration in the file.
pub fn scan(file: FileId, text: &str, dialect: Dialect) -> CodeScan {
    if !TOKENS.iter().any(|token| text.contains(token)) {
        return CodeScan::default();
    }
    let Some(tree) = parse(text, dialect) else {
        return CodeScan::default();
    };
    let mut scanner = Scanner::new(file, text);
    scanner.collect(tree.root_node());
    scanner.detect();
    CodeScan {
        tls: scanner.finish(),
    }
}

fn parse(text: &str, dialect: Dialect) -> Option<Tree> {
    PARSERS.with(|cell| {
        let mut parsers = cell.borrow_mut();
        let (slot, language) = match dialect {
            Dialect::TypeScript => (0, tree_sitter_typescript::LANGUAGE_TYPESCRIPT),
            Dialect::Tsx => (1, tree_sitter_typescript::LANGUAGE_TSX),
            Dialect::JavaScript => (2, tree_sitter_javascript::LANGUAGE),
        };
        if parsers[slot].is_none() {
            let mut parser = Parser::new();
            parser.set_language(&language.into()).ok()?;
            parsers[slot] = Some(parser);
        }
        let parser = parsers[slot].as_mut()?;
        parser.reset();
        parser.parse(text, None)
    })
}

fn span_of(node: Node) -> Span {
    Span::new(node.start_byte(), node.end_byte())
}

/// Named children, comments left out.
fn named_children(node: Node) -> Vec<Node> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|child| child.kind() != "comment")
        .collect()
}

/// Through parentheses and TypeScript's `as`, `satisfies`, `!` and `<T>x`.
fn unwrap_expr(mut node: Node) -> Node {
    for _ in 0..MAX_VALUE_DEPTH {
        let inner = match node.kind() {
            "parenthesized_expression"
            | "as_expression"
            | "satisfies_expression"
            | "non_null_expression" => named_children(node).into_iter().next(),
            "type_assertion" => named_children(node).into_iter().last(),
            _ => None,
        };
        match inner {
            Some(inner) => node = inner,
            None => break,
        }
    }
    node
}

/// The canonical module name of an import source this module cares about.
fn canon_module(spec: &str) -> Option<&'static str> {
    let spec = spec.strip_prefix("node:").unwrap_or(spec);
    Some(match spec {
        "https" => "https",
        "tls" => "tls",
        "http2" => "http2",
        "spdy" => "spdy",
        "fs" | "fs/promises" | "fs-extra" | "graceful-fs" => "fs",
        "path" | "path/posix" | "upath" => "path",
        "@grpc/grpc-js" | "grpc" => "grpc",
        "got" => "got",
        "axios" => "axios",
        "undici" => "undici",
        "fastify" => "fastify",
        _ => return None,
    })
}

/// Calls whose object arguments are never TLS options, whatever their keys.
fn is_logging_or_assertion(callee: &str) -> bool {
    let first = callee.split('.').next().unwrap_or(callee);
    let last = callee.rsplit('.').next().unwrap_or(callee);
    matches!(
        first,
        "console" | "JSON" | "expect" | "assert" | "logger" | "log" | "chai" | "util"
    ) || matches!(
        last,
        "log"
            | "debug"
            | "info"
            | "warn"
            | "error"
            | "trace"
            | "stringify"
            | "inspect"
            | "toEqual"
            | "toStrictEqual"
            | "toMatchObject"
            | "toHaveBeenCalledWith"
            | "toHaveBeenLastCalledWith"
            | "toHaveProperty"
            | "deepEqual"
            | "deepStrictEqual"
            | "strictEqual"
            | "equal"
            | "eql"
    )
}

/// A recognised TLS API.
#[derive(Clone, Copy, Debug)]
enum Api {
    /// Options object: the first argument when it is one.
    First(TlsRole),
    /// Options object: the last argument that is one (`tls.connect(port, host, opts, cb)`).
    Last(TlsRole),
    /// Like `Last`, but only recorded when there is an options object (`https.get(url)`).
    LastIfAny(TlsRole),
    /// undici: the options' `connect` object.
    Undici,
    /// NestJS: the options' `httpsOptions`.
    Nest,
    GrpcClient,
    GrpcServer,
}

fn classify(canon: &str) -> Option<Api> {
    use TlsRole::*;
    Some(match canon {
        "https.createServer"
        | "tls.createServer"
        | "spdy.createServer"
        | "http2.createSecureServer" => Api::First(Server),
        "https.Agent" => Api::First(Client),
        "tls.createSecureContext" => Api::First(Unknown),
        "tls.connect" => Api::Last(Client),
        "tls.TLSSocket" => Api::Last(Unknown),
        "https.request" | "https.get" | "http2.connect" => Api::LastIfAny(Client),
        "undici.Agent" | "undici.Pool" | "undici.Client" => Api::Undici,
        _ if canon.ends_with("ServerCredentials.createSsl") => Api::GrpcServer,
        _ if canon.ends_with("redentials.createSsl") => Api::GrpcClient,
        _ if canon == "NestFactory.create"
            || canon.ends_with(".NestFactory.create")
            || canon.ends_with("NestFactory.createMicroservice") =>
        {
            Api::Nest
        }
        _ => return None,
    })
}

struct Binding<'t> {
    /// Where the declaration starts.
    at: usize,
    value: Node<'t>,
    constant: bool,
}

struct Found {
    key: (usize, usize),
    priority: u8,
    settings: TlsSettings,
}

/// Priorities: the same options object reached several ways keeps the best description.
const BY_API: u8 = 3;
const BY_PROPERTY: u8 = 2;
const BY_GUESS: u8 = 1;
const BY_NAME: u8 = 0;

struct Scanner<'t> {
    file: FileId,
    text: &'t str,
    bindings: HashMap<&'t str, Vec<Binding<'t>>>,
    /// Local name → canonical dotted path (`createServer` → `https.createServer`).
    imports: HashMap<&'t str, String>,
    /// Nodes worth a second look once every binding is known.
    sites: Vec<Node<'t>>,
    found: Vec<Found>,
}

impl<'t> Scanner<'t> {
    fn new(file: FileId, text: &'t str) -> Scanner<'t> {
        Scanner {
            file,
            text,
            bindings: HashMap::new(),
            imports: HashMap::new(),
            sites: Vec::new(),
            found: Vec::new(),
        }
    }

    fn text(&self, node: Node) -> &'t str {
        self.text
            .get(node.start_byte()..node.end_byte())
            .unwrap_or("")
    }

    // ---------------------------------------------------------------- first pass

    /// Walks the tree once (depth-bounded, through ERROR nodes), recording bindings, imports
    /// and the nodes to look at.
    fn collect(&mut self, root: Node<'t>) {
        let mut cursor = root.walk();
        let mut depth = 0usize;
        loop {
            let node = cursor.node();
            self.visit(node);
            if depth < MAX_DEPTH && cursor.goto_first_child() {
                depth += 1;
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if depth == 0 || !cursor.goto_parent() {
                    return;
                }
                depth -= 1;
            }
        }
    }

    fn visit(&mut self, node: Node<'t>) {
        match node.kind() {
            "variable_declarator" => {
                self.declarator(node);
                self.sites.push(node);
            }
            "function_declaration" | "generator_function_declaration" => {
                if let Some(name) = node.child_by_field_name("name") {
                    self.bind(name, node, true);
                }
            }
            "import_statement" => self.import(node),
            "call_expression" | "new_expression" | "assignment_expression" | "pair" => {
                self.sites.push(node)
            }
            _ => {}
        }
    }

    fn bind(&mut self, name: Node<'t>, value: Node<'t>, constant: bool) {
        let name = self.text(name);
        self.bindings.entry(name).or_default().push(Binding {
            at: value.start_byte(),
            value,
            constant,
        });
    }

    fn declarator(&mut self, node: Node<'t>) {
        let (Some(name), Some(value)) = (
            node.child_by_field_name("name"),
            node.child_by_field_name("value"),
        ) else {
            return;
        };
        let constant = node.parent().is_some_and(|decl| {
            decl.kind() == "lexical_declaration"
                && decl
                    .child_by_field_name("kind")
                    .is_some_and(|kind| self.text(kind) == "const")
        });
        let module = self.require_module(value);
        match name.kind() {
            "identifier" => {
                if let Some(module) = module {
                    self.imports.insert(self.text(name), module.to_string());
                }
                let local = self.text(name);
                self.bindings.entry(local).or_default().push(Binding {
                    at: node.start_byte(),
                    value,
                    constant,
                });
            }
            "object_pattern" => {
                let Some(module) = module else { return };
                for part in named_children(name) {
                    match part.kind() {
                        "shorthand_property_identifier_pattern" => {
                            let local = self.text(part);
                            self.imports.insert(local, format!("{module}.{local}"));
                        }
                        "pair_pattern" => {
                            let (Some(key), Some(local)) = (
                                part.child_by_field_name("key"),
                                part.child_by_field_name("value"),
                            ) else {
                                continue;
                            };
                            if local.kind() == "identifier" {
                                let key = self.text(key);
                                self.imports
                                    .insert(self.text(local), format!("{module}.{key}"));
                            }
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }

    fn import(&mut self, node: Node<'t>) {
        let Some(source) = node.child_by_field_name("source") else {
            // `import tls = require('tls')` keeps its source inside the clause.
            for child in named_children(node) {
                if child.kind() == "import_require_clause"
                    && let (Some(local), Some(source)) = (
                        named_children(child).into_iter().next(),
                        child.child_by_field_name("source"),
                    )
                    && let Some(module) = self.literal(source).and_then(|(s, _)| canon_module(s))
                {
                    self.imports.insert(self.text(local), module.to_string());
                }
            }
            return;
        };
        let Some(module) = self.literal(source).and_then(|(s, _)| canon_module(s)) else {
            return;
        };
        for clause in named_children(node) {
            if clause.kind() != "import_clause" {
                continue;
            }
            for part in named_children(clause) {
                match part.kind() {
                    "identifier" => {
                        self.imports.insert(self.text(part), module.to_string());
                    }
                    "namespace_import" => {
                        if let Some(local) = named_children(part).into_iter().next() {
                            self.imports.insert(self.text(local), module.to_string());
                        }
                    }
                    "named_imports" => {
                        for spec in named_children(part) {
                            let Some(name) = spec.child_by_field_name("name") else {
                                continue;
                            };
                            let local = spec.child_by_field_name("alias").unwrap_or(name);
                            let name = self.text(name);
                            self.imports
                                .insert(self.text(local), format!("{module}.{name}"));
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// `require('https')` → `https`.
    fn require_module(&self, node: Node<'t>) -> Option<&'static str> {
        let node = unwrap_expr(node);
        if node.kind() != "call_expression" {
            return None;
        }
        let function = node.child_by_field_name("function")?;
        if function.kind() != "identifier" || self.text(function) != "require" {
            return None;
        }
        let arg = self.arguments(node).into_iter().next()?;
        canon_module(self.literal(arg)?.0)
    }

    // ---------------------------------------------------------------- helpers

    fn arguments(&self, call: Node<'t>) -> Vec<Node<'t>> {
        call.child_by_field_name("arguments")
            .filter(|args| args.kind() == "arguments")
            .map(named_children)
            .unwrap_or_default()
    }

    /// A string or substitution-free template literal: its text and span without quotes.
    fn literal(&self, node: Node<'t>) -> Option<(&'t str, Span)> {
        let node = unwrap_expr(node);
        match node.kind() {
            "string" => {
                let count = node.child_count();
                let open = node.child(0)?;
                let close = node.child(count.checked_sub(1)?)?;
                if count < 2 || close.is_missing() || open.kind() != close.kind() {
                    return None;
                }
            }
            "template_string" => {
                if named_children(node)
                    .iter()
                    .any(|child| child.kind() == "template_substitution")
                    || node.has_error()
                {
                    return None;
                }
            }
            _ => return None,
        }
        let (start, end) = (node.start_byte() + 1, node.end_byte().checked_sub(1)?);
        if end < start {
            return None;
        }
        Some((self.text.get(start..end)?, Span::new(start, end)))
    }

    /// The canonical dotted path of a callee or receiver: imports resolved, `require('x')`
    /// read as module `x`. `None` for anything but identifiers, `this` and member chains.
    fn chain(&self, node: Node<'t>, depth: usize) -> Option<String> {
        if depth > MAX_VALUE_DEPTH {
            return None;
        }
        let node = unwrap_expr(node);
        match node.kind() {
            "identifier" => {
                let name = self.text(node);
                Some(
                    self.imports
                        .get(name)
                        .cloned()
                        .unwrap_or_else(|| name.to_string()),
                )
            }
            "this" => Some("this".to_string()),
            "member_expression" => {
                let object = self.chain(node.child_by_field_name("object")?, depth + 1)?;
                let property = self.text(node.child_by_field_name("property")?);
                Some(format!("{object}.{property}"))
            }
            "call_expression" => self.require_module(node).map(str::to_string),
            _ => None,
        }
    }

    /// The callee as written, without whitespace; a bare imported name as its full path.
    fn api_name(&self, callee: Node<'t>, canon: Option<&str>) -> String {
        if unwrap_expr(callee).kind() == "identifier"
            && let Some(canon) = canon
        {
            return canon.to_string();
        }
        self.text(callee).split_whitespace().collect()
    }

    /// The declaration an identifier refers to: the last one before it, else the first.
    /// Declarations are recorded in document order.
    fn lookup(&self, ident: Node<'t>, mutable: bool) -> Option<Node<'t>> {
        let candidates = self.bindings.get(self.text(ident))?;
        let usable = |b: &&Binding<'t>| b.constant || mutable;
        let before = candidates.partition_point(|b| b.at < ident.start_byte());
        let binding = candidates[..before]
            .iter()
            .rev()
            .find(usable)
            .or_else(|| candidates.iter().find(usable))?;
        (binding.value.id() != ident.id()).then_some(binding.value)
    }

    /// Through identifiers to the value they are bound to (`mutable`: also `let`/`var`).
    fn resolve(&self, node: Node<'t>, mutable: bool) -> Node<'t> {
        let mut node = unwrap_expr(node);
        for _ in 0..MAX_FOLLOW {
            if !matches!(node.kind(), "identifier" | "shorthand_property_identifier") {
                break;
            }
            match self.lookup(node, mutable) {
                Some(value) => node = unwrap_expr(value),
                None => break,
            }
        }
        node
    }

    fn resolve_object(&self, node: Node<'t>) -> Option<Node<'t>> {
        let node = self.resolve(node, true);
        (node.kind() == "object").then_some(node)
    }

    fn key_name(&self, key: Node<'t>) -> Option<&'t str> {
        match key.kind() {
            "property_identifier" | "number" => Some(self.text(key)),
            "string" => self.literal(key).map(|(s, _)| s),
            "computed_property_name" => {
                let inner = named_children(key).into_iter().next()?;
                self.literal(inner).map(|(s, _)| s)
            }
            _ => None,
        }
    }

    /// The property `name` of an object literal: the property node and its value node (the
    /// identifier itself for a shorthand). The last one wins, as in JavaScript.
    fn find_prop(&self, object: Node<'t>, name: &str) -> Option<(Node<'t>, Node<'t>)> {
        let mut found = None;
        for child in named_children(object) {
            match child.kind() {
                "pair" => {
                    if let (Some(key), Some(value)) = (
                        child.child_by_field_name("key"),
                        child.child_by_field_name("value"),
                    ) && self.key_name(key) == Some(name)
                    {
                        found = Some((child, value));
                    }
                }
                "shorthand_property_identifier" if self.text(child) == name => {
                    found = Some((child, child));
                }
                _ => {}
            }
        }
        found
    }

    fn has_key(&self, object: Node<'t>, keys: &[&str]) -> bool {
        named_children(object).into_iter().any(|child| {
            let name = match child.kind() {
                "pair" => child
                    .child_by_field_name("key")
                    .and_then(|key| self.key_name(key)),
                "shorthand_property_identifier" => Some(self.text(child)),
                "method_definition" => child
                    .child_by_field_name("name")
                    .and_then(|key| self.key_name(key)),
                _ => None,
            };
            name.is_some_and(|name| keys.contains(&name))
        })
    }

    fn bool_value(&self, value: Node<'t>) -> Option<bool> {
        match self.resolve(value, false).kind() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    fn string_value(&self, value: Node<'t>) -> Option<String> {
        self.literal(self.resolve(value, false))
            .map(|(s, _)| s.to_string())
    }

    /// Cipher strings: a literal, `a + b` of literals, `[…].join(':')`, through constants.
    fn cipher_strings(&self, value: Node<'t>, depth: usize, out: &mut Vec<Spanned<String>>) {
        if depth > MAX_VALUE_DEPTH {
            return;
        }
        let node = self.resolve(value, true);
        if let Some((text, span)) = self.literal(node) {
            out.push(Spanned::new(text.to_string(), span));
            return;
        }
        match node.kind() {
            "binary_expression" => {
                let is_plus = node
                    .child_by_field_name("operator")
                    .is_some_and(|op| self.text(op) == "+");
                if let (true, Some(left), Some(right)) = (
                    is_plus,
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) {
                    self.cipher_strings(left, depth + 1, out);
                    self.cipher_strings(right, depth + 1, out);
                }
            }
            "call_expression" => {
                if let Some(function) = node.child_by_field_name("function")
                    && function.kind() == "member_expression"
                    && function
                        .child_by_field_name("property")
                        .is_some_and(|p| self.text(p) == "join")
                    && let Some(object) = function.child_by_field_name("object")
                {
                    self.cipher_strings(object, depth + 1, out);
                }
            }
            "array" => {
                for element in named_children(node) {
                    self.cipher_strings(element, depth + 1, out);
                }
            }
            _ => {}
        }
    }

    /// A literal file path: a string, `path.join`/`path.resolve` of literals (`__dirname` and
    /// `process.cwd()` left out, the rest joined with `/`), the literal default of `a ?? 'x'`.
    fn path_literal(&self, value: Node<'t>, depth: usize) -> Option<(String, Span)> {
        if depth > MAX_VALUE_DEPTH {
            return None;
        }
        let node = self.resolve(value, false);
        if let Some((text, span)) = self.literal(node) {
            return Some((text.to_string(), span));
        }
        match node.kind() {
            "binary_expression" => {
                let op = self.text(node.child_by_field_name("operator")?);
                if op == "??" || op == "||" {
                    self.path_literal(node.child_by_field_name("right")?, depth + 1)
                } else {
                    None
                }
            }
            "call_expression" => {
                let canon = self.chain(node.child_by_field_name("function")?, 0)?;
                let resolve = if canon.starts_with("path.") && canon.ends_with(".resolve") {
                    true
                } else if canon.starts_with("path.") && canon.ends_with(".join") {
                    false
                } else {
                    return None;
                };
                let mut joined = String::new();
                let mut span: Option<Span> = None;
                for arg in self.arguments(node) {
                    let Some((segment, seg_span)) = self.path_literal(arg, depth + 1) else {
                        continue;
                    };
                    // One literal: its text; several: the whole call.
                    span = Some(span.map_or(seg_span, |_| span_of(node)));
                    if resolve && segment.starts_with('/') {
                        joined.clear();
                    }
                    if joined.is_empty() {
                        joined.push_str(&segment);
                    } else {
                        while joined.ends_with('/') {
                            joined.pop();
                        }
                        joined.push('/');
                        joined.push_str(segment.trim_start_matches('/'));
                    }
                }
                span.map(|span| (joined, span))
            }
            _ => None,
        }
    }

    /// Files a `key`/`cert`/`ca` value loads: `fs.readFileSync(<path>)`, `await readFile(…)`,
    /// with `.toString()`, `Buffer.from(…)`, arrays, `a || b`, `c ? a : b`.
    fn file_paths(&self, value: Node<'t>, depth: usize, out: &mut Vec<Spanned<String>>) {
        if depth > MAX_VALUE_DEPTH {
            return;
        }
        let node = self.resolve(value, true);
        match node.kind() {
            "array" => {
                for element in named_children(node) {
                    self.file_paths(element, depth + 1, out);
                }
            }
            "await_expression" => {
                if let Some(inner) = named_children(node).into_iter().next() {
                    self.file_paths(inner, depth + 1, out);
                }
            }
            "binary_expression" | "ternary_expression" => {
                for field in ["left", "right", "consequence", "alternative"] {
                    if let Some(side) = node.child_by_field_name(field) {
                        self.file_paths(side, depth + 1, out);
                    }
                }
            }
            "call_expression" => {
                let Some(function) = node.child_by_field_name("function") else {
                    return;
                };
                let canon = self.chain(function, 0);
                let last = canon.as_deref().map(|c| c.rsplit('.').next().unwrap_or(c));
                if matches!(last, Some("readFileSync" | "readFile")) {
                    if let Some(arg) = self.arguments(node).into_iter().next()
                        && let Some((path, span)) = self.path_literal(arg, depth + 1)
                    {
                        out.push(Spanned::new(path, span));
                    }
                } else if canon.as_deref() == Some("Buffer.from") {
                    if let Some(arg) = self.arguments(node).into_iter().next() {
                        self.file_paths(arg, depth + 1, out);
                    }
                } else if function.kind() == "member_expression"
                    && function
                        .child_by_field_name("property")
                        .is_some_and(|p| matches!(self.text(p), "toString" | "trim"))
                    && let Some(object) = function.child_by_field_name("object")
                {
                    self.file_paths(object, depth + 1, out);
                }
            }
            _ => {}
        }
    }

    /// Whether a verification callback can never reject: no `throw`, and every `return`
    /// gives nothing, `undefined` or `null` (Node reads any other value as the error), however
    /// much else it does (logging). Nested functions are not looked into. `None` when the node
    /// is not a function.
    fn trivial_function(&self, node: Node<'t>) -> Option<bool> {
        let body = match node.kind() {
            "arrow_function"
            | "function_expression"
            | "function"
            | "function_declaration"
            | "generator_function"
            | "generator_function_declaration"
            | "method_definition" => node.child_by_field_name("body")?,
            _ => return None,
        };
        if body.kind() != "statement_block" {
            return Some(self.is_nothing(body));
        }
        let mut stack = vec![body];
        let mut visited = 0usize;
        while let Some(current) = stack.pop() {
            visited += 1;
            if visited > 10_000 {
                return Some(false);
            }
            match current.kind() {
                "throw_statement" => return Some(false),
                "return_statement" => {
                    let gives_nothing = named_children(current)
                        .into_iter()
                        .next()
                        .is_none_or(|value| self.is_nothing(value));
                    if !gives_nothing {
                        return Some(false);
                    }
                }
                "arrow_function"
                | "function_expression"
                | "function"
                | "function_declaration"
                | "generator_function"
                | "generator_function_declaration"
                | "class" => continue,
                _ => {}
            }
            stack.extend(named_children(current));
        }
        Some(true)
    }

    fn is_nothing(&self, node: Node<'t>) -> bool {
        let node = unwrap_expr(node);
        match node.kind() {
            "undefined" | "null" => true,
            "identifier" => self.text(node) == "undefined",
            "unary_expression" => node
                .child_by_field_name("operator")
                .is_some_and(|op| self.text(op) == "void"),
            _ => false,
        }
    }

    // ---------------------------------------------------------------- options objects

    /// Reads an options object's TLS keys into `settings`; later keys override earlier ones and
    /// what a spread brought in.
    fn read_options(&self, object: Node<'t>, settings: &mut TlsSettings, spread: usize) {
        for child in named_children(object) {
            match child.kind() {
                "pair" => {
                    if let (Some(key), Some(value)) = (
                        child.child_by_field_name("key"),
                        child.child_by_field_name("value"),
                    ) && let Some(name) = self.key_name(key)
                    {
                        self.apply(name, value, span_of(child), settings);
                    }
                }
                "shorthand_property_identifier" => {
                    self.apply(self.text(child), child, span_of(child), settings);
                }
                "method_definition" => {
                    if let Some(name) = child.child_by_field_name("name")
                        && self.key_name(name) == Some("checkServerIdentity")
                    {
                        self.set_callback(
                            "checkServerIdentity",
                            self.trivial_function(child).unwrap_or(false),
                            span_of(child),
                            settings,
                        );
                    }
                }
                "spread_element" => {
                    if spread < MAX_SPREAD
                        && let Some(inner) = named_children(child).into_iter().next()
                        && let Some(base) = self.resolve_object(inner)
                        && base.id() != object.id()
                    {
                        self.read_options(base, settings, spread + 1);
                    }
                }
                _ => {}
            }
        }
    }

    fn set_callback(&self, name: &str, trivial: bool, span: Span, settings: &mut TlsSettings) {
        settings.callbacks.retain(|callback| callback.name != name);
        settings.callbacks.push(TlsCallback {
            name: name.to_string(),
            span,
            trivial,
        });
    }

    /// One option: `span` is the whole property (key and value).
    fn apply(&self, name: &str, value: Node<'t>, span: Span, settings: &mut TlsSettings) {
        let boolean = || self.bool_value(value).map(|b| Spanned::new(b, span));
        let string = || self.string_value(value).map(|s| Spanned::new(s, span));
        let files = || {
            let mut out = Vec::new();
            self.file_paths(value, 0, &mut out);
            out
        };
        match name {
            "rejectUnauthorized" => settings.reject_unauthorized = boolean(),
            "requestCert" => settings.request_cert = boolean(),
            "minVersion" => settings.min_version = string(),
            "maxVersion" => settings.max_version = string(),
            "secureProtocol" => settings.secure_protocol = string(),
            "ciphers" => {
                settings.ciphers.clear();
                self.cipher_strings(value, 0, &mut settings.ciphers);
            }
            "checkServerIdentity" => {
                let function = self.resolve(value, true);
                let trivial = self.trivial_function(function).unwrap_or(false);
                self.set_callback(name, trivial, span, settings);
            }
            "key" | "pfx" => settings.key_paths.extend(files()),
            "cert" | "certificate" => settings.cert_paths.extend(files()),
            "ca" | "certificateAuthority" => {
                settings.ca_paths.extend(files());
                settings.client_cas = Some(span);
            }
            _ => {}
        }
    }

    // ---------------------------------------------------------------- second pass

    fn detect(&mut self) {
        let sites = std::mem::take(&mut self.sites);
        for node in sites {
            match node.kind() {
                "call_expression" => {
                    if let Some(callee) = node.child_by_field_name("function") {
                        self.call(node, callee);
                    }
                }
                "new_expression" => {
                    if let Some(callee) = node.child_by_field_name("constructor") {
                        self.call(node, callee);
                    }
                }
                "assignment_expression" => self.assignment(node),
                "pair" => self.pair(node),
                "variable_declarator" => self.named_variable(node),
                _ => {}
            }
        }
    }

    fn settings(&self, span: Span, api: String, role: TlsRole) -> TlsSettings {
        let mut settings = TlsSettings::new(self.file, TlsSource::JavaScript, span, api);
        settings.role = role;
        settings
    }

    fn push(&mut self, priority: u8, mut settings: TlsSettings, context: &[Node<'t>]) {
        settings.object = self.object_name(context);
        self.found.push(Found {
            key: (settings.span.start, settings.span.end),
            priority,
            settings,
        });
    }

    /// Settings read from an options object (or, without one, pointing at `fallback`).
    fn record_options(
        &mut self,
        priority: u8,
        options: Option<Node<'t>>,
        fallback: Node<'t>,
        api: String,
        role: TlsRole,
        context: Node<'t>,
    ) {
        let span = span_of(options.unwrap_or(fallback));
        let mut settings = self.settings(span, api, role);
        if let Some(options) = options {
            self.read_options(options, &mut settings, 0);
            self.push(priority, settings, &[context, options]);
        } else {
            self.push(priority, settings, &[context]);
        }
    }

    fn call(&mut self, call: Node<'t>, callee: Node<'t>) {
        let canon = self.chain(callee, 0);
        let api = self.api_name(callee, canon.as_deref());
        let args = self.arguments(call);
        let Some(kind) = canon.as_deref().and_then(classify) else {
            self.generic_call(call, &api, &args);
            return;
        };
        match kind {
            Api::First(role) => {
                let options = args.first().and_then(|arg| self.resolve_object(*arg));
                self.record_options(BY_API, options, call, api, role, call);
            }
            Api::Last(role) | Api::LastIfAny(role) => {
                let options = args.iter().rev().find_map(|arg| self.resolve_object(*arg));
                if options.is_some() || matches!(kind, Api::Last(_)) {
                    self.record_options(BY_API, options, call, api, role, call);
                }
            }
            Api::Undici => {
                let connect = args
                    .iter()
                    .rev()
                    .find_map(|arg| self.resolve_object(*arg))
                    .and_then(|options| self.find_prop(options, "connect"))
                    .and_then(|(_, value)| self.resolve_object(value));
                if let Some(connect) = connect {
                    self.record_options(BY_API, Some(connect), call, api, TlsRole::Client, call);
                }
            }
            Api::Nest => {
                for arg in &args {
                    let Some(options) = self.resolve_object(*arg) else {
                        continue;
                    };
                    let Some((_, value)) = self.find_prop(options, "httpsOptions") else {
                        continue;
                    };
                    let https = self.resolve_object(value);
                    self.record_options(BY_API, https, value, api.clone(), TlsRole::Server, call);
                }
            }
            Api::GrpcClient => {
                let mut settings = self.settings(span_of(call), api, TlsRole::Client);
                if let Some(root) = args.first() {
                    self.root_certs(*root, &mut settings);
                }
                if let Some(key) = args.get(1) {
                    self.file_paths(*key, 0, &mut settings.key_paths);
                }
                if let Some(chain) = args.get(2) {
                    self.file_paths(*chain, 0, &mut settings.cert_paths);
                }
                if let Some(verify) = args.get(3).and_then(|arg| self.resolve_object(*arg)) {
                    self.read_options(verify, &mut settings, 0);
                }
                self.push(BY_API, settings, &[call]);
            }
            Api::GrpcServer => {
                let mut settings = self.settings(span_of(call), api, TlsRole::Server);
                if let Some(root) = args.first() {
                    self.root_certs(*root, &mut settings);
                }
                if let Some(pairs) = args.get(1) {
                    let pairs = self.resolve(*pairs, true);
                    let pairs = if pairs.kind() == "array" {
                        named_children(pairs)
                    } else {
                        vec![pairs]
                    };
                    for pair in pairs {
                        let Some(pair) = self.resolve_object(pair) else {
                            continue;
                        };
                        if let Some((_, key)) = self.find_prop(pair, "private_key") {
                            self.file_paths(key, 0, &mut settings.key_paths);
                        }
                        if let Some((_, cert)) = self.find_prop(pair, "cert_chain") {
                            self.file_paths(cert, 0, &mut settings.cert_paths);
                        }
                    }
                }
                if let Some(check) = args.get(2)
                    && let Some(value) = self.bool_value(*check)
                {
                    settings.request_cert = Some(Spanned::new(value, span_of(*check)));
                }
                self.push(BY_API, settings, &[call]);
            }
        }
    }

    /// gRPC `rootCerts`: the CA files, and a CA pool unless `null`.
    fn root_certs(&self, root: Node<'t>, settings: &mut TlsSettings) {
        if self.is_nothing(root) {
            return;
        }
        self.file_paths(root, 0, &mut settings.ca_paths);
        settings.client_cas = Some(span_of(root));
    }

    /// An unrecognised call given an object literal with Node-only TLS keys.
    fn generic_call(&mut self, call: Node<'t>, api: &str, args: &[Node<'t>]) {
        if is_logging_or_assertion(api) {
            return;
        }
        for arg in args {
            let object = unwrap_expr(*arg);
            if object.kind() == "object" && self.has_key(object, NODE_TLS_ONLY_KEYS) {
                self.record_options(
                    BY_GUESS,
                    Some(object),
                    call,
                    api.to_string(),
                    TlsRole::Unknown,
                    call,
                );
            }
        }
    }

    /// The call an object literal is given to directly: its callee as written and canonical.
    fn receiving_call(&self, object: Node<'t>) -> Option<(String, Option<String>)> {
        let mut node = object;
        while let Some(parent) = node.parent() {
            match parent.kind() {
                "parenthesized_expression"
                | "as_expression"
                | "satisfies_expression"
                | "non_null_expression" => node = parent,
                "arguments" => {
                    let call = parent.parent()?;
                    let callee = call
                        .child_by_field_name("function")
                        .or_else(|| call.child_by_field_name("constructor"))?;
                    let canon = self.chain(callee, 0);
                    return Some((self.api_name(callee, canon.as_deref()), canon));
                }
                _ => return None,
            }
        }
        None
    }

    fn pair(&mut self, pair: Node<'t>) {
        let (Some(key), Some(value)) = (
            pair.child_by_field_name("key"),
            pair.child_by_field_name("value"),
        ) else {
            return;
        };
        let Some(name) = self.key_name(key) else {
            return;
        };
        match name {
            "httpsOptions" | "tlsOptions" => {
                let Some(options) = self.resolve_object(value) else {
                    return;
                };
                let role = if name == "httpsOptions" {
                    TlsRole::Server
                } else {
                    TlsRole::Unknown
                };
                let api = pair
                    .parent()
                    .and_then(|holder| self.receiving_call(holder))
                    .map_or_else(|| name.to_string(), |(api, _)| api);
                self.record_options(BY_PROPERTY, Some(options), pair, api, role, pair);
            }
            "https" | "tls" | "ssl" => {
                let Some(options) = self.resolve_object(value) else {
                    return;
                };
                if !self.has_key(options, TLS_KEYS) {
                    return;
                }
                let call = pair.parent().and_then(|holder| self.receiving_call(holder));
                let (api, role) = match call {
                    Some((api, canon)) => {
                        let root = canon.as_deref().and_then(|c| c.split('.').next());
                        let role = match root {
                            Some("got") => TlsRole::Client,
                            Some("fastify") => TlsRole::Server,
                            _ => TlsRole::Unknown,
                        };
                        (api, role)
                    }
                    None => (name.to_string(), TlsRole::Unknown),
                };
                self.record_options(BY_PROPERTY, Some(options), pair, api, role, pair);
            }
            "rest" => {
                let Some(options) = self.resolve_object(value) else {
                    return;
                };
                let https = self
                    .find_prop(options, "protocol")
                    .and_then(|(_, protocol)| self.string_value(protocol))
                    .is_some_and(|protocol| protocol == "https");
                if https {
                    let api = "LoopBack rest".to_string();
                    self.record_options(
                        BY_PROPERTY,
                        Some(options),
                        pair,
                        api,
                        TlsRole::Server,
                        pair,
                    );
                }
            }
            ENV_VAR => {
                if let Some(value) = self.env_value(value) {
                    let mut settings =
                        self.settings(span_of(pair), ENV_VAR.to_string(), TlsRole::Client);
                    settings.reject_unauthorized = Some(Spanned::new(value != "0", span_of(pair)));
                    self.push(BY_PROPERTY, settings, &[pair]);
                }
            }
            _ => {}
        }
    }

    /// A literal environment value: string or number.
    fn env_value(&self, value: Node<'t>) -> Option<String> {
        let node = self.resolve(value, false);
        if node.kind() == "number" {
            return Some(self.text(node).to_string());
        }
        self.literal(node).map(|(s, _)| s.to_string())
    }

    fn assignment(&mut self, node: Node<'t>) {
        let (Some(left), Some(right)) = (
            node.child_by_field_name("left"),
            node.child_by_field_name("right"),
        ) else {
            return;
        };
        let (object, property) = match left.kind() {
            "member_expression" => (
                left.child_by_field_name("object"),
                left.child_by_field_name("property")
                    .map(|p| self.text(p).to_string()),
            ),
            "subscript_expression" => (
                left.child_by_field_name("object"),
                left.child_by_field_name("index")
                    .and_then(|index| self.literal(index))
                    .map(|(s, _)| s.to_string()),
            ),
            _ => return,
        };
        let (Some(object), Some(property)) = (object, property) else {
            return;
        };
        let Some(receiver) = self.chain(object, 0) else {
            return;
        };
        let span = span_of(node);
        if receiver == "process.env" && property == ENV_VAR {
            let Some(value) = self.env_value(right) else {
                return;
            };
            let api = format!("process.env.{ENV_VAR}");
            let mut settings = self.settings(span, api, TlsRole::Client);
            settings.reject_unauthorized = Some(Spanned::new(value != "0", span));
            self.push(BY_API, settings, &[node]);
        } else if receiver == "https.globalAgent.options" && TLS_KEYS.contains(&property.as_str()) {
            let mut settings = self.settings(span, "https.globalAgent".into(), TlsRole::Client);
            self.apply(&property, right, span, &mut settings);
            self.push(BY_API, settings, &[node]);
        }
    }

    /// `const httpsOptions = {…}` (always), `const tlsConfig = {…}` holding TLS keys.
    fn named_variable(&mut self, node: Node<'t>) {
        let (Some(name), Some(value)) = (
            node.child_by_field_name("name"),
            node.child_by_field_name("value"),
        ) else {
            return;
        };
        let value = unwrap_expr(value);
        if name.kind() != "identifier" || value.kind() != "object" {
            return;
        }
        let name = self.text(name);
        let lower = name.to_ascii_lowercase();
        if lower.contains("httpsoptions") {
            let api = "httpsOptions".to_string();
            self.record_options(BY_GUESS, Some(value), node, api, TlsRole::Server, node);
        } else if (lower.contains("tls") || lower.contains("ssl") || lower.contains("https"))
            && self.has_key(value, TLS_KEYS)
        {
            let api = name.to_string();
            self.record_options(BY_NAME, Some(value), node, api, TlsRole::Unknown, node);
        }
    }

    // ---------------------------------------------------------------- naming

    /// What reports call the configuration: the enclosing function, method (`Class.method`)
    /// or class (a decorator's too), else the variable holding it, else the function it is
    /// passed to (`main`). Tried from each context node in turn.
    fn object_name(&self, context: &[Node<'t>]) -> Option<String> {
        let mut variable = None;
        let mut callee = None;
        for node in context {
            let mut current = *node;
            let mut steps = 0;
            while let Some(parent) = current.parent() {
                steps += 1;
                if steps > MAX_DEPTH {
                    break;
                }
                if let Some(name) = self.scope_name(parent) {
                    return Some(name);
                }
                match parent.kind() {
                    "variable_declarator" if variable.is_none() => {
                        variable = parent
                            .child_by_field_name("name")
                            .filter(|name| name.kind() == "identifier")
                            .map(|name| self.text(name).to_string());
                    }
                    "arguments"
                        if callee.is_none()
                            && !parent.parent().is_some_and(|call| {
                                context.iter().any(|c| c.id() == call.id())
                            }) =>
                    {
                        callee = parent
                            .parent()
                            .and_then(|call| {
                                call.child_by_field_name("function")
                                    .or_else(|| call.child_by_field_name("constructor"))
                            })
                            .map(|f| self.text(f).split_whitespace().collect::<String>());
                    }
                    _ => {}
                }
                current = parent;
            }
        }
        variable.or(callee)
    }

    /// The name a scope node gives its contents, if it is a named scope.
    fn scope_name(&self, node: Node<'t>) -> Option<String> {
        let name_of = |n: Node<'t>| {
            n.child_by_field_name("name")
                .map(|name| self.text(name).to_string())
        };
        match node.kind() {
            "function_declaration" | "generator_function_declaration" => name_of(node),
            "arrow_function" | "function_expression" | "function" => node
                .parent()
                .filter(|p| p.kind() == "variable_declarator")
                .and_then(|p| p.child_by_field_name("name"))
                .filter(|n| n.kind() == "identifier")
                .map(|n| self.text(n).to_string()),
            "method_definition" | "public_field_definition" | "field_definition" => {
                let body = node.parent().filter(|p| p.kind() == "class_body")?;
                let member = name_of(node)?;
                Some(match body.parent().and_then(name_of) {
                    Some(class) => format!("{class}.{member}"),
                    None => member,
                })
            }
            "class_declaration" | "abstract_class_declaration" | "class" => name_of(node),
            "decorator" => {
                let holder = node.parent()?;
                match holder.kind() {
                    "export_statement" => {
                        holder.child_by_field_name("declaration").and_then(name_of)
                    }
                    _ => name_of(holder),
                }
            }
            _ => None,
        }
    }

    fn finish(self) -> Vec<TlsSettings> {
        let mut best: HashMap<(usize, usize), Found> = HashMap::new();
        for found in self.found {
            match best.get(&found.key) {
                Some(kept) if kept.priority >= found.priority => {}
                _ => {
                    best.insert(found.key, found);
                }
            }
        }
        let mut tls: Vec<TlsSettings> = best.into_values().map(|f| f.settings).collect();
        tls.sort_by_key(|s| (s.span.start, s.span.end));
        tls
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! fixture {
        ($name:literal) => {
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/testdata/tls/js/",
                $name
            ))
        };
    }

    fn at(text: &str, span: Span) -> &str {
        &text[span.start..span.end]
    }

    fn ts(text: &str) -> Vec<TlsSettings> {
        scan(0, text, Dialect::TypeScript).tls
    }

    fn js(text: &str) -> Vec<TlsSettings> {
        scan(0, text, Dialect::JavaScript).tls
    }

    fn values(text: &str, list: &[Spanned<String>]) -> Vec<(String, String)> {
        list.iter()
            .map(|s| (s.value.clone(), at(text, s.span).to_string()))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    /// A path whose span is the literal itself.
    fn paths(text: &str, list: &[Spanned<String>]) -> Vec<String> {
        list.iter()
            .map(|s| {
                assert_eq!(at(text, s.span), s.value, "span of {}", s.value);
                s.value.clone()
            })
            .collect()
    }

    fn flag(text: &str, value: &Option<Spanned<bool>>) -> Option<(bool, String)> {
        value
            .as_ref()
            .map(|v| (v.value, at(text, v.span).to_string()))
    }

    fn string(text: &str, value: &Option<Spanned<String>>) -> Option<(String, String)> {
        value
            .as_ref()
            .map(|v| (v.value.clone(), at(text, v.span).to_string()))
    }

    fn some(value: bool, span: &str) -> Option<(bool, String)> {
        Some((value, span.to_string()))
    }

    fn some_str(value: &str, span: &str) -> Option<(String, String)> {
        Some((value.to_string(), span.to_string()))
    }

    #[test]
    fn nest_grpc_client_ssl_credentials() {
        let text = fixture!("nest-grpc-client.ts");
        let tls = ts(text);
        assert_eq!(tls.len(), 1, "{tls:#?}");
        let s = &tls[0];
        assert_eq!(s.api, "credentials.createSsl");
        assert_eq!(s.role, TlsRole::Client);
        assert_eq!(s.source, TlsSource::JavaScript);
        assert_eq!(s.object.as_deref(), Some("sslCredentials"));
        assert!(at(text, s.span).starts_with("credentials.createSsl(\n"));
        assert!(at(text, s.span).ends_with("client.crt'),\n)"));
        assert_eq!(paths(text, &s.ca_paths), ["/app/certs/ca.crt"]);
        assert_eq!(paths(text, &s.key_paths), ["/app/certs/client.key"]);
        assert_eq!(paths(text, &s.cert_paths), ["/app/certs/client.crt"]);
        assert_eq!(
            s.client_cas.map(|c| at(text, c)),
            Some("fs.readFileSync('/app/certs/ca.crt')")
        );
        assert_eq!(s.reject_unauthorized, None);
        assert!(s.ciphers.is_empty() && s.callbacks.is_empty());
    }

    #[test]
    fn nest_https_agent_client_ciphers() {
        let text = fixture!("nest-https-agent.ts");
        let tls = ts(text);
        assert_eq!(tls.len(), 1, "{tls:#?}");
        let s = &tls[0];
        assert_eq!(s.api, "https.Agent");
        assert_eq!(s.role, TlsRole::Client);
        assert_eq!(s.object.as_deref(), Some("PaymentsModule"));
        assert!(at(text, s.span).starts_with("{\n        keepAlive: true,"));
        assert_eq!(
            string(text, &s.min_version),
            some_str("TLSv1.2", "minVersion: 'TLSv1.2'")
        );
        let names = [
            "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256",
            "ECDHE-ECDSA-AES256-GCM-SHA384",
            "ECDHE-RSA-AES256-GCM-SHA384",
        ];
        let expected: Vec<_> = names.iter().map(|n| (*n, *n)).collect();
        assert_eq!(values(text, &s.ciphers), pairs(&expected));
        assert_eq!(paths(text, &s.ca_paths), ["/app/certs/payments-ca.pem"]);
        assert_eq!(
            s.client_cas.map(|c| at(text, c)),
            Some("ca: fs.readFileSync('/app/certs/payments-ca.pem')")
        );
        assert_eq!(s.reject_unauthorized, None);
    }

    #[test]
    fn nest_server_ciphers_follow_https_options() {
        let text = fixture!("nest-server-ciphers.ts");
        let tls = ts(text);
        assert_eq!(tls.len(), 1, "{tls:#?}");
        let s = &tls[0];
        assert_eq!(s.api, "NestFactory.create");
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(s.object.as_deref(), Some("bootstrap"));
        // The options object bound to `httpsOptions`, not the shorthand in the call.
        assert!(at(text, s.span).starts_with("{\n    key: fs.readFileSync('/etc/tls/tls.key'),"));
        assert_eq!(
            string(text, &s.min_version),
            some_str("TLSv1.2", "minVersion: 'TLSv1.2' as const")
        );
        let typo = s
            .ciphers
            .iter()
            .find(|c| c.value == "TLS_CHACHA20_POLY1052_SHA256")
            .unwrap();
        assert_eq!(at(text, typo.span), "TLS_CHACHA20_POLY1052_SHA256");
        assert_eq!(&text[typo.span.start - 1..typo.span.start], "'");
        assert_eq!(s.ciphers.len(), 5);
        assert_eq!(paths(text, &s.key_paths), ["/etc/tls/tls.key"]);
        assert_eq!(paths(text, &s.cert_paths), ["/etc/tls/tls.crt"]);
        assert_eq!(s.client_cas, None);
    }

    #[test]
    fn loopback_rest_config() {
        let text = fixture!("loopback-server.ts");
        let tls = ts(text);
        assert_eq!(tls.len(), 1, "{tls:#?}");
        let s = &tls[0];
        assert_eq!(s.api, "LoopBack rest");
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(s.object.as_deref(), Some("main"));
        assert!(at(text, s.span).starts_with("{\n      port: +(process.env.PORT ?? 3000),"));
        assert_eq!(
            string(text, &s.min_version),
            some_str("TLSv1.3", "minVersion: 'TLSv1.3'")
        );
        // `path.join(__dirname, '…')`: the literal, `__dirname` left out.
        assert_eq!(paths(text, &s.key_paths), ["../certs/server.key"]);
        assert_eq!(paths(text, &s.cert_paths), ["../certs/server.crt"]);
    }

    #[test]
    fn koa_server_follows_shorthand_bindings() {
        let text = fixture!("koa-server.js");
        let tls = js(text);
        assert_eq!(tls.len(), 1, "{tls:#?}");
        let s = &tls[0];
        assert_eq!(s.api, "https.createServer");
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(s.object, None);
        assert_eq!(
            at(text, s.span),
            "{ key, cert, ca, requestCert: true, rejectUnauthorized: true }"
        );
        assert_eq!(flag(text, &s.request_cert), some(true, "requestCert: true"));
        assert_eq!(
            flag(text, &s.reject_unauthorized),
            some(true, "rejectUnauthorized: true")
        );
        assert_eq!(s.client_cas.map(|c| at(text, c)), Some("ca"));
        assert_eq!(paths(text, &s.key_paths), ["/etc/koa/tls/server.key"]);
        assert_eq!(paths(text, &s.cert_paths), ["/etc/koa/tls/server.crt"]);
        assert_eq!(paths(text, &s.ca_paths), ["/etc/koa/tls/clients-ca.crt"]);
    }

    #[test]
    fn koa_mtls_not_verified_follows_options_variable() {
        let text = fixture!("koa-mtls-not-verified.js");
        let tls = js(text);
        assert_eq!(tls.len(), 1, "{tls:#?}");
        let s = &tls[0];
        assert_eq!(s.api, "https.createServer");
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(s.object.as_deref(), Some("options"));
        assert!(at(text, s.span).starts_with("{\n  key: fs.readFileSync(path.join("));
        assert_eq!(flag(text, &s.request_cert), some(true, "requestCert: true"));
        assert_eq!(
            flag(text, &s.reject_unauthorized),
            some(false, "rejectUnauthorized: false")
        );
        assert_eq!(s.client_cas, None);
        // Several literals: joined with `/`, the span is the whole `path.join(…)`.
        assert_eq!(
            values(text, &s.key_paths),
            pairs(&[(
                "certs/server.key",
                "path.join(__dirname, 'certs', 'server.key')"
            )])
        );
        assert_eq!(
            values(text, &s.cert_paths),
            pairs(&[(
                "certs/server.crt",
                "path.join(__dirname, 'certs', 'server.crt')"
            )])
        );
    }

    #[test]
    fn client_insecure_agent_got_and_connect() {
        let text = fixture!("client-insecure.ts");
        let tls = ts(text);
        assert_eq!(tls.len(), 3, "{tls:#?}");

        let agent = &tls[0];
        assert_eq!(agent.api, "https.Agent");
        assert_eq!(agent.role, TlsRole::Client);
        assert_eq!(agent.object.as_deref(), Some("insecureAgent"));
        assert_eq!(
            flag(text, &agent.reject_unauthorized),
            some(false, "rejectUnauthorized: false")
        );
        assert_eq!(agent.callbacks.len(), 1);
        let callback = &agent.callbacks[0];
        assert_eq!(callback.name, "checkServerIdentity");
        assert!(callback.trivial);
        assert_eq!(
            at(text, callback.span),
            "checkServerIdentity: () => undefined"
        );

        let got = &tls[1];
        assert_eq!(got.api, "got.extend");
        assert_eq!(got.role, TlsRole::Client);
        assert_eq!(got.object.as_deref(), Some("pricingClient"));
        assert!(at(text, got.span).starts_with("{\n    rejectUnauthorized: false,"));
        assert_eq!(
            flag(text, &got.reject_unauthorized),
            some(false, "rejectUnauthorized: false")
        );
        assert!(got.cert_paths.is_empty());

        let connect = &tls[2];
        assert_eq!(connect.api, "tls.connect");
        assert_eq!(connect.role, TlsRole::Client);
        assert_eq!(connect.object.as_deref(), Some("openAuditStream"));
        assert_eq!(connect.reject_unauthorized, None);
        assert_eq!(connect.callbacks.len(), 1);
        assert!(connect.callbacks[0].trivial);
        assert!(
            at(text, connect.callbacks[0].span)
                .starts_with("checkServerIdentity(hostname, cert) {")
        );
    }

    #[test]
    fn env_assignments() {
        let text = fixture!("env-insecure.js");
        let tls = js(text);
        assert_eq!(tls.len(), 2, "{tls:#?}");
        let spans = [
            "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'",
            "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0",
        ];
        for (s, span) in tls.iter().zip(spans) {
            assert_eq!(s.api, "process.env.NODE_TLS_REJECT_UNAUTHORIZED");
            assert_eq!(s.role, TlsRole::Client);
            assert_eq!(at(text, s.span), span);
            assert_eq!(flag(text, &s.reject_unauthorized), some(false, span));
        }
        assert_eq!(tls[0].object, None);
    }

    #[test]
    fn weak_protocol_spread_and_constant() {
        let text = fixture!("weak-protocol.js");
        let tls = js(text);
        assert_eq!(tls.len(), 3, "{tls:#?}");

        let server = &tls[0];
        assert_eq!(server.api, "tls.createServer");
        assert_eq!(server.role, TlsRole::Server);
        assert_eq!(at(text, server.span), "{ ...base, minVersion: 'TLSv1' }");
        assert_eq!(
            string(text, &server.min_version),
            some_str("TLSv1", "minVersion: 'TLSv1'")
        );
        // From the spread `base`.
        assert_eq!(
            paths(text, &server.key_paths),
            ["/srv/gateway/tls/gateway.key"]
        );
        assert_eq!(
            paths(text, &server.cert_paths),
            ["/srv/gateway/tls/gateway.crt"]
        );

        let client = &tls[1];
        assert_eq!(client.api, "tls.connect");
        assert_eq!(client.role, TlsRole::Client);
        assert_eq!(client.object.as_deref(), Some("connectUpstream"));
        assert_eq!(
            string(text, &client.secure_protocol),
            some_str("TLSv1_method", "secureProtocol: 'TLSv1_method'")
        );

        let context = &tls[2];
        assert_eq!(context.api, "tls.createSecureContext");
        assert_eq!(context.role, TlsRole::Unknown);
        assert_eq!(context.object.as_deref(), Some("legacyContext"));
        assert_eq!(
            string(text, &context.min_version),
            some_str("TLSv1.1", "minVersion: LEGACY_MIN")
        );
    }

    #[test]
    fn weak_ciphers_string_and_template() {
        let text = fixture!("weak-ciphers.ts");
        let tls = ts(text);
        assert_eq!(tls.len(), 2, "{tls:#?}");
        assert_eq!(tls[0].api, "http2.createSecureServer");
        assert_eq!(tls[0].role, TlsRole::Server);
        assert_eq!(
            values(text, &tls[0].ciphers),
            pairs(&[("RC4-SHA:DES-CBC3-SHA", "RC4-SHA:DES-CBC3-SHA")])
        );
        // A name inside the string is at the element's start plus its offset.
        let des = tls[0].ciphers[0].span.start + "RC4-SHA:".len();
        assert_eq!(&text[des..des + "DES-CBC3-SHA".len()], "DES-CBC3-SHA");
        assert_eq!(tls[1].api, "tls.connect");
        let template = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";
        assert_eq!(
            values(text, &tls[1].ciphers),
            pairs(&[(template, template)])
        );
    }

    #[test]
    fn decoys_yield_nothing() {
        let text = fixture!("decoys.ts");
        assert_eq!(ts(text), Vec::new());
    }

    #[test]
    fn syntax_error_file_still_yields_its_config() {
        let text = fixture!("syntax-error.js");
        let tls = js(text);
        assert_eq!(tls.len(), 1, "{tls:#?}");
        let s = &tls[0];
        assert_eq!(s.api, "https.createServer");
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(
            at(text, s.span),
            "{ rejectUnauthorized: false, requestCert: true }"
        );
        assert_eq!(
            flag(text, &s.reject_unauthorized),
            some(false, "rejectUnauthorized: false")
        );
        assert_eq!(flag(text, &s.request_cert), some(true, "requestCert: true"));
    }

    #[test]
    fn other_syntax_errors_do_not_hide_options() {
        let options =
            "https.createServer({ rejectUnauthorized: false, requestCert: true }, app);\n";
        for broken in [
            "function broken() {\n  if (x) {\n",
            "const a = ) 1;\n",
            "import { from 'x';\n",
            "const s = 'unterminated\n",
            "class A { method( { }\n",
        ] {
            for dialect in [Dialect::JavaScript, Dialect::TypeScript] {
                let text = format!("{broken}{options}");
                let tls = scan(0, &text, dialect).tls;
                assert_eq!(tls.len(), 1, "{broken:?}: {tls:#?}");
                assert_eq!(
                    flag(&text, &tls[0].reject_unauthorized),
                    some(false, "rejectUnauthorized: false"),
                    "{broken:?}"
                );
            }
        }
    }

    #[test]
    fn spec_file_agent() {
        let text = fixture!("test/client.spec.ts");
        let tls = ts(text);
        assert_eq!(tls.len(), 1, "{tls:#?}");
        assert_eq!(tls[0].api, "https.Agent");
        assert_eq!(tls[0].object.as_deref(), Some("agent"));
        assert_eq!(
            flag(text, &tls[0].reject_unauthorized),
            some(false, "rejectUnauthorized: false")
        );
    }

    #[test]
    fn prefilter_and_comment_only_mentions() {
        assert!(ts("export const x = { retries: 3 };").is_empty());
        // Tokens present, but only in comments and strings: parsed, nothing found.
        let text = "// tls.connect({ rejectUnauthorized: false })\nconst s = 'createServer';\n";
        assert!(js(text).is_empty());
    }

    #[test]
    fn imports_resolve_receivers() {
        let text = r#"
import { createServer as listenTls } from 'node:https';
import tls = require('tls');
const { Agent } = require('https');
const opts = { rejectUnauthorized: false };
listenTls(opts, app);
new Agent({ minVersion: 'TLSv1' });
tls.connect({ rejectUnauthorized: false });
require('tls').createSecureContext({ ciphers: 'RC4' });
http.createServer({ rejectUnauthorized: false });
"#;
        let tls = ts(text);
        let apis: Vec<_> = tls.iter().map(|s| (s.api.as_str(), s.role)).collect();
        assert_eq!(
            apis,
            [
                ("https.createServer", TlsRole::Server),
                ("https.Agent", TlsRole::Client),
                ("tls.connect", TlsRole::Client),
                ("require('tls').createSecureContext", TlsRole::Unknown),
                // Not a TLS API: read only because of the Node-only key.
                ("http.createServer", TlsRole::Unknown),
            ]
        );
        assert_eq!(at(text, tls[0].span), "{ rejectUnauthorized: false }");
    }

    #[test]
    fn grpc_server_credentials() {
        let text = r#"
import * as grpc from '@grpc/grpc-js';
import { readFileSync } from 'fs';
async function bootstrap() {
  const app = await NestFactory.createMicroservice(AppModule, {
    transport: Transport.GRPC,
    options: {
      credentials: grpc.ServerCredentials.createSsl(
        readFileSync('/certs/ca.crt'),
        [{ private_key: readFileSync('/certs/server.key'), cert_chain: readFileSync('/certs/server.crt') }],
        true,
      ),
    },
  });
}
const insecure = grpc.credentials.createSsl(null, null, null, { checkServerIdentity: () => {} });
"#;
        let tls = ts(text);
        assert_eq!(tls.len(), 2, "{tls:#?}");
        let server = &tls[0];
        assert_eq!(server.api, "grpc.ServerCredentials.createSsl");
        assert_eq!(server.role, TlsRole::Server);
        assert_eq!(server.object.as_deref(), Some("bootstrap"));
        assert_eq!(paths(text, &server.ca_paths), ["/certs/ca.crt"]);
        assert_eq!(paths(text, &server.key_paths), ["/certs/server.key"]);
        assert_eq!(paths(text, &server.cert_paths), ["/certs/server.crt"]);
        assert_eq!(flag(text, &server.request_cert), some(true, "true"));
        let client = &tls[1];
        assert_eq!(client.api, "grpc.credentials.createSsl");
        assert_eq!(client.role, TlsRole::Client);
        assert_eq!(client.client_cas, None);
        assert!(client.ca_paths.is_empty());
        assert!(client.callbacks[0].trivial);
    }

    #[test]
    fn config_properties() {
        let text = r#"
const server = fastify({ https: { key: fs.readFileSync('/tls/key.pem'), cert: fs.readFileSync('/tls/cert.pem') } });
const pool = new Pool({ connectionString, ssl: { rejectUnauthorized: false } });
const mail = nodemailer.createTransport({ host, tls: { minVersion: 'TLSv1' } });
const config = { db: { ssl: true }, cache: { tls: { keepAlive: 1 } } };
const client = mqtt.connect(url, { rejectUnauthorized: false });
const dispatcher = new undici.Agent({ connect: { rejectUnauthorized: false } });
const app = await NestFactory.create(AppModule, { httpsOptions: { key, cert } });
export const httpsOptions = { pfx: fs.readFileSync('/tls/server.pfx') };
export const tlsConfig = { ca: fs.readFileSync(process.env.CA_FILE ?? '/tls/ca.pem') };
const env = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '1' };
https.globalAgent.options.rejectUnauthorized = false;
"#;
        let tls = ts(text);
        let apis: Vec<_> = tls.iter().map(|s| (s.api.as_str(), s.role)).collect();
        assert_eq!(
            apis,
            [
                ("fastify", TlsRole::Server),
                ("Pool", TlsRole::Unknown),
                ("nodemailer.createTransport", TlsRole::Unknown),
                ("mqtt.connect", TlsRole::Unknown),
                ("undici.Agent", TlsRole::Client),
                ("NestFactory.create", TlsRole::Server),
                ("httpsOptions", TlsRole::Server),
                ("tlsConfig", TlsRole::Unknown),
                ("NODE_TLS_REJECT_UNAUTHORIZED", TlsRole::Client),
                ("https.globalAgent", TlsRole::Client),
            ],
            "{tls:#?}"
        );
        assert_eq!(paths(text, &tls[0].key_paths), ["/tls/key.pem"]);
        assert_eq!(tls[2].min_version.as_ref().unwrap().value, "TLSv1");
        assert!(!tls[4].reject_unauthorized.as_ref().unwrap().value);
        assert_eq!(paths(text, &tls[6].key_paths), ["/tls/server.pfx"]);
        assert_eq!(paths(text, &tls[7].ca_paths), ["/tls/ca.pem"]);
        assert_eq!(
            flag(text, &tls[8].reject_unauthorized),
            some(true, "NODE_TLS_REJECT_UNAUTHORIZED: '1'")
        );
        assert_eq!(
            flag(text, &tls[9].reject_unauthorized),
            some(
                false,
                "https.globalAgent.options.rejectUnauthorized = false"
            )
        );
    }

    #[test]
    fn callbacks_trivial_or_not() {
        let text = r#"
function skip(host, cert) { /* trust everyone */ }
function check(host, cert) { return tls.checkServerIdentity(host, cert); }
tls.connect({ checkServerIdentity: skip });
tls.connect({ checkServerIdentity: check });
tls.connect({ checkServerIdentity: () => null });
tls.connect({ checkServerIdentity: function () { return void 0; } });
tls.connect({ checkServerIdentity: (h, c) => { log(h); return undefined; } });
tls.connect({ checkServerIdentity: tls.checkServerIdentity });
"#;
        let trivial: Vec<_> = js(text).iter().map(|s| s.callbacks[0].trivial).collect();
        // Logging and then returning nothing still accepts every host.
        assert_eq!(trivial, [true, false, true, true, true, false]);
    }

    #[test]
    fn values_that_are_not_literals() {
        let text = r#"
const verify = process.env.TLS_VERIFY !== 'false';
let min = 'TLSv1';
const LOOSE = false;
const base = { rejectUnauthorized: false, minVersion: 'TLSv1' };
tls.connect({ rejectUnauthorized: !!verify, minVersion: min });
tls.connect({ ...base, rejectUnauthorized: verify });
tls.connect({ rejectUnauthorized: LOOSE });
"#;
        let tls = js(text);
        assert_eq!(tls.len(), 3);
        assert_eq!(tls[0].reject_unauthorized, None);
        // `let` is not followed for values.
        assert_eq!(tls[0].min_version, None);
        // The spread's `false` is overridden by a non-literal; its minVersion stays.
        assert_eq!(tls[1].reject_unauthorized, None);
        assert_eq!(tls[1].min_version.as_ref().unwrap().value, "TLSv1");
        assert_eq!(
            flag(text, &tls[2].reject_unauthorized),
            some(false, "rejectUnauthorized: LOOSE")
        );
    }

    #[test]
    fn cycles_and_depth_are_bounded() {
        let text = "const a = b;\nconst b = a;\nconst c = { ...c, rejectUnauthorized: false };\n\
                    https.createServer(a);\ntls.connect(c);\n";
        let tls = js(text);
        assert_eq!(tls.len(), 2);
        // Sorted by span: `c`'s object literal comes first.
        assert_eq!(tls[0].api, "tls.connect");
        assert_eq!(at(text, tls[0].span), "{ ...c, rejectUnauthorized: false }");
        assert!(!tls[0].reject_unauthorized.as_ref().unwrap().value);
        assert_eq!(tls[1].api, "https.createServer");
        assert_eq!(at(text, tls[1].span), "https.createServer(a)");

        let depth = 5000;
        let deep = format!(
            "const x = {}tls.connect({{ rejectUnauthorized: false }}){};\ntls.connect({{ rejectUnauthorized: false }});\n",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let tls = js(&deep);
        // The call below the depth bound is not seen; the rest of the file is.
        assert_eq!(tls.len(), 1);
        assert!(!tls[0].reject_unauthorized.as_ref().unwrap().value);
    }

    #[test]
    fn tsx_and_threads() {
        let text = r#"
export function Status() {
  const agent = new https.Agent({ rejectUnauthorized: false });
  return <div className="status">{String(Boolean(agent))}</div>;
}
"#;
        let tls = scan(0, text, Dialect::Tsx).tls;
        assert_eq!(tls.len(), 1);
        assert_eq!(tls[0].object.as_deref(), Some("Status"));
        let handles: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(|| {
                    let text = fixture!("client-insecure.ts");
                    (0..3).map(|_| ts(text).len()).collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            assert_eq!(handle.join().unwrap(), [3, 3, 3]);
        }
    }
}
