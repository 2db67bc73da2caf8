//! Java names of CLR types, and back (specs/mapping.md §2, §6, §7).
//!
//! `cli.` + escaped namespace segments + `.` + the type's *chain*: its
//! nesting levels joined by a bare `$` (Java's own nesting separator, so a
//! stub can declare nested types as nested classes). A generic level carries
//! its type arguments between `$$L` and `$$R`, separated by `$$C`. Escaped
//! identifiers never contain `$`, so every `$` is structure and a name
//! parses back to exactly one type. The inverse re-encodes what it parsed
//! and accepts only the canonical spelling, which makes the pair a
//! bijection between CLR types and the names in the image.

use super::data::TypeTokens;
use super::spec::Spec;
use super::types::{ArrayShape, ClrNamedType, ClrTypeRef, ClrTypeSegment, JavaClassRef};
use super::{MappingError, Result};

/// The structural tokens, as the capital letter after `$$`.
#[derive(Debug, Clone, Copy)]
pub struct Tokens {
    open: char,
    separator: char,
    close: char,
    namespace_dot: char,
    array: char,
    global: char,
    java_class: char,
    raw_name: char,
}

impl Tokens {
    /// Check the `[type_tokens]` table: each `$$` + a distinct capital.
    pub fn new(t: &TypeTokens) -> Result<Self> {
        let letter = |s: &str| -> Result<char> {
            let mut chars = s.strip_prefix("$$").unwrap_or("").chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_uppercase() => Ok(c),
                _ => Err(MappingError::Spec(format!(
                    "type token {s:?} must be $$ + one capital letter"
                ))),
            }
        };
        let tokens = Self {
            open: letter(&t.open)?,
            separator: letter(&t.separator)?,
            close: letter(&t.close)?,
            namespace_dot: letter(&t.namespace_dot)?,
            array: letter(&t.array)?,
            global: letter(&t.global)?,
            java_class: letter(&t.java_class)?,
            raw_name: letter(&t.raw_name)?,
        };
        let all = tokens.all();
        for (i, a) in all.iter().enumerate() {
            if all.iter().skip(i + 1).any(|b| a == b) {
                return Err(MappingError::Spec(format!("type token $${a} used twice")));
            }
        }
        Ok(tokens)
    }

    fn all(&self) -> [char; 8] {
        [
            self.open,
            self.separator,
            self.close,
            self.namespace_dot,
            self.array,
            self.global,
            self.java_class,
            self.raw_name,
        ]
    }
}

fn unmappable(t: &ClrTypeRef, reason: &'static str) -> MappingError {
    MappingError::Unmappable {
        ty: format!("{t:?}"),
        reason,
    }
}

/// The arity a conventional generic name announces: `` List`1 `` -> ("List", 1).
pub(super) fn conventional_arity(name: &str) -> Option<(&str, usize)> {
    let (base, digits) = name.rsplit_once('`')?;
    let canonical = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && !(digits.starts_with('0'));
    if base.is_empty() || !canonical {
        return None;
    }
    Some((base, digits.parse().ok()?))
}

impl Spec {
    /// The Java binary name of a CLR type (§6): `cli.System.Text.StringBuilder`,
    /// `java.lang.String` for the core identities, the binary name itself
    /// for a Java class, `cli.System.Int32` for the box of a primitive, and
    /// a class in package `cli` for a multi-dimensional array. SZ arrays and
    /// by-refs are not classes and give an error (see [`Spec::java_type`]).
    pub fn java_class_name(&self, t: &ClrTypeRef) -> Result<String> {
        let t = self.canonical(t);
        let prefix = self.clr_package_prefix();
        match &t {
            ClrTypeRef::Named(n) => {
                if let Some(core) = self.core_java_name(n) {
                    return Ok(core.to_owned());
                }
                let mut out = String::from(prefix);
                for ns in &n.namespace {
                    if ns.is_empty() {
                        return Err(unmappable(&t, "empty namespace segment"));
                    }
                    out.push('.');
                    out.push_str(&self.ident.escape_java(ns));
                }
                out.push('.');
                self.write_chain(&mut out, n, Some(&n.namespace))?;
                Ok(out)
            }
            ClrTypeRef::Primitive(p) => Ok(format!(
                "{prefix}.System.{}",
                self.ident.escape_java(p.system_name())
            )),
            ClrTypeRef::Java(j) => {
                if !j.is_valid() {
                    return Err(unmappable(&t, "not a valid Java class name"));
                }
                if self.is_reserved_package(&j.package) {
                    return Err(unmappable(
                        &t,
                        "Java classes may not use a reserved package",
                    ));
                }
                Ok(j.binary_name())
            }
            ClrTypeRef::Array {
                shape: ArrayShape::Md { .. },
                ..
            } => {
                let mut out = format!("{prefix}.");
                self.write_arg(&mut out, &t, Some(&[]))?;
                Ok(out)
            }
            ClrTypeRef::Array {
                shape: ArrayShape::Sz,
                ..
            } => Err(unmappable(&t, "an SZ array is a Java array, not a class")),
            ClrTypeRef::ByRef(_) => Err(unmappable(&t, "a by-ref is not a class")),
        }
    }

    /// The CLR type a Java binary name stands for, the exact inverse of
    /// [`Spec::java_class_name`]: `None` for a name no type maps to. Names
    /// outside `cli.` are Java classes, each `$` read as nesting.
    pub fn clr_type_of_java_name(&self, name: &str) -> Option<ClrTypeRef> {
        let prefix = self.clr_package_prefix();
        let parsed = match name.strip_prefix(prefix).and_then(|r| r.strip_prefix('.')) {
            Some(rest) => self.parse_cli_name(rest)?,
            None => ClrTypeRef::Java(JavaClassRef::parse_binary_name(name)?),
        };
        let canonical = self.canonical(&parsed);
        (self.java_class_name(&canonical).ok()? == name).then_some(canonical)
    }

    /// True if Java classes may not be defined in `package`.
    pub fn is_reserved_package(&self, package: &[String]) -> bool {
        let first = package.first().map(String::as_str);
        self.data()
            .namespaces
            .reserved_java_packages
            .iter()
            .any(|r| Some(r.as_str()) == first)
    }

    fn write_chain(
        &self,
        out: &mut String,
        n: &ClrNamedType,
        ctx: Option<&[String]>,
    ) -> Result<()> {
        if n.path.is_empty() {
            return Err(unmappable(
                &ClrTypeRef::Named(n.clone()),
                "a named type needs a name",
            ));
        }
        for (i, seg) in n.path.iter().enumerate() {
            if i > 0 {
                out.push('$');
            }
            self.write_segment(out, seg, ctx)?;
        }
        Ok(())
    }

    fn write_segment(
        &self,
        out: &mut String,
        seg: &ClrTypeSegment,
        ctx: Option<&[String]>,
    ) -> Result<()> {
        if seg.args.is_empty() {
            out.push_str(&self.ident.escape_java(&seg.name));
            return Ok(());
        }
        match conventional_arity(&seg.name) {
            Some((base, n)) if n == seg.args.len() => out.push_str(&self.ident.escape_java(base)),
            _ => {
                out.push_str(&self.ident.escape_java(&seg.name));
                self.push_token(out, self.tokens.raw_name);
            }
        }
        self.push_token(out, self.tokens.open);
        for (i, arg) in seg.args.iter().enumerate() {
            if i > 0 {
                self.push_token(out, self.tokens.separator);
            }
            self.write_arg(out, arg, ctx)?;
        }
        self.push_token(out, self.tokens.close);
        Ok(())
    }

    fn push_token(&self, out: &mut String, letter: char) {
        out.push_str("$$");
        out.push(letter);
    }

    /// A type argument (§6.2). `ctx` is the namespace a bare chain is read
    /// in: the namespace of the outermost instantiated type, or `None` to
    /// always spell the namespace out.
    pub(super) fn write_arg(
        &self,
        out: &mut String,
        t: &ClrTypeRef,
        ctx: Option<&[String]>,
    ) -> Result<()> {
        let t = self.canonical(t);
        match &t {
            ClrTypeRef::Primitive(p) => out.push_str(&self.clr_primitive(*p)?.arg_name),
            ClrTypeRef::Named(n) => {
                if let Some(core) = self.core_row(n) {
                    out.push_str(&core.arg_shorthand);
                    return Ok(());
                }
                let mut chain = String::new();
                self.write_chain(&mut chain, n, ctx)?;
                let first = chain.split('$').next().unwrap_or("");
                let bare_ok =
                    ctx == Some(n.namespace.as_slice()) && !self.arg_words.contains_key(first);
                if !bare_ok {
                    if n.namespace.is_empty() {
                        self.push_token(out, self.tokens.global);
                    }
                    for ns in &n.namespace {
                        if ns.is_empty() {
                            return Err(unmappable(&t, "empty namespace segment"));
                        }
                        out.push_str(&self.ident.escape_java(ns));
                        self.push_token(out, self.tokens.namespace_dot);
                    }
                }
                out.push_str(&chain);
            }
            ClrTypeRef::Java(j) => {
                if !j.is_valid() || self.is_reserved_package(&j.package) {
                    return Err(unmappable(&t, "not a valid Java class name"));
                }
                self.push_token(out, self.tokens.java_class);
                for p in &j.package {
                    out.push_str(&self.ident.escape_java(p));
                    self.push_token(out, self.tokens.namespace_dot);
                }
                let chain: Vec<String> =
                    j.chain.iter().map(|s| self.ident.escape_java(s)).collect();
                out.push_str(&chain.join("$"));
            }
            ClrTypeRef::Array { element, shape } => {
                if matches!(**element, ClrTypeRef::ByRef(_)) {
                    return Err(unmappable(&t, "array of by-refs"));
                }
                self.write_arg(out, element, ctx)?;
                self.push_token(out, self.tokens.array);
                if let ArrayShape::Md { rank } = shape {
                    if *rank == 0 {
                        return Err(unmappable(&t, "array rank 0"));
                    }
                    out.push_str(&rank.to_string());
                }
            }
            ClrTypeRef::ByRef(_) => {
                return Err(unmappable(&t, "a by-ref cannot be a type argument"))
            }
        }
        Ok(())
    }

    fn parse_cli_name(&self, rest: &str) -> Option<ClrTypeRef> {
        let mut parts: Vec<&str> = rest.split('.').collect();
        let class_part = parts.pop()?;
        let namespace = parts
            .iter()
            .map(|p| self.ident.unescape_java(p))
            .collect::<Option<Vec<String>>>()?;
        let tokens = lex(class_part, self.tokens.array)?;
        let mut parser = Parser {
            spec: self,
            tokens: &tokens,
            pos: 0,
        };
        if let Some(path) = parser.chain(Some(&namespace)).filter(|_| parser.at_end()) {
            return Some(ClrTypeRef::Named(ClrNamedType { namespace, path }));
        }
        if !namespace.is_empty() {
            return None;
        }
        let mut parser = Parser {
            spec: self,
            tokens: &tokens,
            pos: 0,
        };
        let t = parser.arg(Some(&[])).filter(|_| parser.at_end())?;
        matches!(
            t,
            ClrTypeRef::Array {
                shape: ArrayShape::Md { .. },
                ..
            }
        )
        .then_some(t)
    }
}

/// A lexical token of a mangled simple name.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    /// A bare `$`: nesting.
    Nest,
    /// `$$X`.
    Token(char),
    /// `$$A` followed by a rank.
    Rank(u32),
}

fn lex(s: &str, array: char) -> Option<Vec<Tok>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == '$' {
            if chars.get(i + 1) == Some(&'$') {
                let letter = *chars.get(i + 2)?;
                i += 3;
                if letter == array {
                    let start = i;
                    while chars.get(i).is_some_and(char::is_ascii_digit) {
                        i += 1;
                    }
                    let digits: String = chars.get(start..i)?.iter().collect();
                    if digits.is_empty() {
                        out.push(Tok::Token(letter));
                    } else if digits.starts_with('0') {
                        return None;
                    } else {
                        out.push(Tok::Rank(digits.parse().ok()?));
                    }
                } else {
                    out.push(Tok::Token(letter));
                }
            } else {
                out.push(Tok::Nest);
                i += 1;
            }
        } else if c.is_ascii_alphanumeric() || c == '_' {
            let start = i;
            while chars
                .get(i)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
            {
                i += 1;
            }
            out.push(Tok::Ident(chars.get(start..i)?.iter().collect()));
        } else {
            return None;
        }
    }
    Some(out)
}

struct Parser<'a> {
    spec: &'a Spec,
    tokens: &'a [Tok],
    pos: usize,
}

impl Parser<'_> {
    fn at_end(&self) -> bool {
        self.pos == self.tokens.len()
    }

    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos)
    }

    fn eat(&mut self, t: &Tok) -> bool {
        if self.peek() == Some(t) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn ident(&mut self) -> Option<String> {
        match self.peek()? {
            Tok::Ident(s) => {
                let s = s.clone();
                self.pos += 1;
                Some(s)
            }
            _ => None,
        }
    }

    /// segment ( `$` segment )*
    fn chain(&mut self, ctx: Option<&[String]>) -> Option<Vec<ClrTypeSegment>> {
        let mut path = vec![self.segment(ctx)?];
        while self.eat(&Tok::Nest) {
            path.push(self.segment(ctx)?);
        }
        Some(path)
    }

    /// ident [ `$$N` ] [ `$$L` arg ( `$$C` arg )* `$$R` ]
    fn segment(&mut self, ctx: Option<&[String]>) -> Option<ClrTypeSegment> {
        let tk = self.spec.tokens;
        let escaped = self.ident()?;
        let name = self.spec.ident.unescape_java(&escaped)?;
        let raw = self.eat(&Tok::Token(tk.raw_name));
        if !self.eat(&Tok::Token(tk.open)) {
            return (!raw).then(|| ClrTypeSegment::new(name));
        }
        let mut args = vec![self.arg(ctx)?];
        while self.eat(&Tok::Token(tk.separator)) {
            args.push(self.arg(ctx)?);
        }
        if !self.eat(&Tok::Token(tk.close)) {
            return None;
        }
        let name = if raw {
            name
        } else {
            format!("{name}`{}", args.len())
        };
        Some(ClrTypeSegment { name, args })
    }

    /// A type argument followed by array suffixes.
    fn arg(&mut self, ctx: Option<&[String]>) -> Option<ClrTypeRef> {
        let mut t = self.arg_base(ctx)?;
        loop {
            match self.peek() {
                Some(Tok::Token(c)) if *c == self.spec.tokens.array => {
                    self.pos += 1;
                    t = t.sz_array();
                }
                Some(Tok::Rank(rank)) => {
                    let rank = *rank;
                    self.pos += 1;
                    t = t.md_array(rank);
                }
                _ => return Some(t),
            }
        }
    }

    fn arg_base(&mut self, ctx: Option<&[String]>) -> Option<ClrTypeRef> {
        let tk = self.spec.tokens;
        if self.eat(&Tok::Token(tk.global)) {
            let path = self.chain(ctx)?;
            return Some(ClrTypeRef::Named(ClrNamedType {
                namespace: Vec::new(),
                path,
            }));
        }
        if self.eat(&Tok::Token(tk.java_class)) {
            let (package, first) = self.qualifier()?;
            let mut chain = vec![self.spec.ident.unescape_java(&first)?];
            while self.eat(&Tok::Nest) {
                let escaped = self.ident()?;
                chain.push(self.spec.ident.unescape_java(&escaped)?);
            }
            return Some(ClrTypeRef::Java(JavaClassRef::new(package, chain)));
        }
        let start = self.pos;
        let (namespace, first) = self.qualifier()?;
        if namespace.is_empty() {
            if let Some(word) = self.spec.arg_words.get(&first) {
                return Some(word.clone());
            }
        }
        // Re-read the first identifier as the start of the chain.
        self.pos -= 1;
        if self.pos < start {
            return None;
        }
        let namespace = if self.pos == start {
            ctx?.to_vec()
        } else {
            namespace
        };
        let path = self.chain(ctx)?;
        Some(ClrTypeRef::Named(ClrNamedType { namespace, path }))
    }

    /// ( ident `$$D` )* ident: the unescaped qualifier segments and the
    /// escaped identifier after them (left consumed).
    fn qualifier(&mut self) -> Option<(Vec<String>, String)> {
        let dot = Tok::Token(self.spec.tokens.namespace_dot);
        let mut segments = Vec::new();
        loop {
            let id = self.ident()?;
            if self.eat(&dot) {
                segments.push(self.spec.ident.unescape_java(&id)?);
            } else {
                return Some((segments, id));
            }
        }
    }
}
