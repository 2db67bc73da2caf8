//! Identifier escaping (specs/mapping.md §5).
//!
//! A *plain* identifier is non-empty ASCII `[A-Za-z0-9_]`, does not start
//! with a digit, is not `_`, and does not start with the escape prefix `__`.
//! Plain identifiers pass through (Java renames keywords by adding `_`; C#
//! writes them with `@`). Every other identifier is written as `__` plus its
//! encoding, in which `_` is `__`, an ASCII letter or digit is itself, and
//! any other character is `_` + a short code or `_u`/`_U` + hex. Plain
//! outputs never start with `__` and encoded ones always do, so the escape
//! is injective; unescaping re-escapes to reject non-canonical spellings.

use std::collections::{HashMap, HashSet};

use super::data::Identifiers;
use super::{MappingError, Result};

/// The identifier rules, built from the `[identifiers]` table.
#[derive(Debug, Clone)]
pub struct IdentRules {
    short_by_char: HashMap<char, char>,
    char_by_short: HashMap<char, char>,
    java_keywords: HashSet<String>,
    cs_keywords: HashSet<String>,
}

const PREFIX: &str = "__";

impl IdentRules {
    /// Check the table and build the rules.
    pub fn new(data: &Identifiers) -> Result<Self> {
        if data.escape_prefix != PREFIX {
            return Err(MappingError::Spec(
                "identifiers.escape_prefix must be \"__\"".into(),
            ));
        }
        let mut short_by_char = HashMap::new();
        let mut char_by_short = HashMap::new();
        for e in &data.short_escapes {
            let (Some(c), Some(code)) = (single_char(&e.char), single_char(&e.code)) else {
                return Err(MappingError::Spec(format!(
                    "short escape {:?}: one character each",
                    e.char
                )));
            };
            if is_plain_char(c) || !code.is_ascii_lowercase() || code == 'u' {
                return Err(MappingError::Spec(format!(
                    "short escape {c:?} -> {code:?}: the character must need escaping and the code be a lowercase letter other than u"
                )));
            }
            if short_by_char.insert(c, code).is_some() || char_by_short.insert(code, c).is_some() {
                return Err(MappingError::Spec(format!(
                    "short escape {c:?} -> {code:?} appears twice"
                )));
            }
        }
        Ok(Self {
            short_by_char,
            char_by_short,
            java_keywords: data.java_keywords.iter().cloned().collect(),
            cs_keywords: data.cs_keywords.iter().cloned().collect(),
        })
    }

    /// True if `s` is a Java keyword of the table.
    pub fn is_java_keyword(&self, s: &str) -> bool {
        self.java_keywords.contains(s)
    }

    /// True if `s` is written with `@` in C# source.
    pub fn is_cs_keyword(&self, s: &str) -> bool {
        self.cs_keywords.contains(s)
    }

    /// The Java identifier for a CLR name (any string).
    pub fn escape_java(&self, s: &str) -> String {
        if !is_plain(s) {
            return self.forced(s);
        }
        let stem = s.trim_end_matches('_');
        if self.java_keywords.contains(stem) {
            format!("{s}_")
        } else {
            s.to_owned()
        }
    }

    /// The CLR name a Java identifier stands for; `None` if no name escapes
    /// to it.
    pub fn unescape_java(&self, t: &str) -> Option<String> {
        let candidate = if let Some(rest) = t.strip_prefix(PREFIX) {
            self.decode(rest)?
        } else {
            let stem = t.trim_end_matches('_');
            if self.java_keywords.contains(stem) {
                t.strip_suffix('_')?.to_owned()
            } else {
                t.to_owned()
            }
        };
        (self.escape_java(&candidate) == t).then_some(candidate)
    }

    /// The C# metadata identifier for a Java name: plain names pass, others
    /// are encoded. Keywords are not changed here (see [`Self::cs_source`]).
    pub fn escape_cs(&self, s: &str) -> String {
        if is_plain(s) {
            s.to_owned()
        } else {
            self.forced(s)
        }
    }

    /// How C# source writes a metadata identifier: with `@` if a keyword.
    pub fn cs_source(&self, metadata: &str) -> String {
        if self.is_cs_keyword(metadata) {
            format!("@{metadata}")
        } else {
            metadata.to_owned()
        }
    }

    /// The Java name a C# identifier (metadata or source form) stands for.
    pub fn unescape_cs(&self, t: &str) -> Option<String> {
        let t = t.strip_prefix('@').unwrap_or(t);
        let candidate = match t.strip_prefix(PREFIX) {
            Some(rest) => self.decode(rest)?,
            None => t.to_owned(),
        };
        (self.escape_cs(&candidate) == t).then_some(candidate)
    }

    /// The encoded form, used for non-plain names and for names that must
    /// move out of the way of a shared slot (§3.1) whatever they are.
    pub fn forced(&self, s: &str) -> String {
        let mut out = String::from(PREFIX);
        for c in s.chars() {
            if c == '_' {
                out.push_str("__");
            } else if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if let Some(code) = self.short_by_char.get(&c) {
                out.push('_');
                out.push(*code);
            } else if let Ok(unit) = u16::try_from(u32::from(c)) {
                out.push_str(&format!("_u{unit:04x}"));
            } else {
                out.push_str(&format!("_U{:06x}", u32::from(c)));
            }
        }
        out
    }

    /// Decode the part after the prefix.
    pub fn decode(&self, t: &str) -> Option<String> {
        let mut out = String::new();
        let mut chars = t.chars();
        while let Some(c) = chars.next() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
                continue;
            }
            if c != '_' {
                return None;
            }
            let code = chars.next()?;
            let decoded = match code {
                '_' => '_',
                'u' => hex_char(&mut chars, 4)?,
                'U' => hex_char(&mut chars, 6)?,
                other => *self.char_by_short.get(&other)?,
            };
            out.push(decoded);
        }
        Some(out)
    }
}

/// True for a character that never needs escaping.
fn is_plain_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// True for an identifier that passes through unescaped (module docs).
pub fn is_plain(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    s != "_" && !first.is_ascii_digit() && !s.starts_with(PREFIX) && s.chars().all(is_plain_char)
}

fn single_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

fn hex_char(chars: &mut std::str::Chars<'_>, digits: usize) -> Option<char> {
    let mut value = 0u32;
    for _ in 0..digits {
        let d = chars.next()?;
        // Lowercase only, so each character has one spelling.
        if d.is_ascii_uppercase() {
            return None;
        }
        value = value * 16 + d.to_digit(16)?;
    }
    char::from_u32(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mapping::Spec;

    #[test]
    fn plain_keyword_and_encoded() -> Result<()> {
        let r = &Spec::builtin()?.ident;
        assert_eq!(r.escape_java("Append"), "Append");
        assert_eq!(r.escape_java("int"), "int_");
        assert_eq!(r.escape_java("int__"), "int___");
        assert_eq!(r.escape_java("_"), "____");
        assert_eq!(r.escape_java(""), "__");
        assert_eq!(r.escape_java("1st"), "__1st");
        assert_eq!(r.escape_java("Größe"), "__Gr_u00f6_u00dfe");
        assert_eq!(r.escape_java("\u{1F600}"), "___U01f600");
        assert_eq!(r.unescape_java("int"), None);
        assert_eq!(r.unescape_java("int_").as_deref(), Some("int"));
        assert_eq!(
            r.unescape_java("__A").as_deref(),
            None,
            "A is plain, so __A is not canonical"
        );
        assert_eq!(r.unescape_java("__u0041"), None);
        assert_eq!(r.cs_source("lock"), "@lock");
        assert_eq!(r.unescape_cs("@lock").as_deref(), Some("lock"));
        Ok(())
    }
}
