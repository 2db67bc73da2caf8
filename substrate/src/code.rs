//! What the runtime knows about compiled code: for every function, its
//! address range and, for every call site, the stack map (GC roots), the
//! exception handlers and the source position. The collector and the
//! unwinder look frames up here by return address.

use std::collections::{BTreeMap, HashMap};

/// Who a compiled function belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// A managed method of a front end.
    Method(u32),
    /// The Rust-to-managed entry trampoline: walks stop here.
    Entry,
    /// Runtime glue (throw stub, native adapters without a method).
    Glue,
}

/// One handler of a `try_call` site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handler {
    /// Catches instances of the type with this id (and its subtypes).
    Type(u32, usize),
    /// Catches everything.
    All(usize),
}

/// One call site, keyed by its absolute return address.
#[derive(Debug, Clone, Default)]
pub struct CallSite {
    /// FP - SP of the calling frame during the call (from the stack map).
    pub span: u32,
    /// SP-relative offsets of live references.
    pub refs: Box<[u32]>,
    /// FP - SP at a `try_call`, if this is one.
    pub frame_offset: Option<u32>,
    /// Handlers in the order they are tried.
    pub handlers: Box<[Handler]>,
    /// Front-end source position of the call (e.g. bytecode offset), if any.
    pub srcloc: Option<u32>,
}

/// A compiled function's range and owner.
#[derive(Debug, Clone, Copy)]
pub struct FuncInfo {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Owner.
    pub kind: CodeKind,
}

/// All compiled code, looked up by address.
#[derive(Debug, Default)]
pub struct CodeRegistry {
    funcs: BTreeMap<usize, FuncInfo>,
    sites: HashMap<usize, CallSite>,
}

impl CodeRegistry {
    /// Records a function and its call sites (already made absolute).
    pub fn register(&mut self, info: FuncInfo, sites: impl IntoIterator<Item = (usize, CallSite)>) {
        self.funcs.insert(info.start, info);
        self.sites.extend(sites);
    }

    /// The function containing `pc`, if it is compiled code.
    pub fn func_at(&self, pc: usize) -> Option<&FuncInfo> {
        let (_, f) = self.funcs.range(..=pc).next_back()?;
        (pc < f.end).then_some(f)
    }

    /// The call site whose return address is `ret`.
    pub fn site(&self, ret: usize) -> Option<&CallSite> {
        self.sites.get(&ret)
    }
}
