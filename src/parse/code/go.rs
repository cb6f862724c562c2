//! TLS settings in Go, read with tree-sitter.
//!
//! Recognised: `crypto/tls` `Config` composite literals (`tls.Config{…}`, `&tls.Config{…}`,
//! whatever the import alias), `new(tls.Config)` and `var cfg tls.Config`, wherever they sit
//! (`http.Server{TLSConfig: …}`, `http.Transport{TLSClientConfig: …}`,
//! `credentials.NewTLS(…)`); later field assignments to a variable or struct field that holds a
//! config (`cfg.MinVersion = …`, `srv.TLSConfig.ClientAuth = …`), also through a function of
//! the same file that returns the config or the server; the paths given to
//! `tls.LoadX509KeyPair`, `os.ReadFile` → `AppendCertsFromPEM` → `ClientCAs`/`RootCAs`,
//! `ListenAndServeTLS` and `ServeTLS`; the role from how the config is used (`tls.Listen`,
//! `tls.Dial`, `grpc.Creds`…) or, failing that, from its fields.
//!
//! The reading is a small abstract interpretation over one file: variables are bound, in
//! document order, to what they hold (a config, a certificate pool, a key pair, a string
//! literal, a struct literal's fields). Comments and strings are never looked at, and a struct
//! of another package with the same field names is not a `crypto/tls` `Config`.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use tree_sitter::{Node, Parser, Tree};

use crate::facts::{Spanned, TlsCallback, TlsRole, TlsSettings, TlsSource};
use crate::parse::code::CodeScan;
use crate::source::{FileId, Span};

/// Bound on nested walking/evaluation frames, whatever the nesting of the source.
const MAX_DEPTH: usize = 500;
/// Bound on the elements of a list value (`[]uint16{…}`, `append(…)`) that are tracked.
const MAX_LIST: usize = 1024;

thread_local! {
    static PARSER: RefCell<Option<Parser>> = const { RefCell::new(None) };
}

/// Every TLS configuration in the file.
pub fn scan(file: FileId, text: &str) -> CodeScan {
    if !text.contains("crypto/tls") && !text.contains("ListenAndServeTLS") {
        return CodeScan::default();
    }
    let Some(tree) = parse(text) else {
        return CodeScan::default();
    };
    let mut scanner = Scanner::new(file, text, tree.root_node());
    scanner.run(tree.root_node());
    CodeScan {
        tls: scanner.finish(),
    }
}

fn parse(text: &str) -> Option<Tree> {
    PARSER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let mut parser = Parser::new();
            parser.set_language(&tree_sitter_go::LANGUAGE.into()).ok()?;
            *slot = Some(parser);
        }
        slot.as_mut()?.parse(text, None)
    })
}

/// What an expression is known to hold.
#[derive(Clone, Debug)]
enum Val<'t> {
    /// Index into `Scanner::configs`.
    Config(usize),
    /// `credentials.NewTLS(cfg)`.
    Creds(usize),
    /// Index into `Scanner::keypairs`.
    KeyPair(usize),
    /// Index into `Scanner::pools`.
    Pool(usize),
    /// The contents of files read with `ReadFile`.
    Pem(Vec<Spanned<String>>),
    /// A string literal's text without quotes.
    Str(Spanned<String>),
    /// A `tls.Name` constant (without the package) or a number, as written.
    Const(Spanned<String>),
    List(Vec<Val<'t>>),
    /// A struct literal of another type (`http.Server{…}`): its type name without the package
    /// and the fields whose values are known.
    Struct {
        type_name: String,
        fields: Vec<(String, Val<'t>)>,
    },
    Func(Node<'t>),
}

type Env<'t> = HashMap<String, Val<'t>>;

/// Where the walk is.
#[derive(Clone, Debug, Default)]
struct Ctx {
    /// Enclosing function, or the package-level variable being initialised.
    object: Option<String>,
    /// Enclosing function declaration (node id): configs and key pairs in the same scope pair
    /// up.
    scope: Option<usize>,
    /// The function declaration whose `return`s are recorded (not inside a func literal).
    func: Option<usize>,
}

struct Cfg {
    settings: TlsSettings,
    scope: Option<usize>,
    server_use: bool,
    client_use: bool,
    server_hint: bool,
    client_hint: bool,
    certificates: bool,
    pools: Vec<usize>,
    keypairs: Vec<usize>,
}

struct KeyPair {
    api: &'static str,
    span: Span,
    scope: Option<usize>,
    object: Option<String>,
    cert_paths: Vec<Spanned<String>>,
    key_paths: Vec<Spanned<String>>,
}

struct Pool {
    /// Where the pool was created, to find the nearest config.
    start: usize,
    scope: Option<usize>,
    paths: Vec<Spanned<String>>,
}

#[derive(Clone, Debug)]
enum FuncState<'t> {
    Running,
    Done(Option<Val<'t>>),
}

struct Scanner<'t> {
    file: FileId,
    text: &'t str,
    /// Names `crypto/tls` is imported under.
    tls_aliases: HashSet<&'t str>,
    /// Every imported package name, to tell `pkg.F()` from `value.Method()`.
    imports: HashSet<&'t str>,
    functions: HashMap<&'t str, Vec<Node<'t>>>,
    methods: HashMap<&'t str, Vec<Node<'t>>>,
    func_states: HashMap<usize, FuncState<'t>>,
    returns: HashMap<usize, Val<'t>>,
    package: Env<'t>,
    configs: Vec<Cfg>,
    config_by_node: HashMap<usize, usize>,
    keypairs: Vec<KeyPair>,
    keypair_by_node: HashMap<usize, usize>,
    pools: Vec<Pool>,
    pool_by_node: HashMap<usize, usize>,
    standalone: Vec<TlsSettings>,
    depth: usize,
}

fn named_children<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).collect()
}

fn field_children<'t>(node: Node<'t>, field: &str) -> Vec<Node<'t>> {
    let mut cursor = node.walk();
    node.children_by_field_name(field, &mut cursor).collect()
}

/// The expressions of an `expression_list` (or the node itself).
fn expressions(node: Option<Node<'_>>) -> Vec<Node<'_>> {
    match node {
        Some(list) if list.kind() == "expression_list" => named_children(list)
            .into_iter()
            .filter(|n| n.kind() != "comment")
            .collect(),
        Some(node) => vec![node],
        None => Vec::new(),
    }
}

/// `literal_element` wraps keys and values of composite literals.
fn unwrap_element(node: Node<'_>) -> Node<'_> {
    if node.kind() == "literal_element" {
        named_children(node)
            .into_iter()
            .find(|n| n.kind() != "comment")
            .unwrap_or(node)
    } else {
        node
    }
}

/// `crypto/tls` is named inside an ERROR node (a mangled import block), not in a comment.
fn broken_tls_import(text: &str, root: Node<'_>) -> bool {
    text.match_indices("crypto/tls")
        .take(16)
        .any(|(at, needle)| {
            let mut node = root.descendant_for_byte_range(at, at + needle.len());
            while let Some(n) = node {
                match n.kind() {
                    "comment" => return false,
                    "ERROR" => return true,
                    _ => node = n.parent(),
                }
            }
            false
        })
}

/// The specs of a `var`/`const` declaration, with or without parentheses.
fn package_specs(decl: Node<'_>) -> Vec<Node<'_>> {
    named_children(decl)
        .into_iter()
        .flat_map(|child| match child.kind() {
            "var_spec" | "const_spec" => vec![child],
            "var_spec_list" | "const_spec_list" => named_children(child)
                .into_iter()
                .filter(|n| matches!(n.kind(), "var_spec" | "const_spec"))
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

fn node_span(node: Node<'_>) -> Span {
    Span::new(node.start_byte(), node.end_byte())
}

fn call_args(call: Node<'_>) -> Vec<Node<'_>> {
    call.child_by_field_name("arguments")
        .map(|args| {
            named_children(args)
                .into_iter()
                .filter(|n| n.kind() != "comment")
                .collect()
        })
        .unwrap_or_default()
}

const SERVER_HINTS: &[&str] = &[
    "ClientAuth",
    "ClientCAs",
    "GetCertificate",
    "GetConfigForClient",
];
const CLIENT_HINTS: &[&str] = &[
    "RootCAs",
    "ServerName",
    "InsecureSkipVerify",
    "GetClientCertificate",
];

impl<'t> Scanner<'t> {
    fn new(file: FileId, text: &'t str, root: Node<'t>) -> Scanner<'t> {
        let mut scanner = Scanner {
            file,
            text,
            tls_aliases: HashSet::new(),
            imports: HashSet::new(),
            functions: HashMap::new(),
            methods: HashMap::new(),
            func_states: HashMap::new(),
            returns: HashMap::new(),
            package: HashMap::new(),
            configs: Vec::new(),
            config_by_node: HashMap::new(),
            keypairs: Vec::new(),
            keypair_by_node: HashMap::new(),
            pools: Vec::new(),
            pool_by_node: HashMap::new(),
            standalone: Vec::new(),
            depth: 0,
        };
        scanner.collect_imports(root, 0);
        if scanner.tls_aliases.is_empty()
            && !scanner.imports.contains("tls")
            && broken_tls_import(text, root)
        {
            // The import block itself did not parse: assume the default name.
            scanner.tls_aliases.insert("tls");
            scanner.imports.insert("tls");
        }
        for decl in named_children(root) {
            let Some(name) = decl.child_by_field_name("name") else {
                continue;
            };
            let name = scanner.text(name);
            match decl.kind() {
                "function_declaration" => scanner.functions.entry(name).or_default().push(decl),
                "method_declaration" => scanner.methods.entry(name).or_default().push(decl),
                _ => {}
            }
        }
        scanner
    }

    fn text(&self, node: Node<'_>) -> &'t str {
        self.text
            .get(node.start_byte()..node.end_byte())
            .unwrap_or("")
    }

    fn written(&self, node: Node<'_>) -> Spanned<String> {
        Spanned::new(self.text(node).to_string(), node_span(node))
    }

    /// Import specs at the top level, also inside top-level ERROR nodes.
    fn collect_imports(&mut self, node: Node<'t>, depth: usize) {
        if depth > 8 {
            return;
        }
        for child in named_children(node) {
            match child.kind() {
                "import_declaration" | "import_spec_list" | "ERROR" => {
                    self.collect_imports(child, depth + 1)
                }
                "import_spec" => self.import_spec(child),
                _ => {}
            }
        }
    }

    fn import_spec(&mut self, spec: Node<'t>) {
        let Some(path) = spec.child_by_field_name("path") else {
            return;
        };
        let path = self.text(path).trim_matches(|c| c == '"' || c == '`');
        let name = match spec.child_by_field_name("name") {
            Some(name) if name.kind() == "package_identifier" => self.text(name),
            Some(_) => return,
            None => path.rsplit('/').next().unwrap_or(path),
        };
        self.imports.insert(name);
        if path == "crypto/tls" {
            self.tls_aliases.insert(name);
        }
    }

    fn is_tls(&self, node: Node<'_>) -> bool {
        matches!(node.kind(), "identifier" | "package_identifier")
            && self.tls_aliases.contains(self.text(node))
    }

    /// `tls.Config` as a type.
    fn is_tls_config_type(&self, node: Option<Node<'_>>) -> bool {
        let Some(node) = node else { return false };
        if node.kind() != "qualified_type" {
            return false;
        }
        let package = node.child_by_field_name("package");
        let name = node.child_by_field_name("name");
        matches!((package, name), (Some(p), Some(n)) if self.is_tls(p) && self.text(n) == "Config")
    }

    fn enter(&mut self) -> bool {
        if self.depth >= MAX_DEPTH {
            return false;
        }
        self.depth += 1;
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn run(&mut self, root: Node<'t>) {
        // Package-level declarations first: functions see the package's variables. Go allows
        // them in any order, so a variable is read after the ones its value names.
        let mut specs: HashMap<&'t str, Node<'t>> = HashMap::new();
        for decl in named_children(root) {
            if matches!(decl.kind(), "var_declaration" | "const_declaration") {
                for spec in package_specs(decl) {
                    for name in field_children(spec, "name") {
                        specs.entry(self.text(name)).or_insert(spec);
                    }
                }
            }
        }
        let mut package = std::mem::take(&mut self.package);
        let mut done = HashSet::new();
        for child in named_children(root) {
            match child.kind() {
                "function_declaration" | "method_declaration" | "import_declaration" => {}
                "var_declaration" | "const_declaration" => {
                    for spec in package_specs(child) {
                        self.package_spec(spec, &specs, &mut done, &mut package, 0);
                    }
                }
                _ => self.walk(child, &mut package, &Ctx::default()),
            }
        }
        package.extend(std::mem::take(&mut self.package));
        self.package = package;
        for child in named_children(root) {
            if matches!(child.kind(), "function_declaration" | "method_declaration") {
                self.function(child);
            }
        }
    }

    /// One package-level spec, after the package-level specs its value names.
    fn package_spec(
        &mut self,
        spec: Node<'t>,
        specs: &HashMap<&'t str, Node<'t>>,
        done: &mut HashSet<usize>,
        package: &mut Env<'t>,
        depth: usize,
    ) {
        if depth > 32 || !done.insert(spec.id()) {
            return;
        }
        if let Some(value) = spec.child_by_field_name("value") {
            let mut names = Vec::new();
            self.identifiers(value, &mut names, 0);
            for name in names {
                if let Some(&dep) = specs.get(name) {
                    self.package_spec(dep, specs, done, package, depth + 1);
                }
            }
        }
        self.walk(spec, package, &Ctx::default());
    }

    /// Identifiers in an expression (not inside func literals), bounded.
    fn identifiers(&self, node: Node<'_>, out: &mut Vec<&'t str>, depth: usize) {
        if depth > 64 || out.len() > 256 {
            return;
        }
        match node.kind() {
            "identifier" => out.push(self.text(node)),
            "func_literal" => {}
            _ => {
                for child in named_children(node) {
                    self.identifiers(child, out, depth + 1);
                }
            }
        }
    }

    /// Walks a function declaration once; returns what it returns.
    fn function(&mut self, decl: Node<'t>) -> Option<Val<'t>> {
        match self.func_states.get(&decl.id()) {
            Some(FuncState::Done(val)) => return val.clone(),
            Some(FuncState::Running) => return None,
            None => {}
        }
        self.func_states.insert(decl.id(), FuncState::Running);
        let name = decl.child_by_field_name("name").map(|n| self.text(n));
        let ctx = Ctx {
            object: name.map(str::to_string),
            scope: Some(decl.id()),
            func: Some(decl.id()),
        };
        let mut locals = Env::new();
        if let Some(body) = decl.child_by_field_name("body") {
            self.walk(body, &mut locals, &ctx);
        }
        let val = self.returns.get(&decl.id()).cloned();
        self.func_states
            .insert(decl.id(), FuncState::Done(val.clone()));
        val
    }

    fn walk(&mut self, node: Node<'t>, env: &mut Env<'t>, ctx: &Ctx) {
        if !self.enter() {
            return;
        }
        match node.kind() {
            "comment" | "interpreted_string_literal" | "raw_string_literal" => {}
            "function_declaration" | "method_declaration" => {
                self.function(node);
            }
            "func_literal" => {
                let mut inner = ctx.clone();
                inner.func = None;
                // After a syntax error tree-sitter reads `func name(…) {…}` as a func literal
                // with the name in an ERROR node: keep the name for `object`.
                if let Some(name) = named_children(node)
                    .into_iter()
                    .find(|n| n.kind() == "ERROR")
                    .and_then(|e| {
                        let parts = named_children(e);
                        (parts.len() == 1 && parts[0].kind() == "identifier").then(|| parts[0])
                    })
                {
                    inner.object = Some(self.text(name).to_string());
                    inner.scope = Some(node.id());
                }
                self.walk_children(node, env, &inner);
            }
            "composite_literal" => {
                if self.is_tls_config_type(node.child_by_field_name("type")) {
                    self.config(node, env, ctx);
                } else {
                    self.context_literal(node, env, ctx);
                }
                self.walk_children(node, env, ctx);
            }
            "call_expression" => {
                self.walk_children(node, env, ctx);
                self.call(node, env, ctx);
            }
            "short_var_declaration" | "assignment_statement" => {
                self.walk_children(node, env, ctx);
                self.assignment(node, env, ctx);
            }
            "var_spec" | "const_spec" => {
                let mut inner = ctx.clone();
                if ctx.scope.is_none() {
                    // A package-level variable: name the configs in its initialiser after it.
                    inner.object = node
                        .child_by_field_name("name")
                        .map(|n| self.text(n).to_string());
                }
                self.walk_children(node, env, &inner);
                self.var_spec(node, env, &inner);
            }
            "return_statement" => {
                self.walk_children(node, env, ctx);
                if let Some(func) = ctx.func {
                    let first = named_children(node)
                        .into_iter()
                        .find(|n| n.kind() != "comment")
                        .and_then(|list| expressions(Some(list)).first().copied());
                    if let Some(val) = first.and_then(|e| self.eval(e, env, ctx)) {
                        let keep = matches!(
                            self.returns.get(&func),
                            Some(Val::Config(_) | Val::Struct { .. })
                        );
                        if !keep {
                            self.returns.insert(func, val);
                        }
                    }
                }
            }
            _ => self.walk_children(node, env, ctx),
        }
        self.leave();
    }

    fn walk_children(&mut self, node: Node<'t>, env: &mut Env<'t>, ctx: &Ctx) {
        for child in named_children(node) {
            self.walk(child, env, ctx);
        }
    }

    /// The config for a `tls.Config` literal, `new(tls.Config)` call or `var x tls.Config`
    /// spec, made once.
    fn config(&mut self, node: Node<'t>, env: &Env<'t>, ctx: &Ctx) -> usize {
        if let Some(&idx) = self.config_by_node.get(&node.id()) {
            return idx;
        }
        let idx = self.configs.len();
        let mut settings =
            TlsSettings::new(self.file, TlsSource::Go, node_span(node), "tls.Config");
        settings.object = ctx.object.clone();
        self.configs.push(Cfg {
            settings,
            scope: ctx.scope,
            server_use: false,
            client_use: false,
            server_hint: false,
            client_hint: false,
            certificates: false,
            pools: Vec::new(),
            keypairs: Vec::new(),
        });
        self.config_by_node.insert(node.id(), idx);
        if node.kind() == "composite_literal"
            && let Some(body) = node.child_by_field_name("body")
        {
            for element in named_children(body) {
                if element.kind() != "keyed_element" {
                    continue;
                }
                let key = element.child_by_field_name("key").map(unwrap_element);
                let value = element.child_by_field_name("value").map(unwrap_element);
                if let (Some(key), Some(value)) = (key, value)
                    && matches!(key.kind(), "identifier" | "field_identifier")
                {
                    let key = self.text(key);
                    self.field(idx, key, value, node_span(element), env, ctx);
                }
            }
        }
        idx
    }

    /// One field of a config, from its literal or a later assignment; `span` covers the key
    /// (or assignment target) and the value.
    fn field(
        &mut self,
        idx: usize,
        key: &str,
        value: Node<'t>,
        span: Span,
        env: &Env<'t>,
        ctx: &Ctx,
    ) {
        if !self.enter() {
            return;
        }
        let is_nil = value.kind() == "nil";
        if SERVER_HINTS.contains(&key) && !is_nil {
            self.configs[idx].server_hint = true;
        }
        if CLIENT_HINTS.contains(&key) && !is_nil {
            self.configs[idx].client_hint = true;
        }
        match key {
            "MinVersion" => {
                let v = self.constant(value, env, ctx);
                self.configs[idx].settings.min_version = Some(v);
            }
            "MaxVersion" => {
                let v = self.constant(value, env, ctx);
                self.configs[idx].settings.max_version = Some(v);
            }
            "ClientAuth" => {
                let v = self.constant(value, env, ctx);
                self.configs[idx].settings.client_auth = Some(v);
            }
            "InsecureSkipVerify" => {
                let v = match value.kind() {
                    "true" => Some(Spanned::new(true, node_span(value))),
                    "false" => Some(Spanned::new(false, node_span(value))),
                    _ => None,
                };
                self.configs[idx].settings.insecure_skip_verify = v;
            }
            "CipherSuites" => {
                let extend = self.appends_to(value, "CipherSuites");
                let ciphers = match self.eval(value, env, ctx) {
                    Some(Val::List(items)) => items
                        .into_iter()
                        .filter_map(|item| match item {
                            Val::Const(s) | Val::Str(s) => Some(s),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                let settings = &mut self.configs[idx].settings;
                if extend {
                    settings.ciphers.extend(ciphers);
                } else {
                    settings.ciphers = ciphers;
                }
            }
            "ClientCAs" | "RootCAs" => {
                if key == "ClientCAs" {
                    self.configs[idx].settings.client_cas = (!is_nil).then_some(span);
                }
                if let Some(Val::Pool(pool)) = self.eval(value, env, ctx) {
                    self.configs[idx].pools.push(pool);
                }
            }
            "Certificates" => {
                self.configs[idx].certificates = !is_nil;
                let pairs = match self.eval(value, env, ctx) {
                    Some(Val::List(items)) => items
                        .into_iter()
                        .filter_map(|item| match item {
                            Val::KeyPair(k) => Some(k),
                            _ => None,
                        })
                        .collect(),
                    Some(Val::KeyPair(k)) => vec![k],
                    _ => Vec::new(),
                };
                self.configs[idx].keypairs.extend(pairs);
            }
            "VerifyPeerCertificate" | "VerifyConnection" => {
                let trivial = self.callback_trivial(value, env);
                let callbacks = &mut self.configs[idx].settings.callbacks;
                callbacks.retain(|c| c.name != key);
                if let Some(trivial) = trivial {
                    callbacks.push(TlsCallback {
                        name: key.to_string(),
                        span,
                        trivial,
                    });
                }
            }
            _ => {}
        }
        self.leave();
    }

    /// `append(x.Field, …)`.
    fn appends_to(&self, value: Node<'_>, field: &str) -> bool {
        if value.kind() != "call_expression" {
            return false;
        }
        let is_append = value
            .child_by_field_name("function")
            .is_some_and(|f| self.text(f) == "append");
        is_append
            && call_args(value).first().is_some_and(|first| {
                first.kind() == "selector_expression"
                    && first
                        .child_by_field_name("field")
                        .is_some_and(|f| self.text(f) == field)
            })
    }

    /// A `tls.Name` constant without the package, else the value as written.
    fn constant(&mut self, value: Node<'t>, env: &Env<'t>, ctx: &Ctx) -> Spanned<String> {
        match self.eval(value, env, ctx) {
            Some(Val::Const(s)) => s,
            _ => self.written(value),
        }
    }

    /// `Some(trivial)` for a verification callback, `None` for `nil`.
    fn callback_trivial(&mut self, value: Node<'t>, env: &Env<'t>) -> Option<bool> {
        let body = match value.kind() {
            "nil" => return None,
            "parenthesized_expression" => {
                let inner = named_children(value).into_iter().next()?;
                return self.callback_trivial(inner, env);
            }
            "func_literal" => value.child_by_field_name("body"),
            "identifier" => {
                let name = self.text(value);
                match env.get(name).or_else(|| self.package.get(name)) {
                    Some(Val::Func(f)) => f.child_by_field_name("body"),
                    Some(_) => None,
                    None => self
                        .functions
                        .get(name)
                        .filter(|decls| decls.len() == 1)
                        .and_then(|decls| decls[0].child_by_field_name("body")),
                }
            }
            "selector_expression" => {
                if value
                    .child_by_field_name("operand")
                    .is_some_and(|o| self.is_package(o, env))
                {
                    // A function of another package: not in this file.
                    return Some(false);
                }
                let name = value.child_by_field_name("field").map(|f| self.text(f))?;
                self.methods
                    .get(name)
                    .filter(|decls| decls.len() == 1)
                    .and_then(|decls| decls[0].child_by_field_name("body"))
            }
            _ => None,
        };
        Some(body.is_some_and(|b| self.trivial_block(b, 0)))
    }

    /// The callback can never reject a certificate: every `return` gives `nil` (or nothing),
    /// and it never panics, however much else it does (logging, counting). Nested function
    /// literals are not looked into.
    fn trivial_block(&self, block: Node<'_>, depth: usize) -> bool {
        let _ = depth;
        if block.has_error() {
            return false;
        }
        let mut stack = vec![block];
        let mut visited = 0usize;
        while let Some(current) = stack.pop() {
            visited += 1;
            if visited > 10_000 {
                return false;
            }
            match current.kind() {
                "return_statement" => {
                    let values: Vec<_> = named_children(current)
                        .into_iter()
                        .filter(|n| n.kind() != "comment")
                        .flat_map(|list| expressions(Some(list)))
                        .collect();
                    let gives_nil =
                        values.is_empty() || (values.len() == 1 && values[0].kind() == "nil");
                    if !gives_nil {
                        return false;
                    }
                    continue;
                }
                "call_expression" => {
                    let callee = current.child_by_field_name("function");
                    if callee.is_some_and(|c| {
                        let name = self.text(c);
                        name == "panic" || name.ends_with(".Fatal") || name.ends_with(".Fatalf")
                    }) {
                        return false;
                    }
                }
                "func_literal" => continue,
                _ => {}
            }
            stack.extend(named_children(current));
        }
        true
    }

    /// What an expression holds, when known.
    fn eval(&mut self, node: Node<'t>, env: &Env<'t>, ctx: &Ctx) -> Option<Val<'t>> {
        if !self.enter() {
            return None;
        }
        let val = self.eval_inner(node, env, ctx);
        self.leave();
        val
    }

    fn eval_inner(&mut self, node: Node<'t>, env: &Env<'t>, ctx: &Ctx) -> Option<Val<'t>> {
        match node.kind() {
            "parenthesized_expression" | "literal_element" => {
                let inner = named_children(node)
                    .into_iter()
                    .find(|n| n.kind() != "comment")?;
                self.eval(inner, env, ctx)
            }
            "unary_expression" => {
                let op = node.child_by_field_name("operator")?;
                if !matches!(self.text(op), "&" | "*") {
                    return None;
                }
                self.eval(node.child_by_field_name("operand")?, env, ctx)
            }
            "composite_literal" => {
                let ty = node.child_by_field_name("type");
                if self.is_tls_config_type(ty) {
                    return Some(Val::Config(self.config(node, env, ctx)));
                }
                let body = node.child_by_field_name("body")?;
                let ty = ty?;
                match ty.kind() {
                    "slice_type" | "array_type" | "implicit_length_array_type" => {
                        let items = named_children(body)
                            .into_iter()
                            .filter(|e| e.kind() == "literal_element")
                            .take(MAX_LIST)
                            .map(|e| {
                                let e = unwrap_element(e);
                                self.eval(e, env, ctx)
                                    .unwrap_or_else(|| Val::Const(self.written(e)))
                            })
                            .collect();
                        Some(Val::List(items))
                    }
                    "qualified_type" | "type_identifier" | "generic_type" => {
                        let type_name = self.type_name(ty).to_string();
                        let mut fields = Vec::new();
                        for element in named_children(body) {
                            if element.kind() != "keyed_element" {
                                continue;
                            }
                            let key = element.child_by_field_name("key").map(unwrap_element);
                            let value = element.child_by_field_name("value").map(unwrap_element);
                            if let (Some(key), Some(value)) = (key, value)
                                && key.kind() == "identifier"
                                && let Some(val) = self.eval(value, env, ctx)
                            {
                                fields.push((self.text(key).to_string(), val));
                            }
                        }
                        Some(Val::Struct { type_name, fields })
                    }
                    _ => None,
                }
            }
            "call_expression" => self.eval_call(node, env, ctx),
            "identifier" => self.lookup(self.text(node), env),
            "selector_expression" => {
                let operand = node.child_by_field_name("operand")?;
                let field = node.child_by_field_name("field")?;
                if self.is_tls(operand) && !env.contains_key(self.text(operand)) {
                    return Some(Val::Const(self.written(field)));
                }
                let path = self.path(node, 0)?;
                self.lookup(&path, env)
            }
            "int_literal" => Some(Val::Const(self.written(node))),
            "interpreted_string_literal" | "raw_string_literal" => {
                let (start, end) = (node.start_byte() + 1, node.end_byte().saturating_sub(1));
                let value = self.text.get(start..end)?;
                Some(Val::Str(Spanned::new(
                    value.to_string(),
                    Span::new(start, end),
                )))
            }
            "func_literal" => Some(Val::Func(node)),
            _ => None,
        }
    }

    fn type_name(&self, ty: Node<'_>) -> &'t str {
        match ty.kind() {
            "qualified_type" => ty
                .child_by_field_name("name")
                .map(|n| self.text(n))
                .unwrap_or(""),
            "generic_type" => ty
                .child_by_field_name("type")
                .map(|t| self.type_name(t))
                .unwrap_or(""),
            _ => self.text(ty),
        }
    }

    fn eval_call(&mut self, call: Node<'t>, env: &Env<'t>, ctx: &Ctx) -> Option<Val<'t>> {
        let function = call.child_by_field_name("function")?;
        let args = call_args(call);
        match function.kind() {
            "identifier" => {
                let name = self.text(function);
                match name {
                    "new" if self.is_tls_config_type(args.first().copied()) => {
                        Some(Val::Config(self.config(call, env, ctx)))
                    }
                    "append" => {
                        let mut items = match args.first() {
                            Some(&first) => match self.eval(first, env, ctx) {
                                Some(Val::List(items)) => items,
                                _ => Vec::new(),
                            },
                            None => Vec::new(),
                        };
                        for &arg in args.iter().skip(1) {
                            if items.len() >= MAX_LIST {
                                break;
                            }
                            match self.eval(arg, env, ctx) {
                                Some(val) => items.push(val),
                                None => items.push(Val::Const(self.written(arg))),
                            }
                        }
                        Some(Val::List(items))
                    }
                    _ if env.contains_key(name) => None,
                    _ => {
                        let decls = self.functions.get(name)?;
                        let decl = *decls.first()?;
                        self.function(decl)
                    }
                }
            }
            "selector_expression" => {
                let operand = function.child_by_field_name("operand")?;
                let field = self.text(function.child_by_field_name("field")?);
                if self.is_tls(operand) {
                    return match field {
                        "LoadX509KeyPair" | "X509KeyPair" => {
                            Some(Val::KeyPair(self.keypair(call, field, &args, env, ctx)))
                        }
                        _ => None,
                    };
                }
                match field {
                    "NewTLS" => match self.eval(*args.first()?, env, ctx) {
                        Some(Val::Config(idx)) => Some(Val::Creds(idx)),
                        _ => None,
                    },
                    "ReadFile" => match self.eval(*args.last()?, env, ctx) {
                        Some(Val::Str(path)) if !path.value.is_empty() => {
                            Some(Val::Pem(vec![path]))
                        }
                        _ => None,
                    },
                    "NewCertPool" | "SystemCertPool" => {
                        let pool = *self.pool_by_node.entry(call.id()).or_insert_with(|| {
                            self.pools.push(Pool {
                                start: call.start_byte(),
                                scope: ctx.scope,
                                paths: Vec::new(),
                            });
                            self.pools.len() - 1
                        });
                        Some(Val::Pool(pool))
                    }
                    "Clone" => match self.eval(operand, env, ctx) {
                        Some(Val::Config(idx)) => Some(Val::Config(idx)),
                        _ => None,
                    },
                    _ if self.is_package(operand, env) => None,
                    _ => {
                        let decls = self.methods.get(field)?;
                        let decl = *decls.first()?;
                        self.function(decl)
                    }
                }
            }
            _ => None,
        }
    }

    /// An imported package name not shadowed by a local.
    fn is_package(&self, node: Node<'_>, env: &Env<'t>) -> bool {
        node.kind() == "identifier"
            && self.imports.contains(self.text(node))
            && !env.contains_key(self.text(node))
    }

    fn keypair(
        &mut self,
        call: Node<'t>,
        api: &str,
        args: &[Node<'t>],
        env: &Env<'t>,
        ctx: &Ctx,
    ) -> usize {
        if let Some(&idx) = self.keypair_by_node.get(&call.id()) {
            return idx;
        }
        let (cert_paths, key_paths) = if api == "LoadX509KeyPair" {
            (
                self.path_arg(args.first().copied(), env, ctx),
                self.path_arg(args.get(1).copied(), env, ctx),
            )
        } else {
            (
                self.pem_arg(args.first().copied(), env, ctx),
                self.pem_arg(args.get(1).copied(), env, ctx),
            )
        };
        let idx = self.keypairs.len();
        self.keypairs.push(KeyPair {
            api: if api == "LoadX509KeyPair" {
                "tls.LoadX509KeyPair"
            } else {
                "tls.X509KeyPair"
            },
            span: node_span(call),
            scope: ctx.scope,
            object: ctx.object.clone(),
            cert_paths,
            key_paths,
        });
        self.keypair_by_node.insert(call.id(), idx);
        idx
    }

    /// A non-empty literal path (or a constant/variable holding one).
    fn path_arg(
        &mut self,
        arg: Option<Node<'t>>,
        env: &Env<'t>,
        ctx: &Ctx,
    ) -> Vec<Spanned<String>> {
        match arg.and_then(|a| self.eval(a, env, ctx)) {
            Some(Val::Str(path)) if !path.value.is_empty() => vec![path],
            _ => Vec::new(),
        }
    }

    /// The files read into a PEM argument.
    fn pem_arg(&mut self, arg: Option<Node<'t>>, env: &Env<'t>, ctx: &Ctx) -> Vec<Spanned<String>> {
        match arg.and_then(|a| self.eval(a, env, ctx)) {
            Some(Val::Pem(paths)) => paths,
            _ => Vec::new(),
        }
    }

    fn lookup(&self, path: &str, env: &Env<'t>) -> Option<Val<'t>> {
        if let Some(val) = env.get(path).or_else(|| self.package.get(path)) {
            return Some(val.clone());
        }
        let (prefix, field) = path.rsplit_once('.')?;
        match self.lookup(prefix, env)? {
            Val::Struct { fields, .. } => fields
                .into_iter()
                .rev()
                .find(|(name, _)| name == field)
                .map(|(_, val)| val),
            _ => None,
        }
    }

    /// `a`, `a.b.c` for identifiers and selectors (through parentheses and `*`).
    fn path(&self, node: Node<'_>, depth: usize) -> Option<String> {
        if depth > 32 {
            return None;
        }
        match node.kind() {
            "identifier" => Some(self.text(node).to_string()),
            "selector_expression" => {
                let operand = self.path(node.child_by_field_name("operand")?, depth + 1)?;
                let field = self.text(node.child_by_field_name("field")?);
                Some(format!("{operand}.{field}"))
            }
            "parenthesized_expression" => {
                self.path(named_children(node).into_iter().next()?, depth + 1)
            }
            "unary_expression" => {
                let op = node.child_by_field_name("operator")?;
                if self.text(op) != "*" {
                    return None;
                }
                self.path(node.child_by_field_name("operand")?, depth + 1)
            }
            _ => None,
        }
    }

    /// Roles from a struct literal holding a config: `http.Server{TLSConfig: …}`,
    /// `http.Transport{TLSClientConfig: …}`, `tls.Dialer{Config: …}`.
    fn context_literal(&mut self, node: Node<'t>, env: &Env<'t>, ctx: &Ctx) {
        let Some(ty) = node.child_by_field_name("type") else {
            return;
        };
        let Some(body) = node.child_by_field_name("body") else {
            return;
        };
        let type_name = self.type_name(ty);
        let tls_dialer = ty.kind() == "qualified_type"
            && ty
                .child_by_field_name("package")
                .is_some_and(|p| self.is_tls(p))
            && type_name == "Dialer";
        for element in named_children(body) {
            if element.kind() != "keyed_element" {
                continue;
            }
            let key = element.child_by_field_name("key").map(unwrap_element);
            let value = element.child_by_field_name("value").map(unwrap_element);
            let (Some(key), Some(value)) = (key, value) else {
                continue;
            };
            let role = match self.text(key) {
                "TLSConfig" if type_name == "Server" => TlsRole::Server,
                "TLSClientConfig" => TlsRole::Client,
                "Config" if tls_dialer => TlsRole::Client,
                _ => continue,
            };
            if let Some(Val::Config(idx)) = self.eval(value, env, ctx) {
                self.use_as(idx, role);
            }
        }
    }

    fn use_as(&mut self, idx: usize, role: TlsRole) {
        match role {
            TlsRole::Server => self.configs[idx].server_use = true,
            TlsRole::Client => self.configs[idx].client_use = true,
            TlsRole::Unknown => {}
        }
    }

    fn call(&mut self, call: Node<'t>, env: &Env<'t>, ctx: &Ctx) {
        let Some(function) = call.child_by_field_name("function") else {
            return;
        };
        if function.kind() != "selector_expression" {
            return;
        }
        let (Some(operand), Some(field)) = (
            function.child_by_field_name("operand"),
            function.child_by_field_name("field"),
        ) else {
            return;
        };
        let field = self.text(field);
        let args = call_args(call);
        let role = if self.is_tls(operand) {
            match field {
                "Listen" | "NewListener" | "Server" => TlsRole::Server,
                "Dial" | "DialWithDialer" | "Client" => TlsRole::Client,
                _ => TlsRole::Unknown,
            }
        } else {
            match field {
                "Creds" => TlsRole::Server,
                "WithTransportCredentials" => TlsRole::Client,
                "ListenAndServeTLS" | "ServeTLS" => {
                    self.serve_tls(call, operand, field, &args, env, ctx);
                    return;
                }
                "AppendCertsFromPEM" => {
                    if let Some(Val::Pool(pool)) = self.eval(operand, env, ctx)
                        && let Some(Val::Pem(paths)) =
                            args.first().and_then(|&a| self.eval(a, env, ctx))
                    {
                        self.pools[pool].paths.extend(paths);
                    }
                    return;
                }
                _ => return,
            }
        };
        if role == TlsRole::Unknown {
            return;
        }
        for arg in args {
            if let Some(Val::Config(idx) | Val::Creds(idx)) = self.eval(arg, env, ctx) {
                self.use_as(idx, role);
            }
        }
    }

    /// `http.ListenAndServeTLS(addr, cert, key, h)`, `srv.ListenAndServeTLS(cert, key)`,
    /// `http.ServeTLS(l, h, cert, key)`, `srv.ServeTLS(l, cert, key)`.
    fn serve_tls(
        &mut self,
        call: Node<'t>,
        operand: Node<'t>,
        field: &str,
        args: &[Node<'t>],
        env: &Env<'t>,
        ctx: &Ctx,
    ) {
        let (cert, key) = match (field, args.len()) {
            ("ListenAndServeTLS", 2) => (0, 1),
            ("ListenAndServeTLS", 3 | 4) => (1, 2),
            ("ServeTLS", 3) => (1, 2),
            ("ServeTLS", 4) => (2, 3),
            _ => return,
        };
        let cert_paths = self.path_arg(Some(args[cert]), env, ctx);
        let key_paths = self.path_arg(Some(args[key]), env, ctx);
        let package_call = self.is_package(operand, env);
        let (config, known_server) = if package_call {
            (None, false)
        } else {
            let config = self.path(operand, 0).and_then(|p| {
                match self.lookup(&format!("{p}.TLSConfig"), env) {
                    Some(Val::Config(idx)) => Some(idx),
                    _ => None,
                }
            });
            let config = config.or_else(|| match self.eval(operand, env, ctx) {
                Some(Val::Struct { fields, .. }) => {
                    fields.into_iter().rev().find_map(|(name, val)| match val {
                        Val::Config(idx) if name == "TLSConfig" => Some(idx),
                        _ => None,
                    })
                }
                _ => None,
            });
            let known = config.is_none()
                && matches!(self.eval(operand, env, ctx), Some(Val::Struct { .. }));
            (config, known)
        };
        if let Some(idx) = config {
            self.use_as(idx, TlsRole::Server);
            let settings = &mut self.configs[idx].settings;
            settings.cert_paths.extend(cert_paths);
            settings.key_paths.extend(key_paths);
            return;
        }
        if !package_call && !known_server && cert_paths.is_empty() && key_paths.is_empty() {
            // A server built elsewhere: its config may be set there.
            return;
        }
        let api = if package_call {
            format!("{}.{field}", self.text(operand))
        } else {
            format!("http.Server.{field}")
        };
        let mut settings = TlsSettings::new(self.file, TlsSource::Go, node_span(call), api);
        settings.object = ctx.object.clone();
        settings.role = TlsRole::Server;
        settings.cert_paths = cert_paths;
        settings.key_paths = key_paths;
        self.standalone.push(settings);
    }

    fn assignment(&mut self, node: Node<'t>, env: &mut Env<'t>, ctx: &Ctx) {
        let operator = node.child_by_field_name("operator").map(|op| self.text(op));
        if node.kind() == "assignment_statement" && operator != Some("=") {
            return;
        }
        let left = expressions(node.child_by_field_name("left"));
        let right = expressions(node.child_by_field_name("right"));
        self.bind_pairs(&left, &right, env, ctx);
    }

    fn var_spec(&mut self, node: Node<'t>, env: &mut Env<'t>, ctx: &Ctx) {
        let names = field_children(node, "name");
        let values = expressions(node.child_by_field_name("value"));
        if values.is_empty() {
            if node.kind() == "var_spec"
                && self.is_tls_config_type(node.child_by_field_name("type"))
                && names.len() == 1
            {
                let idx = self.config(node, env, ctx);
                self.bind(names[0], Val::Config(idx), env, ctx);
            }
            return;
        }
        self.bind_pairs(&names, &values, env, ctx);
    }

    fn bind_pairs(&mut self, left: &[Node<'t>], right: &[Node<'t>], env: &mut Env<'t>, ctx: &Ctx) {
        let pairs: Vec<(Node<'t>, Node<'t>)> = if left.len() == right.len() {
            left.iter().copied().zip(right.iter().copied()).collect()
        } else if right.len() == 1 && !left.is_empty() {
            vec![(left[0], right[0])]
        } else {
            Vec::new()
        };
        for (target, value) in pairs {
            // `cfg.MinVersion = …`, `srv.TLSConfig.ClientAuth = …`.
            if target.kind() == "selector_expression"
                && let (Some(operand), Some(field)) = (
                    target.child_by_field_name("operand"),
                    target.child_by_field_name("field"),
                )
            {
                let field = self.text(field);
                let span = Span::new(target.start_byte(), value.end_byte());
                match self.eval(operand, env, ctx) {
                    Some(Val::Config(idx)) => self.field(idx, field, value, span, env, ctx),
                    Some(Val::Struct { type_name, .. })
                        if field == "TLSConfig" && type_name == "Server" =>
                    {
                        if let Some(Val::Config(idx)) = self.eval(value, env, ctx) {
                            self.use_as(idx, TlsRole::Server);
                        }
                    }
                    _ if field == "TLSClientConfig" => {
                        if let Some(Val::Config(idx)) = self.eval(value, env, ctx) {
                            self.use_as(idx, TlsRole::Client);
                        }
                    }
                    _ => {}
                }
            }
            match self.eval(value, env, ctx) {
                Some(val) => self.bind(target, val, env, ctx),
                None => {
                    if let Some(path) = self.path(target, 0) {
                        env.remove(&path);
                    }
                }
            }
        }
    }

    fn bind(&mut self, target: Node<'t>, val: Val<'t>, env: &mut Env<'t>, ctx: &Ctx) {
        let Some(path) = self.path(target, 0) else {
            return;
        };
        if path == "_" {
            return;
        }
        if ctx.scope.is_none()
            && let Val::Config(idx) = val
            && self.configs[idx].settings.object.is_none()
        {
            self.configs[idx].settings.object = Some(path.clone());
        }
        env.insert(path, val);
    }

    fn finish(mut self) -> Vec<TlsSettings> {
        // Key pairs: the config that uses the certificate, else the nearest config in the same
        // function, else settings of their own.
        for kp in std::mem::take(&mut self.keypairs).into_iter().enumerate() {
            let (id, kp) = kp;
            let users: Vec<usize> = (0..self.configs.len())
                .filter(|&i| self.configs[i].keypairs.contains(&id))
                .collect();
            let targets = if users.is_empty() {
                self.nearest(kp.scope, kp.span.start).into_iter().collect()
            } else {
                users
            };
            if targets.is_empty() {
                if kp.cert_paths.is_empty() && kp.key_paths.is_empty() {
                    continue;
                }
                let mut settings = TlsSettings::new(self.file, TlsSource::Go, kp.span, kp.api);
                settings.object = kp.object;
                settings.cert_paths = kp.cert_paths;
                settings.key_paths = kp.key_paths;
                self.standalone.push(settings);
                continue;
            }
            for idx in targets {
                let settings = &mut self.configs[idx].settings;
                settings.cert_paths.extend(kp.cert_paths.iter().cloned());
                settings.key_paths.extend(kp.key_paths.iter().cloned());
            }
        }
        // CA pools: the configs that use them, else the nearest config in the same function.
        for id in 0..self.pools.len() {
            let users: Vec<usize> = (0..self.configs.len())
                .filter(|&i| self.configs[i].pools.contains(&id))
                .collect();
            let targets: Vec<usize> = if users.is_empty() {
                self.nearest(self.pools[id].scope, self.pools[id].start)
                    .into_iter()
                    .collect()
            } else {
                users
            };
            for idx in targets {
                let paths = self.pools[id].paths.clone();
                self.configs[idx].settings.ca_paths.extend(paths);
            }
        }
        let mut out: Vec<TlsSettings> = self
            .configs
            .into_iter()
            .map(|cfg| {
                let mut settings = cfg.settings;
                settings.role = if cfg.server_use != cfg.client_use {
                    if cfg.server_use {
                        TlsRole::Server
                    } else {
                        TlsRole::Client
                    }
                } else if cfg.server_hint {
                    TlsRole::Server
                } else if cfg.client_hint {
                    TlsRole::Client
                } else if cfg.certificates {
                    TlsRole::Server
                } else {
                    TlsRole::Unknown
                };
                for paths in [
                    &mut settings.cert_paths,
                    &mut settings.key_paths,
                    &mut settings.ca_paths,
                ] {
                    let mut seen = HashSet::new();
                    paths.retain(|p| seen.insert(p.span));
                }
                settings
            })
            .collect();
        out.extend(self.standalone);
        out.sort_by_key(|s| (s.span.start, s.span.end));
        out
    }

    /// The config closest to `offset` in the same scope.
    fn nearest(&self, scope: Option<usize>, offset: usize) -> Option<usize> {
        self.configs
            .iter()
            .enumerate()
            .filter(|(_, cfg)| cfg.scope == scope)
            .min_by_key(|(_, cfg)| cfg.settings.span.start.abs_diff(offset))
            .map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::LineIndex;

    macro_rules! fixture {
        ($name:literal) => {
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/testdata/tls/go/",
                $name
            ))
        };
    }

    fn at(text: &str, span: Span) -> &str {
        &text[span.start..span.end]
    }

    fn pos(text: &str, span: Span) -> (usize, usize) {
        let p = LineIndex::new(text).position(text, span.start);
        (p.line, p.column)
    }

    fn only(text: &str) -> TlsSettings {
        let mut tls = scan(0, text).tls;
        assert_eq!(tls.len(), 1, "{tls:#?}");
        tls.remove(0)
    }

    /// Values, each checked against the text at its span.
    fn values<'a>(text: &str, items: &'a [Spanned<String>]) -> Vec<&'a str> {
        for item in items {
            assert_eq!(at(text, item.span), item.value);
        }
        items.iter().map(|i| i.value.as_str()).collect()
    }

    fn value<'a>(text: &str, item: &'a Option<Spanned<String>>) -> Option<&'a str> {
        item.as_ref().map(|i| {
            assert_eq!(at(text, i.span), i.value);
            i.value.as_str()
        })
    }

    #[test]
    fn chi_server_verify_nil() {
        let text = fixture!("chi-server-verify-nil.go");
        let s = only(text);
        assert_eq!(s.api, "tls.Config");
        assert_eq!(s.source, TlsSource::Go);
        assert_eq!(s.object.as_deref(), Some("main"));
        assert_eq!(s.role, TlsRole::Server);
        assert!(at(text, s.span).starts_with("tls.Config{\n\t\t\tClientAuth:"));
        assert!(at(text, s.span).ends_with("},\n\t\t}"));
        assert_eq!(pos(text, s.span), (30, 15));
        assert_eq!(value(text, &s.client_auth), Some("RequireAnyClientCert"));
        assert_eq!(pos(text, s.client_auth.as_ref().unwrap().span), (31, 20));
        assert_eq!(s.callbacks.len(), 1);
        let cb = &s.callbacks[0];
        assert_eq!(cb.name, "VerifyPeerCertificate");
        assert!(cb.trivial);
        assert!(at(text, cb.span).starts_with("VerifyPeerCertificate: func(rawCerts"));
        assert!(at(text, cb.span).ends_with("return nil\n\t\t\t}"));
        assert_eq!(pos(text, cb.span), (32, 4));
        assert_eq!(s.min_version, None);
        assert_eq!(s.client_cas, None);
        assert_eq!(values(text, &s.cert_paths), ["certs/server.crt"]);
        assert_eq!(values(text, &s.key_paths), ["certs/server.key"]);
    }

    #[test]
    fn chi_server_good() {
        let text = fixture!("chi-server-good.go");
        let s = only(text);
        assert_eq!(s.object.as_deref(), Some("newServer"));
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(pos(text, s.span), (37, 16));
        assert_eq!(value(text, &s.min_version), Some("VersionTLS12"));
        assert_eq!(
            value(text, &s.client_auth),
            Some("RequireAndVerifyClientCert")
        );
        assert_eq!(at(text, s.client_cas.unwrap()), "ClientCAs:    clientCAs");
        assert_eq!(
            values(text, &s.ciphers),
            [
                "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            ]
        );
        // A named function, judged by its declaration: comments, `_ = x`, `return nil`.
        assert_eq!(s.callbacks.len(), 1);
        assert!(s.callbacks[0].trivial);
        assert_eq!(
            at(text, s.callbacks[0].span),
            "VerifyPeerCertificate: acceptAll"
        );
        assert_eq!(values(text, &s.cert_paths), ["/etc/ledger/tls/server.crt"]);
        assert_eq!(values(text, &s.key_paths), ["/etc/ledger/tls/server.key"]);
        assert_eq!(
            values(text, &s.ca_paths),
            ["/etc/ledger/tls/clients-ca.crt"]
        );
        // `srv.ListenAndServeTLS("", "")` on the server `newServer` returns: no paths, no
        // settings of its own.
    }

    #[test]
    fn request_client_cert() {
        let text = fixture!("request-client-cert.go");
        let s = only(text);
        assert_eq!(s.object.as_deref(), Some("serve"));
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(pos(text, s.span), (25, 10));
        assert_eq!(value(text, &s.client_auth), Some("RequestClientCert"));
        assert_eq!(pos(text, s.client_auth.as_ref().unwrap().span), (28, 21));
        assert!(s.callbacks.is_empty());
        assert_eq!(value(text, &s.min_version), Some("VersionTLS12"));
        assert_eq!(values(text, &s.cert_paths), ["gateway.pem"]);
        assert_eq!(values(text, &s.key_paths), ["gateway-key.pem"]);
    }

    #[test]
    fn insecure_client() {
        let text = fixture!("insecure-client.go");
        let s = only(text);
        assert_eq!(s.object.as_deref(), Some("upstream"));
        assert_eq!(s.role, TlsRole::Client);
        assert_eq!(pos(text, s.span), (18, 21));
        let insecure = s.insecure_skip_verify.unwrap();
        assert!(insecure.value);
        assert_eq!(at(text, insecure.span), "true");
        assert_eq!(pos(text, insecure.span), (19, 24));
    }

    #[test]
    fn weak_protocol_merges_later_assignments() {
        let text = fixture!("weak-protocol.go");
        let s = only(text);
        assert_eq!(s.object.as_deref(), Some("buildTLS"));
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(pos(text, s.span), (15, 10));
        // `cfg.MinVersion = tls.VersionTLS10`, after the literal.
        let min = s.min_version.as_ref().unwrap();
        assert_eq!(value(text, &s.min_version), Some("VersionTLS10"));
        assert_eq!(pos(text, min.span), (19, 23));
        // `srv.TLSConfig.… = …` through the server built from `buildTLS()`.
        assert_eq!(
            value(text, &s.client_auth),
            Some("RequireAndVerifyClientCert")
        );
        assert_eq!(
            at(text, s.client_cas.unwrap()),
            "srv.TLSConfig.ClientCAs = pool"
        );
        assert_eq!(values(text, &s.ca_paths), ["/etc/pos/terminals-ca.pem"]);
        assert_eq!(values(text, &s.cert_paths), ["/etc/pos/server.crt"]);
        assert_eq!(values(text, &s.key_paths), ["/etc/pos/server.key"]);
    }

    #[test]
    fn missing_min_version() {
        let text = fixture!("missing-min-version.go");
        let s = only(text);
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(pos(text, s.span), (43, 16));
        assert_eq!(s.min_version, None);
        assert_eq!(
            value(text, &s.client_auth),
            Some("RequireAndVerifyClientCert")
        );
        assert_eq!(at(text, s.client_cas.unwrap()), "ClientCAs:        agents");
        assert_eq!(s.callbacks.len(), 1);
        assert_eq!(s.callbacks[0].name, "VerifyConnection");
        assert!(!s.callbacks[0].trivial);
        assert_eq!(values(text, &s.ca_paths), ["/run/secrets/agents-ca.pem"]);
        assert_eq!(values(text, &s.cert_paths), ["/run/secrets/relay.crt"]);
        assert_eq!(values(text, &s.key_paths), ["/run/secrets/relay.key"]);
    }

    #[test]
    fn weak_ciphers() {
        let text = fixture!("weak-ciphers.go");
        let s = only(text);
        assert_eq!(s.role, TlsRole::Server);
        assert_eq!(
            values(text, &s.ciphers),
            [
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_RSA_WITH_RC4_128_SHA",
                "TLS_RSA_WITH_AES_128_CBC_SHA",
            ]
        );
        assert_eq!(pos(text, s.ciphers[1].span), (25, 9));
        assert_eq!(pos(text, s.ciphers[2].span), (26, 9));
    }

    #[test]
    fn aliased_import() {
        let text = fixture!("aliased-import.go");
        // Only `stdtls.Config`: the platform package imported as `tls` is not crypto/tls.
        let s = only(text);
        assert_eq!(s.object.as_deref(), Some("listen"));
        assert_eq!(s.role, TlsRole::Server);
        assert!(at(text, s.span).starts_with("stdtls.Config{"));
        assert_eq!(value(text, &s.min_version), Some("VersionTLS11"));
        assert_eq!(pos(text, s.min_version.as_ref().unwrap().span), (17, 22));
        assert_eq!(value(text, &s.client_auth), Some("VerifyClientCertIfGiven"));
        assert_eq!(s.insecure_skip_verify, None);
    }

    #[test]
    fn decoys_yield_nothing() {
        let text = fixture!("decoys.go");
        assert!(scan(0, text).tls.is_empty());
    }

    #[test]
    fn syntax_error_elsewhere() {
        let text = fixture!("syntax-error.go");
        assert!(parse(text).unwrap().root_node().has_error());
        let s = only(text);
        // tree-sitter reads the functions after the error as func literals; the name is kept.
        assert_eq!(s.object.as_deref(), Some("newClient"));
        assert_eq!(s.role, TlsRole::Client);
        let insecure = s.insecure_skip_verify.unwrap();
        assert!(insecure.value);
        assert_eq!(pos(text, insecure.span), (21, 53));
    }

    #[test]
    fn test_code() {
        let text = fixture!("client_test.go");
        let s = only(text);
        assert_eq!(s.object.as_deref(), Some("TestOrdersOverTLS"));
        assert_eq!(s.role, TlsRole::Client);
        assert_eq!(pos(text, s.insecure_skip_verify.unwrap().span), (22, 52));
    }

    #[test]
    fn tls13_grpc_and_gateway() {
        let text = fixture!("tls13.go");
        let tls = scan(0, text).tls;
        assert_eq!(tls.len(), 2, "{tls:#?}");
        let (grpc, gateway) = (&tls[0], &tls[1]);
        assert_eq!(grpc.role, TlsRole::Server);
        assert_eq!(value(text, &grpc.min_version), Some("VersionTLS13"));
        assert_eq!(value(text, &grpc.max_version), Some("0x0304"));
        assert_eq!(values(text, &grpc.cert_paths), ["/var/run/tls/tls.crt"]);
        assert_eq!(pos(text, grpc.cert_paths[0].span), (18, 36));
        assert_eq!(values(text, &grpc.key_paths), ["/var/run/tls/tls.key"]);
        assert_eq!(gateway.role, TlsRole::Server);
        assert_eq!(value(text, &gateway.min_version), Some("VersionTLS13"));
        assert_eq!(pos(text, gateway.cert_paths[0].span), (45, 39));
    }

    #[test]
    fn pre_filter() {
        let text = "package x\n\nfunc f() { _ = &tls.Config{InsecureSkipVerify: true} }\n";
        assert!(scan(0, text).tls.is_empty());
    }

    #[test]
    fn listen_and_serve_tls_without_config() {
        let text = r#"package main

import "net/http"

func main() {
	go http.ListenAndServeTLS(":443", "cert.pem", "key.pem", nil)
	srv := &http.Server{Addr: ":8443"}
	srv.ListenAndServeTLS("/certs/a.crt", `/certs/a.key`)
}

func other(s *http.Server) {
	s.ListenAndServeTLS("", "")
}
"#;
        let tls = scan(3, text).tls;
        assert_eq!(tls.len(), 2, "{tls:#?}");
        assert_eq!(tls[0].file, 3);
        assert_eq!(tls[0].api, "http.ListenAndServeTLS");
        assert_eq!(tls[0].role, TlsRole::Server);
        assert_eq!(tls[0].object.as_deref(), Some("main"));
        assert!(at(text, tls[0].span).starts_with("http.ListenAndServeTLS(\":443\""));
        assert_eq!(values(text, &tls[0].cert_paths), ["cert.pem"]);
        assert_eq!(values(text, &tls[0].key_paths), ["key.pem"]);
        assert_eq!(tls[1].api, "http.Server.ListenAndServeTLS");
        assert_eq!(values(text, &tls[1].cert_paths), ["/certs/a.crt"]);
        assert_eq!(values(text, &tls[1].key_paths), ["/certs/a.key"]);
    }

    #[test]
    fn key_pairs_attach_to_user_else_nearest_else_own() {
        let text = r#"package main

import "crypto/tls"

const certFile = "/tls/server.crt"

func server() *tls.Config {
	cert, _ := tls.LoadX509KeyPair(certFile, "/tls/server.key")
	other := &tls.Config{MinVersion: tls.VersionTLS12}
	_ = other
	return &tls.Config{
		GetCertificate: func(*tls.ClientHelloInfo) (*tls.Certificate, error) { return &cert, nil },
	}
}

func used() *tls.Config {
	a := &tls.Config{}
	pair, _ := tls.LoadX509KeyPair("used.crt", "used.key")
	b := &tls.Config{}
	b.Certificates = append(b.Certificates, pair)
	_ = a
	return b
}

func loadOnly() tls.Certificate {
	cert, _ := tls.LoadX509KeyPair("alone.crt", "alone.key")
	return cert
}
"#;
        let tls = scan(0, text).tls;
        assert_eq!(tls.len(), 5, "{tls:#?}");
        // Not in `Certificates`: the nearest config of the function (the first).
        assert_eq!(values(text, &tls[0].cert_paths), ["/tls/server.crt"]);
        assert_eq!(at(text, tls[0].cert_paths[0].span), "/tls/server.crt");
        assert_eq!(pos(text, tls[0].cert_paths[0].span), (5, 19));
        assert_eq!(values(text, &tls[0].key_paths), ["/tls/server.key"]);
        assert!(tls[1].cert_paths.is_empty());
        assert_eq!(tls[1].role, TlsRole::Server);
        // `b.Certificates = append(…)` names the config.
        assert!(tls[2].cert_paths.is_empty());
        assert_eq!(values(text, &tls[3].cert_paths), ["used.crt"]);
        assert_eq!(tls[3].role, TlsRole::Server);
        // No config in the function: settings of its own.
        assert_eq!(tls[4].api, "tls.LoadX509KeyPair");
        assert_eq!(tls[4].object.as_deref(), Some("loadOnly"));
        assert_eq!(tls[4].role, TlsRole::Unknown);
        assert!(at(text, tls[4].span).starts_with("tls.LoadX509KeyPair("));
        assert_eq!(values(text, &tls[4].cert_paths), ["alone.crt"]);
        assert_eq!(values(text, &tls[4].key_paths), ["alone.key"]);
    }

    #[test]
    fn callbacks_judged() {
        let text = r#"package main

import (
	"crypto/tls"
	"crypto/x509"
	"log"

	"github.com/acme/verify"
)

type checker struct{}

func (checker) ok(cs tls.ConnectionState) error { return nil }

func strict(raw [][]byte, chains [][]*x509.Certificate) error {
	if len(chains) == 0 {
		return errNoChain
	}
	return nil
}

func empty(raw [][]byte, chains [][]*x509.Certificate) error {}

func main() {
	var c checker
	logOnly := func(raw [][]byte, chains [][]*x509.Certificate) error {
		log.Println("client connected")
		return nil
	}
	configs := []*tls.Config{
		{},
		&tls.Config{VerifyPeerCertificate: strict, VerifyConnection: c.ok},
		&tls.Config{VerifyPeerCertificate: logOnly},
		&tls.Config{VerifyPeerCertificate: empty, VerifyConnection: nil},
		&tls.Config{VerifyPeerCertificate: verify.Chains},
		&tls.Config{VerifyConnection: func(tls.ConnectionState) error { _, _ = c, log.Println; return nil }},
	}
	_ = configs
}
"#;
        let tls = scan(0, text).tls;
        assert_eq!(tls.len(), 5, "{tls:#?}");
        fn judged(s: &TlsSettings) -> Vec<(&str, bool)> {
            s.callbacks
                .iter()
                .map(|c| (c.name.as_str(), c.trivial))
                .collect()
        }
        assert_eq!(
            judged(&tls[0]),
            [("VerifyPeerCertificate", false), ("VerifyConnection", true)]
        );
        assert_eq!(at(text, tls[0].callbacks[1].span), "VerifyConnection: c.ok");
        // Logging and returning nil can never reject a certificate.
        assert_eq!(judged(&tls[1]), [("VerifyPeerCertificate", true)]);
        assert_eq!(judged(&tls[2]), [("VerifyPeerCertificate", true)]);
        assert_eq!(judged(&tls[3]), [("VerifyPeerCertificate", false)]);
        assert_eq!(judged(&tls[4]), [("VerifyConnection", true)]);
    }

    #[test]
    fn roles() {
        let text = r#"package main

import (
	"crypto/tls"
	"crypto/x509"
	"net"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

func main() {
	dial := &tls.Config{MinVersion: tls.VersionTLS12}
	conn, _ := tls.Dial("tcp", "db:5432", dial)
	_ = conn

	creds := credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS13})
	cc, _ := grpc.Dial("api:443", grpc.WithTransportCredentials(creds))
	_ = cc

	serverCreds := credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS13})
	_ = grpc.NewServer(grpc.Creds(serverCreds))

	pool, _ := x509.SystemCertPool()
	hinted := &tls.Config{RootCAs: pool}
	_ = hinted

	unknown := &tls.Config{MinVersion: tls.VersionTLS12}
	_ = unknown

	d := tls.Dialer{Config: &tls.Config{}}
	_ = d

	srv := &http.Server{Addr: ":443"}
	srv.TLSConfig = &tls.Config{}

	raw, _ := net.Dial("tcp", "x:1")
	_ = tls.Client(raw, &tls.Config{ClientAuth: tls.NoClientCert})
}
"#;
        let roles: Vec<TlsRole> = scan(0, text).tls.iter().map(|s| s.role).collect();
        use TlsRole::*;
        assert_eq!(
            roles,
            [
                Client, Client, Server, Client, Unknown, Client, Server, Client
            ]
        );
    }

    #[test]
    fn package_level_config_and_other_forms() {
        let text = r#"package main

import (
	"crypto/tls"
	"flag"
	"os"
	"crypto/x509"
)

var tlsConfig = &tls.Config{CipherSuites: weak}

var weak = []uint16{tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA}

var insecure = flag.Bool("insecure", false, "")

func main() {
	tlsConfig.MinVersion = tls.VersionTLS10
	tlsConfig.CipherSuites = append(tlsConfig.CipherSuites, tls.TLS_RSA_WITH_RC4_128_SHA, 0x000a)
	ln, _ := tls.Listen("tcp", ":443", tlsConfig)
	_ = ln

	cfg := new(tls.Config)
	cfg.MinVersion = 0x0301
	cfg.InsecureSkipVerify = *insecure
	ca, _ := os.ReadFile("roots.pem")
	roots := x509.NewCertPool()
	roots.AppendCertsFromPEM(ca)
	cfg.RootCAs = roots

	var plain tls.Config
	plain.MaxVersion = tls.VersionTLS11
	plain.InsecureSkipVerify = true
}
"#;
        let tls = scan(0, text).tls;
        assert_eq!(tls.len(), 3, "{tls:#?}");
        let package = &tls[0];
        assert_eq!(package.object.as_deref(), Some("tlsConfig"));
        assert_eq!(package.role, TlsRole::Server);
        assert_eq!(value(text, &package.min_version), Some("VersionTLS10"));
        // `weak` is declared after the config (Go allows it); the append adds to it.
        assert_eq!(
            values(text, &package.ciphers),
            [
                "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
                "TLS_RSA_WITH_RC4_128_SHA",
                "0x000a"
            ]
        );
        let new = &tls[1];
        assert!(at(text, new.span).starts_with("new(tls.Config)"));
        assert_eq!(new.object.as_deref(), Some("main"));
        assert_eq!(value(text, &new.min_version), Some("0x0301"));
        assert_eq!(new.insecure_skip_verify, None);
        assert_eq!(values(text, &new.ca_paths), ["roots.pem"]);
        assert_eq!(new.role, TlsRole::Client);
        let plain = &tls[2];
        assert_eq!(at(text, plain.span), "plain tls.Config");
        assert_eq!(value(text, &plain.max_version), Some("VersionTLS11"));
        assert!(plain.insecure_skip_verify.as_ref().unwrap().value);
    }

    #[test]
    fn cipher_list_from_variable() {
        let text = r#"package main

import "crypto/tls"

var suites = []uint16{
	tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	tls.TLS_RSA_WITH_AES_256_CBC_SHA,
}

func main() {
	min := tls.VersionTLS11
	_ = &tls.Config{CipherSuites: suites, MinVersion: min}
}
"#;
        let s = only(text);
        assert_eq!(
            values(text, &s.ciphers),
            [
                "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_RSA_WITH_AES_256_CBC_SHA"
            ]
        );
        assert_eq!(pos(text, s.ciphers[1].span), (7, 6));
        assert_eq!(value(text, &s.min_version), Some("VersionTLS11"));
        assert_eq!(pos(text, s.min_version.unwrap().span), (11, 13));
    }

    #[test]
    fn broken_import_block_assumes_tls() {
        let text = "package main\n\nimport (\n\t\"crypto/tls\n\t\"net/http\"\n)\n\nfunc f() { _ = &tls.Config{InsecureSkipVerify: true} }\n";
        assert!(only(text).insecure_skip_verify.unwrap().value);
        // A comment naming crypto/tls does not make another `tls` package crypto/tls.
        let text = "package main\n\n// unlike \"crypto/tls\"\nimport tls \"github.com/acme/tls\"\n\nfunc f() { _ = &tls.Config{InsecureSkipVerify: true} }\n";
        assert!(scan(0, text).tls.is_empty());
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let deep = 20_000;
        let text = format!(
            "package main\n\nimport \"crypto/tls\"\n\nvar x = {}&tls.Config{{InsecureSkipVerify: true}}{}\n",
            "(".repeat(deep),
            ")".repeat(deep)
        );
        // Too deep to follow: nothing, and no stack overflow.
        assert!(scan(0, &text).tls.is_empty());
        let text = format!(
            "package main\n\nimport \"crypto/tls\"\n\nvar x = {}&tls.Config{{InsecureSkipVerify: true}}{}\n",
            "(".repeat(50),
            ")".repeat(50)
        );
        assert_eq!(only(&text).object.as_deref(), Some("x"));
    }

    #[test]
    fn parser_is_reused() {
        let text = fixture!("weak-ciphers.go");
        for _ in 0..3 {
            assert_eq!(scan(0, text).tls.len(), 1);
        }
    }
}
