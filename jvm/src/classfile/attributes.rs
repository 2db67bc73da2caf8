//! The attributes twain reads (JVMS §4.7): `Code` with its
//! `LineNumberTable`, `ConstantValue`, `Exceptions`, `SourceFile`,
//! `BootstrapMethods` and `InnerClasses`. Every other attribute is skipped
//! by its length. Each attribute body is read through its own sub-reader and
//! must be consumed exactly.

use super::reader::Reader;
use super::{relocate, BootstrapMethod, Code, Constant, ConstantPool, ExceptionHandler, InnerClass};
use crate::Result;

/// Calls `f(name, body)` for each attribute in a table; `f` returns false
/// to skip the attribute. Attributes in `unique` may appear only once.
fn each_attribute(
    r: &mut Reader<'_>,
    cp: &ConstantPool,
    unique: &[&str],
    mut f: impl FnMut(&str, &mut Reader<'_>) -> Result<bool>,
) -> Result<()> {
    // An attribute header is 6 bytes.
    let count = r.count(6, "attributes")?;
    let mut seen: Vec<&str> = Vec::new();
    for _ in 0..count {
        let start = r.offset();
        let name = cp.utf8(r.u2()?).map_err(|e| relocate(r, 2, e))?;
        let len = r.u4()? as usize;
        let mut body = r.sub(len)?;
        if unique.contains(&name) {
            if seen.contains(&name) {
                return Err(r.error_at(start, format!("duplicate {name} attribute")));
            }
            seen.push(name);
        }
        if f(name, &mut body)? {
            body.finish(name)?;
        }
    }
    Ok(())
}

/// Reads a constant-pool index and checks it names a class.
fn class(r: &mut Reader<'_>, cp: &ConstantPool) -> Result<String> {
    let idx = r.u2()?;
    cp.class_name(idx).map(str::to_string).map_err(|e| relocate(r, 2, e))
}

/// Like [`class`], but index 0 means "none".
fn opt_class(r: &mut Reader<'_>, cp: &ConstantPool) -> Result<Option<String>> {
    match r.u2()? {
        0 => Ok(None),
        idx => cp.class_name(idx).map(|s| Some(s.to_string())).map_err(|e| relocate(r, 2, e)),
    }
}

/// The class-level attributes twain keeps.
#[derive(Debug, Default)]
pub(super) struct ClassAttributes {
    pub source_file: Option<String>,
    pub bootstrap_methods: Vec<BootstrapMethod>,
    pub inner_classes: Vec<InnerClass>,
}

pub(super) fn parse_class_attributes(r: &mut Reader<'_>, cp: &ConstantPool) -> Result<ClassAttributes> {
    let mut out = ClassAttributes::default();
    let unique = ["SourceFile", "BootstrapMethods", "InnerClasses"];
    each_attribute(r, cp, &unique, |name, body| {
        match name {
            // §4.7.10
            "SourceFile" => out.source_file = Some(cp.utf8(body.u2()?).map_err(|e| relocate(body, 2, e))?.to_string()),
            // §4.7.23
            "BootstrapMethods" => {
                let count = body.count(4, "bootstrap methods")?;
                for _ in 0..count {
                    let method = match cp.get(body.u2()?) {
                        Ok(Constant::MethodHandle(mh)) => mh.clone(),
                        _ => return Err(body.error_at(body.offset().saturating_sub(2), "bootstrap method is not a MethodHandle")),
                    };
                    let nargs = body.count(2, "bootstrap arguments")?;
                    let mut args = Vec::with_capacity(nargs);
                    for _ in 0..nargs {
                        args.push(cp.loadable(body.u2()?).map_err(|e| relocate(body, 2, e))?);
                    }
                    out.bootstrap_methods.push(BootstrapMethod { method, args });
                }
            }
            // §4.7.6
            "InnerClasses" => {
                let count = body.count(8, "inner classes")?;
                for _ in 0..count {
                    let inner = class(body, cp)?;
                    let outer = opt_class(body, cp)?;
                    let name = match body.u2()? {
                        0 => None,
                        idx => Some(cp.utf8(idx).map_err(|e| relocate(body, 2, e))?.to_string()),
                    };
                    let access_flags = body.u2()?;
                    out.inner_classes.push(InnerClass { inner, outer, name, access_flags });
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(out)
}

/// JVMS §4.4.10: every `Dynamic`/`InvokeDynamic` constant must name an entry
/// of the `BootstrapMethods` attribute.
pub(super) fn check_bootstrap_indices(r: &Reader<'_>, cp: &ConstantPool, bsms: &[BootstrapMethod]) -> Result<()> {
    for (i, c) in cp.iter() {
        if let Constant::Dynamic { bootstrap, .. } | Constant::InvokeDynamic { bootstrap, .. } = c {
            if usize::from(*bootstrap) >= bsms.len() {
                return Err(r.error_at(0, format!("constant #{i} names bootstrap method {bootstrap} of {}", bsms.len())));
            }
        }
    }
    Ok(())
}

/// Field attributes: returns the `ConstantValue` (§4.7.2), checked against
/// the field's descriptor.
pub(super) fn parse_field_attributes(r: &mut Reader<'_>, cp: &ConstantPool, descriptor: &str) -> Result<Option<Constant>> {
    let mut value = None;
    each_attribute(r, cp, &["ConstantValue"], |name, body| {
        if name != "ConstantValue" {
            return Ok(false);
        }
        let c = cp.get(body.u2()?).map_err(|e| relocate(body, 2, e))?;
        let ok = match c {
            Constant::Integer(_) => matches!(descriptor, "I" | "S" | "C" | "B" | "Z"),
            Constant::Long(_) => descriptor == "J",
            Constant::Float(_) => descriptor == "F",
            Constant::Double(_) => descriptor == "D",
            Constant::String(_) => descriptor == "Ljava/lang/String;",
            _ => false,
        };
        if !ok {
            return Err(body.error_at(body.offset().saturating_sub(2), format!("bad ConstantValue for a field of type {descriptor}")));
        }
        value = Some(c.clone());
        Ok(true)
    })?;
    Ok(value)
}

/// Method attributes: `Code` and `Exceptions` (§4.7.5).
pub(super) fn parse_method_attributes(r: &mut Reader<'_>, cp: &ConstantPool) -> Result<(Option<Code>, Vec<String>)> {
    let mut code = None;
    let mut exceptions = Vec::new();
    each_attribute(r, cp, &["Code", "Exceptions"], |name, body| {
        match name {
            "Code" => code = Some(parse_code(body, cp)?),
            "Exceptions" => {
                let count = body.count(2, "exceptions")?;
                for _ in 0..count {
                    exceptions.push(class(body, cp)?);
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok((code, exceptions))
}

/// The `Code` attribute (§4.7.3). Branch targets and instruction
/// boundaries are checked later by [`crate::bytecode::decode`].
fn parse_code(r: &mut Reader<'_>, cp: &ConstantPool) -> Result<Code> {
    let max_stack = r.u2()?;
    let max_locals = r.u2()?;
    let len_at = r.offset();
    let len = r.u4()? as usize;
    if len == 0 || len > 65535 {
        return Err(r.error_at(len_at, format!("code_length {len} is not in 1..=65535")));
    }
    let code = r.bytes(len)?.to_vec();
    let count = r.count(8, "exception table")?;
    let mut exception_table = Vec::with_capacity(count);
    for _ in 0..count {
        let at = r.offset();
        let (start_pc, end_pc, handler_pc) = (r.u2()?, r.u2()?, r.u2()?);
        let catch_type = opt_class(r, cp)?;
        if start_pc >= end_pc || usize::from(end_pc) > len || usize::from(handler_pc) >= len {
            return Err(r.error_at(at, format!("bad exception handler range {start_pc}..{end_pc} -> {handler_pc}")));
        }
        exception_table.push(ExceptionHandler { start_pc, end_pc, handler_pc, catch_type });
    }
    let mut line_numbers = Vec::new();
    each_attribute(r, cp, &[], |name, body| {
        // §4.7.12; several tables may each cover part of the code.
        if name != "LineNumberTable" {
            return Ok(false);
        }
        let count = body.count(4, "line numbers")?;
        line_numbers.reserve(count);
        for _ in 0..count {
            let (pc, line) = (body.u2()?, body.u2()?);
            if usize::from(pc) >= len {
                return Err(body.error_at(body.offset().saturating_sub(4), format!("line number entry for pc {pc} beyond the code")));
            }
            line_numbers.push((pc, line));
        }
        Ok(true)
    })?;
    line_numbers.sort_by_key(|&(pc, _)| pc);
    Ok(Code { max_stack, max_locals, code, exception_table, line_numbers })
}
