//! The worked examples of specs/mapping.toml, checked against the rules.
//!
//! Each example is also quoted in specs/mapping.md; the tests check both,
//! so the prose, the data and the code say the same thing.

use super::spec::Spec;
use super::types::JavaClassRef;

impl Spec {
    /// Check every worked example; the result lists the ones that fail.
    pub fn check_examples(&self) -> Vec<String> {
        let mut failures = Vec::new();
        let ex = &self.data().examples;
        for e in &ex.java_names {
            let got = self.parse_example_type(&e.clr).and_then(|t| {
                let name = self.java_class_name(&t)?;
                Ok((name, t))
            });
            match got {
                Ok((name, t)) => {
                    if name != e.java {
                        failures.push(format!("{}: Java name {name}, spec says {}", e.clr, e.java));
                    }
                    if self.clr_type_of_java_name(&e.java) != Some(t) {
                        failures.push(format!("{}: does not map back to {}", e.java, e.clr));
                    }
                }
                Err(err) => failures.push(format!("{}: {err}", e.clr)),
            }
        }
        for e in &ex.cs_names {
            let got = JavaClassRef::parse_binary_name(&e.java)
                .map(|j| (self.cs_name_of_java_class(&j), j));
            match got {
                Some((Ok(cs), j)) => {
                    let source = self.cs_source_name(&cs);
                    if source != e.cs {
                        failures.push(format!("{}: C# name {source}, spec says {}", e.java, e.cs));
                    }
                    if self.java_class_of_cs_name(&cs.full_name()) != Some(j) {
                        failures.push(format!("{}: C# name does not map back", e.java));
                    }
                }
                Some((Err(err), _)) => failures.push(format!("{}: {err}", e.java)),
                None => failures.push(format!("{}: not a binary name", e.java)),
            }
        }
        for e in &ex.identifiers {
            let got = self.escape_java_identifier(&e.clr);
            if got != e.java
                || self.unescape_java_identifier(&e.java).as_deref() != Some(e.clr.as_str())
            {
                failures.push(format!(
                    "{}: Java identifier {got}, spec says {}",
                    e.clr, e.java
                ));
            }
        }
        for e in &ex.cs_identifiers {
            let got = self.escape_cs_identifier(&e.java);
            if got != e.cs || self.unescape_cs_identifier(&e.cs).as_deref() != Some(e.java.as_str())
            {
                failures.push(format!(
                    "{}: C# identifier {got}, spec says {}",
                    e.java, e.cs
                ));
            }
        }
        for e in &ex.overloads {
            let declaring = e.declaring_type.as_deref().unwrap_or("Sample.Type");
            let group = e
                .clr
                .iter()
                .map(|m| self.parse_example_method(m))
                .collect::<Result<Vec<_>, _>>();
            let got = self
                .parse_example_type(declaring)
                .and_then(|d| group.and_then(|g| self.java_overloads(&d, &g)));
            match got {
                Ok(members) => {
                    let got: Vec<String> = members.iter().map(ToString::to_string).collect();
                    if got != e.java {
                        failures.push(format!(
                            "{:?}: Java members {got:?}, spec says {:?}",
                            e.clr, e.java
                        ));
                    }
                }
                Err(err) => failures.push(format!("{:?}: {err}", e.clr)),
            }
        }
        failures
    }

    /// Every string the prose must quote for the examples to be documented.
    pub fn example_quotes(&self) -> Vec<String> {
        let ex = &self.data().examples;
        let mut quotes = Vec::new();
        for e in &ex.java_names {
            quotes.push(e.clr.clone());
            quotes.push(e.java.clone());
        }
        for e in &ex.cs_names {
            quotes.push(e.java.clone());
            quotes.push(e.cs.clone());
        }
        for e in &ex.identifiers {
            quotes.push(e.clr.clone());
            quotes.push(e.java.clone());
        }
        for e in &ex.cs_identifiers {
            quotes.push(e.java.clone());
            quotes.push(e.cs.clone());
        }
        for e in &ex.overloads {
            quotes.extend(e.clr.iter().cloned());
            quotes.extend(e.java.iter().cloned());
        }
        quotes
    }
}

#[cfg(test)]
mod tests {
    use crate::mapping::{Result, Spec};

    #[test]
    fn worked_examples_hold() -> Result<()> {
        let failures = Spec::builtin()?.check_examples();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        Ok(())
    }

    #[test]
    fn worked_examples_are_in_the_prose() -> Result<()> {
        let prose = include_str!("../../../specs/mapping.md");
        let missing: Vec<String> = Spec::builtin()?
            .example_quotes()
            .into_iter()
            .filter(|q| !prose.contains(&format!("`{q}`")))
            .collect();
        assert!(
            missing.is_empty(),
            "specs/mapping.md does not quote: {missing:?}"
        );
        Ok(())
    }
}
