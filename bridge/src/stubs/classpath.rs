//! A read-only class path for the C# stub generator: twain's Java class
//! library first, then the `-cp` entries (directories and jars), searched
//! in the order the JVM searches them (`jvm::vm::Jvm::new`). Class files
//! are parsed, never loaded or linked.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use jvm::classfile::{self, ClassFile};
use jvm::jar::Jar;

use super::{Error, Result};

#[derive(Debug)]
enum Source {
    Dir(PathBuf),
    Jar(Jar),
}

/// Where class files come from.
#[derive(Debug)]
pub struct ClassPath {
    sources: Vec<Source>,
    parsed: RefCell<HashMap<String, Option<Rc<ClassFile>>>>,
}

impl ClassPath {
    /// The class library followed by `entries`.
    pub fn new(entries: &[PathBuf]) -> Result<ClassPath> {
        let input = |file: &str, reason: String| Error::Input {
            file: file.to_string(),
            reason,
        };
        let lib = Jar::from_static(jvm::vm::CLASSLIB, "<classlib>")
            .map_err(|e| input("<classlib>", e.to_string()))?;
        let mut sources = vec![Source::Jar(lib)];
        for p in entries {
            let name = p.display().to_string();
            if p.is_dir() {
                sources.push(Source::Dir(p.clone()));
            } else if p.is_file() {
                sources.push(Source::Jar(
                    Jar::open(p).map_err(|e| input(&name, e.to_string()))?,
                ));
            } else {
                return Err(input(&name, "no such directory or jar".into()));
            }
        }
        Ok(ClassPath {
            sources,
            parsed: RefCell::new(HashMap::new()),
        })
    }

    /// The class file of class `name` (internal form), parsed once;
    /// `None` when no entry has it.
    pub fn class(&self, name: &str) -> Result<Option<Rc<ClassFile>>> {
        if let Some(c) = self.parsed.borrow().get(name) {
            return Ok(c.clone());
        }
        let file = format!("{name}.class");
        let mut found = None;
        for s in &self.sources {
            let (bytes, origin) = match s {
                Source::Dir(d) => {
                    let p = d.join(&file);
                    if !p.is_file() {
                        continue;
                    }
                    let origin = p.display().to_string();
                    (
                        std::fs::read(&p).map_err(|e| Error::Input {
                            file: origin.clone(),
                            reason: e.to_string(),
                        })?,
                        origin,
                    )
                }
                Source::Jar(j) => {
                    let origin = format!("{}!{file}", j.name());
                    match j.read(&file).map_err(|e| Error::Input {
                        file: origin.clone(),
                        reason: e.to_string(),
                    })? {
                        Some(b) => (b, origin),
                        None => continue,
                    }
                }
            };
            let cf = classfile::parse(&bytes, &origin).map_err(|e| Error::Input {
                file: origin.clone(),
                reason: e.to_string(),
            })?;
            if cf.this_class != name {
                return Err(Error::Input {
                    file: origin,
                    reason: format!("holds class {}, not {name}", cf.this_class),
                });
            }
            found = Some(Rc::new(cf));
            break;
        }
        self.parsed
            .borrow_mut()
            .insert(name.to_string(), found.clone());
        Ok(found)
    }

    /// The classes directly in package `package` (internal form, `java/util`;
    /// empty for the unnamed package), sorted.
    pub fn package(&self, package: &str) -> Result<Vec<String>> {
        let prefix = if package.is_empty() {
            String::new()
        } else {
            format!("{package}/")
        };
        let mut names = BTreeSet::new();
        for s in &self.sources {
            match s {
                Source::Dir(d) => {
                    let dir = d.join(Path::new(package));
                    let Ok(entries) = std::fs::read_dir(&dir) else {
                        continue;
                    };
                    for e in entries.flatten() {
                        let file = e.file_name().to_string_lossy().into_owned();
                        if let Some(stem) = file.strip_suffix(".class") {
                            if e.path().is_file() {
                                names.insert(format!("{prefix}{stem}"));
                            }
                        }
                    }
                }
                Source::Jar(j) => {
                    for n in j.names() {
                        if let Some(stem) = n
                            .strip_prefix(prefix.as_str())
                            .and_then(|r| r.strip_suffix(".class"))
                        {
                            if !stem.contains('/') {
                                names.insert(format!("{prefix}{stem}"));
                            }
                        }
                    }
                }
            }
        }
        Ok(names
            .into_iter()
            .filter(|n| !n.ends_with("module-info") && !n.ends_with("package-info"))
            .collect())
    }
}
