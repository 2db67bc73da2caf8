//! CIL method bodies and instructions. [`MethodBody::parse`] reads a tiny or
//! fat header and the exception-handling data sections (ECMA-335 §II.25.4);
//! [`decode`] turns the code into `(offset, Insn)` pairs covering every
//! Partition III base and object-model instruction, with branch targets made
//! absolute and checked to fall on instruction starts.

mod opcodes;

pub use opcodes::{BinOp, CmpOp, Cond, Insn, NumKind};

use crate::metadata::tables::Token;
use crate::{Error, Result};

/// The kind of an exception-handling clause (§II.25.4.6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClauseKind {
    /// A typed handler; the token names the caught type.
    Catch(Token),
    /// A filter whose code starts at this offset.
    Filter(u32),
    Finally,
    Fault,
}

/// One exception-handling clause; offsets and lengths are in code bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExceptionClause {
    pub kind: ClauseKind,
    pub try_offset: u32,
    pub try_len: u32,
    pub handler_offset: u32,
    pub handler_len: u32,
}

/// A method body (§II.25.4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodBody {
    pub max_stack: u16,
    /// `CorILMethod_InitLocals`: zero-initialise locals.
    pub init_locals: bool,
    /// The `StandAloneSig` token of the locals signature, if any.
    pub local_sig: Option<Token>,
    pub code: Vec<u8>,
    pub clauses: Vec<ExceptionClause>,
}

const TINY_FORMAT: u8 = 0x2;
const FAT_FORMAT: u8 = 0x3;
const MORE_SECTS: u16 = 0x8;
const INIT_LOCALS: u16 = 0x10;
const SECT_EH_TABLE: u8 = 0x1;
const SECT_FAT_FORMAT: u8 = 0x40;
const SECT_MORE_SECTS: u8 = 0x80;

fn body_error(file: &str, offset: usize, reason: impl Into<String>) -> Error {
    Error::BadImage { file: file.to_string(), offset, reason: format!("method body: {}", reason.into()) }
}

fn le32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([*s.first()?, *s.get(1)?, *s.get(2)?, *s.get(3)?]))
}

fn le16(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*s.first()?, *s.get(1)?]))
}

impl MethodBody {
    /// Parses the body at the start of `b`; `base` is its file offset (for
    /// errors). `b` may extend past the body.
    pub fn parse(b: &[u8], base: usize, file: &str) -> Result<MethodBody> {
        let err = |at: usize, reason: String| body_error(file, base.saturating_add(at), reason);
        let first = *b.first().ok_or_else(|| err(0, "empty".into()))?;
        match first & 3 {
            TINY_FORMAT => {
                let len = usize::from(first >> 2);
                let code = b.get(1..1 + len).ok_or_else(|| err(1, format!("tiny code of {len} bytes truncated")))?;
                Ok(MethodBody { max_stack: 8, init_locals: false, local_sig: None, code: code.to_vec(), clauses: Vec::new() })
            }
            FAT_FORMAT => {
                let flags_size = le16(b, 0).ok_or_else(|| err(0, "fat header truncated".into()))?;
                let flags = flags_size & 0x0fff;
                let header_len = usize::from(flags_size >> 12) * 4;
                if header_len != 12 {
                    return Err(err(0, format!("fat header size {header_len} is not 12")));
                }
                let max_stack = le16(b, 2).ok_or_else(|| err(2, "fat header truncated".into()))?;
                let code_size = le32(b, 4).ok_or_else(|| err(4, "fat header truncated".into()))? as usize;
                let sig = le32(b, 8).ok_or_else(|| err(8, "fat header truncated".into()))?;
                let code_end = header_len.checked_add(code_size).filter(|&e| e <= b.len());
                let code_end = code_end.ok_or_else(|| err(4, format!("code of {code_size} bytes runs past the section")))?;
                let code = b.get(header_len..code_end).unwrap_or_default().to_vec();
                let local_sig = if sig == 0 { None } else { Some(Token(sig)) };
                let clauses = if flags & MORE_SECTS != 0 { parse_sections(b, code_end, &err)? } else { Vec::new() };
                for c in &clauses {
                    check_clause(c, code.len()).map_err(|r| err(code_end, r))?;
                }
                Ok(MethodBody { max_stack, init_locals: flags & INIT_LOCALS != 0, local_sig, code, clauses })
            }
            _ => Err(err(0, format!("header byte {first:#x} is neither tiny nor fat"))),
        }
    }
}

/// Reads the data sections after the code (§II.25.4.5).
fn parse_sections(b: &[u8], code_end: usize, err: &dyn Fn(usize, String) -> Error) -> Result<Vec<ExceptionClause>> {
    let mut clauses = Vec::new();
    let mut at = code_end;
    loop {
        at = at.checked_add(3).map(|v| v & !3).ok_or_else(|| err(at, "section offset overflow".into()))?;
        let kind = *b.get(at).ok_or_else(|| err(at, "data section truncated".into()))?;
        let fat = kind & SECT_FAT_FORMAT != 0;
        let size = if fat {
            le32(b, at).map(|v| (v >> 8) as usize)
        } else {
            b.get(at + 1).map(|&v| usize::from(v))
        }
        .ok_or_else(|| err(at, "data section header truncated".into()))?;
        let data = at.checked_add(size).and_then(|end| b.get(at..end));
        let data = data.ok_or_else(|| err(at, format!("data section of {size} bytes runs past the section")))?;
        if size < 4 {
            return Err(err(at, format!("data section size {size} is below its header")));
        }
        if kind & SECT_EH_TABLE != 0 {
            let entry = if fat { 24 } else { 12 };
            let entries = data.get(4..).unwrap_or_default();
            if entries.len() % entry != 0 {
                return Err(err(at, format!("EH section of {size} bytes is not 4 + n*{entry}")));
            }
            for e in entries.chunks_exact(entry) {
                let get = |i: usize| if fat { le32(e, i * 4) } else { None };
                let clause = if fat {
                    (get(0), get(1), get(2), get(3), get(4), get(5))
                } else {
                    (
                        le16(e, 0).map(u32::from),
                        le16(e, 2).map(u32::from),
                        e.get(4).map(|&v| u32::from(v)),
                        le16(e, 5).map(u32::from),
                        e.get(7).map(|&v| u32::from(v)),
                        le32(e, 8),
                    )
                };
                let (Some(flags), Some(try_offset), Some(try_len), Some(handler_offset), Some(handler_len), Some(extra)) =
                    clause
                else {
                    return Err(err(at, "EH clause truncated".into()));
                };
                let kind = match flags {
                    0 => ClauseKind::Catch(Token(extra)),
                    1 => ClauseKind::Filter(extra),
                    2 => ClauseKind::Finally,
                    4 => ClauseKind::Fault,
                    _ => return Err(err(at, format!("unknown EH clause flags {flags:#x}"))),
                };
                clauses.push(ExceptionClause { kind, try_offset, try_len, handler_offset, handler_len });
            }
        }
        if kind & SECT_MORE_SECTS == 0 {
            return Ok(clauses);
        }
        at += size;
    }
}

fn check_clause(c: &ExceptionClause, code_len: usize) -> std::result::Result<(), String> {
    let within = |start: u32, len: u32| start.checked_add(len).is_some_and(|end| end as usize <= code_len);
    if !within(c.try_offset, c.try_len) || !within(c.handler_offset, c.handler_len) {
        return Err(format!("EH clause {c:?} exceeds the {code_len} code bytes"));
    }
    if let ClauseKind::Filter(f) = c.kind {
        if f as usize >= code_len {
            return Err(format!("filter offset {f} is outside the code"));
        }
    }
    Ok(())
}

/// Decodes `code` into instructions (Partition III). Branch targets are
/// absolute and must start instructions; prefixes must precede an
/// instruction.
pub fn decode(code: &[u8]) -> Result<Vec<(u32, Insn)>> {
    if code.len() > u32::MAX as usize / 2 {
        return Err(Error::Unsupported(format!("method of {} code bytes", code.len())));
    }
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut pos = 0usize;
    while pos < code.len() {
        let (insn, next) = opcodes::decode_one(code, pos).map_err(|reason| Error::Il { offset: pos, reason })?;
        out.push((pos as u32, insn));
        pos = next;
    }
    let mut starts = vec![false; code.len() + 1];
    for (pc, _) in &out {
        if let Some(s) = starts.get_mut(*pc as usize) {
            *s = true;
        }
    }
    for (pc, insn) in &out {
        for t in insn.targets() {
            if !starts.get(t as usize).copied().unwrap_or(false) || t as usize >= code.len() {
                return Err(Error::Il { offset: *pc as usize, reason: format!("branch target {t} is not an instruction start") });
            }
        }
    }
    if let Some((pc, insn)) = out.last() {
        if insn.is_prefix() {
            return Err(Error::Il { offset: *pc as usize, reason: "prefix at the end of the code".into() });
        }
    }
    Ok(out)
}

/// Decodes a body's code and also checks that its clauses start and end on
/// instruction boundaries.
pub fn decode_body(body: &MethodBody) -> Result<Vec<(u32, Insn)>> {
    let insns = decode(&body.code)?;
    let is_boundary = |off: u32| off as usize == body.code.len() || insns.binary_search_by_key(&off, |(p, _)| *p).is_ok();
    for c in &body.clauses {
        let ok = is_boundary(c.try_offset)
            && is_boundary(c.try_offset.saturating_add(c.try_len))
            && is_boundary(c.handler_offset)
            && is_boundary(c.handler_offset.saturating_add(c.handler_len))
            && !matches!(c.kind, ClauseKind::Filter(f) if !is_boundary(f));
        if !ok {
            return Err(Error::Il { offset: c.try_offset as usize, reason: format!("EH clause {c:?} is not on instruction boundaries") });
        }
    }
    Ok(insns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiny_body() -> Result<()> {
        let b = MethodBody::parse(&[(3 << 2) | 2, 0x16, 0x2a, 0x00, 0xff], 0, "t")?;
        assert_eq!(b.code, vec![0x16, 0x2a, 0x00]);
        assert_eq!(b.max_stack, 8);
        assert!(MethodBody::parse(&[(9 << 2) | 2, 0], 0, "t").is_err());
        Ok(())
    }

    #[test]
    fn fat_body_with_small_eh_section() -> Result<()> {
        // .try { nop; leave.s L } finally { endfinally } L: ret
        let code = [0x00, 0xde, 0x01, 0xdc, 0x2a];
        let mut b = vec![0x1b, 0x30, 2, 0, code.len() as u8, 0, 0, 0, 0x01, 0, 0, 0x11];
        b.extend_from_slice(&code);
        b.extend_from_slice(&[0, 0, 0]); // pad to 4
        b.extend_from_slice(&[SECT_EH_TABLE, 16, 0, 0]);
        b.extend_from_slice(&[2, 0, 0, 0, 3, 3, 0, 1, 0, 0, 0, 0]);
        let body = MethodBody::parse(&b, 0, "t")?;
        assert!(body.init_locals);
        assert_eq!(body.local_sig, Some(Token(0x1100_0001)));
        assert_eq!(
            body.clauses,
            vec![ExceptionClause { kind: ClauseKind::Finally, try_offset: 0, try_len: 3, handler_offset: 3, handler_len: 1 }]
        );
        let insns = decode_body(&body)?;
        assert_eq!(insns.get(1), Some(&(1, Insn::Leave(4))));
        Ok(())
    }

    #[test]
    fn decoder_checks_targets_and_prefixes() {
        assert!(decode(&[0x2b, 0x05, 0x2a]).is_err()); // br.s past the end
        assert!(decode(&[0x2b, 0xff, 0x2a]).is_err()); // into the middle of itself
        assert!(decode(&[0xfe, 0x14]).is_err()); // tail. at end
        assert!(decode(&[0x24]).is_err()); // unused opcode
        assert!(decode(&[0x45, 0xff, 0xff, 0xff, 0xff]).is_err()); // absurd switch
    }
}
