//! The VM-neutral runtime under both front ends: the object model, type
//! descriptors, the garbage-collected heap, the Cranelift JIT engine, lazy
//! compilation, exceptions and the managed-frame unwinder.
//!
//! It knows types, methods, fields, slots, selectors and faults. It does not
//! know which virtual machine defined a type: front ends reach it through
//! [`Frontend`] (cold callbacks) and through the JIT's lowering helpers.
#![warn(missing_docs)]

pub mod code;
pub mod console;
#[expect(unsafe_code, reason = "type descriptors are raw memory read by compiled code")]
pub mod descs;
#[expect(unsafe_code, reason = "raw heap memory")]
pub mod heap;
#[expect(unsafe_code, reason = "entering compiled code and patching code slots")]
pub mod jit;
pub mod layout;
pub mod leaf;
pub mod lower;
pub mod managed_thread;
pub mod object;
pub mod runtime;
#[expect(unsafe_code, reason = "walking and resuming managed frames")]
pub mod unwind;

pub use object::ObjRef;
pub use runtime::{root_slot, ArrayElem, CoreType, Fault, FirstPass, FrameInfo, Frontend, MethodId, Runtime, TypeId};
