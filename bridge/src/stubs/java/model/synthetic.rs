//! The members of a stub with no CLR member behind them
//! (`java_view::synthetic_members`, specs/mapping.md §9.1-§9.3): a
//! struct's public no-argument constructor, making `default(S)`; an enum's
//! `public static final` constants, `value()` and `static of(v)`; a
//! delegate's constructor `D(D.Method m)`, taking a lambda.
//!
//! A synthetic member Java would confuse with one the type declares or
//! inherits is left out with a comment; a struct that declares its own
//! no-argument constructor keeps that one. A delegate whose functional
//! interface has no stub (see `Model::functional`) has no constructor
//! either.

use std::collections::BTreeMap;

use clr::model::{MIdx, TyId};

use super::{source_type, Field, Member, Model, Supers};
use crate::java_view::{self, acc, JavaSynthetic, Synthetic};
use crate::stubs::java::Gen;

/// Java's key of a member: name and parameter descriptor.
type Key = (String, String);

impl Gen<'_> {
    /// Adds type `t`'s synthetic members to `model`. `declared` holds the
    /// Java signatures of the members the type declares, and `supers` its
    /// supertypes' models.
    pub(super) fn add_synthetic(
        &mut self,
        t: TyId,
        model: &mut Model,
        supers: &Supers,
        declared: &BTreeMap<Key, MIdx>,
    ) {
        for s in java_view::synthetic_members(self.clr, t) {
            let added = match s.kind {
                Synthetic::EnumConstant(_) => self.add_constant(&s, model),
                Synthetic::DefaultCtor | Synthetic::EnumValue | Synthetic::EnumOf => {
                    self.add_method(&s, model, supers, declared)
                }
                Synthetic::DelegateCtor => self.add_delegate_ctor(&s, model, supers, declared),
            };
            if let Err(reason) = added {
                model
                    .left_out
                    .push(format!("{}: {reason}", describe(&s, model)));
            }
        }
    }

    /// An enum constant: a `static final` field initialized to `null`,
    /// which is no constant expression, so javac reads the field.
    fn add_constant(&self, s: &JavaSynthetic, model: &mut Model) -> Result<(), String> {
        if !self.is_java_identifier(&s.name) || s.name == "java" || s.name == "cli" {
            return Err(format!("`{}` is not a usable Java identifier", s.name));
        }
        if model.fields.iter().any(|f| f.name == s.name) {
            return Err("a field of this name is declared too".into());
        }
        let ty = source_type(&s.desc).ok_or("no Java type")?;
        model.fields.push(Field {
            name: s.name.clone(),
            access: s.access & (acc::PUBLIC | acc::PROTECTED),
            is_static: s.access & acc::STATIC != 0,
            is_final: s.access & acc::FINAL != 0,
            ty,
            init: Some("null".into()),
        });
        Ok(())
    }

    /// A delegate's `D(D.Method m)`: only next to the stub's `Method`.
    fn add_delegate_ctor(
        &mut self,
        s: &JavaSynthetic,
        model: &mut Model,
        supers: &Supers,
        declared: &BTreeMap<Key, MIdx>,
    ) -> Result<(), String> {
        if model.functional.is_none() {
            return Err(format!(
                "its parameter type, the functional interface {}, is left out",
                java_view::DELEGATE_INTERFACE
            ));
        }
        let ctors = model.ctors.len();
        self.add_method(s, model, supers, declared)?;
        if let Some(ctor) = model.ctors.get_mut(ctors) {
            ctor.names = vec!["m".into()];
        }
        Ok(())
    }

    /// A synthetic constructor or method.
    fn add_method(
        &mut self,
        s: &JavaSynthetic,
        model: &mut Model,
        supers: &Supers,
        declared: &BTreeMap<Key, MIdx>,
    ) -> Result<(), String> {
        let member = member(s).ok_or("malformed descriptor")?;
        let is_ctor = member.name == "<init>";
        if declared.contains_key(&member.key()) {
            if is_ctor {
                // The struct declares `S()` itself: Java calls that one.
                return Ok(());
            }
            return Err("the type declares a method with this Java signature".into());
        }
        if is_ctor {
            model.ctors.push(member);
        } else {
            if let Some(reason) = self.inherited_clash(&member, model, supers) {
                return Err(reason);
            }
            model.methods.push(member);
        }
        Ok(())
    }
}

/// A synthetic member in a `// left out:` line: `enum constant Red`,
/// `synthetic method of(int)`.
fn describe(s: &JavaSynthetic, model: &Model) -> String {
    if let Synthetic::EnumConstant(_) = s.kind {
        return format!("enum constant {}", s.name);
    }
    let (name, kind) = match s.name.as_str() {
        "<init>" => (model.simple.as_str(), "constructor"),
        name => (name, "method"),
    };
    let params = member(s).map(|m| {
        let types: Vec<String> = m.params.into_iter().map(|(ty, _)| ty).collect();
        types.join(", ")
    });
    format!("synthetic {kind} {name}({})", params.unwrap_or_default())
}

/// The stub member of a synthetic method; parameters are named `v`, `p1`, ...
fn member(s: &JavaSynthetic) -> Option<Member> {
    let (params, ret_desc) = s.desc.strip_prefix('(')?.split_once(')')?;
    let param_descs = split_descriptors(params)?;
    let params: Vec<(String, String)> = param_descs
        .iter()
        .map(|&d| Some((source_type(d)?, d.to_string())))
        .collect::<Option<_>>()?;
    let names = (0..params.len())
        .map(|i| {
            if i == 0 {
                "v".to_string()
            } else {
                format!("p{i}")
            }
        })
        .collect();
    Some(Member {
        name: s.name.clone(),
        params_desc: format!("({params_desc})", params_desc = param_descs.concat()),
        ret_desc: ret_desc.to_string(),
        access: s.access,
        ret: source_type(ret_desc)?,
        params,
        names,
        note: None,
    })
}

/// The field descriptors a method descriptor's parameter part is made of.
fn split_descriptors(mut params: &str) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    while !params.is_empty() {
        let dims = params.len() - params.trim_start_matches('[').len();
        let end = match params.as_bytes().get(dims)? {
            b'L' => dims + params.get(dims..)?.find(';')? + 1,
            _ => dims + 1,
        };
        out.push(params.get(..end)?);
        params = params.get(end..)?;
    }
    Some(out)
}
