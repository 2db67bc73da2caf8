//! Entries for the other VM's callers whose view of a CLR member converts
//! at the boundary (specs/mapping.md §9).
//!
//! Java holds a value type as a box (the object `box` makes) and passes a
//! by-ref as a one-element array. A member whose signature has either, or
//! an instance member of a value type, is called through a *boundary
//! entry*: a method of this VM with the caller's shape (boxes and arrays
//! are references) whose body, lowered like any other method
//! (`lower::adapters`), copies values out of boxes and array elements,
//! calls the member, and copies by-refs back and boxes the result. Each
//! entry is made once per member and compiled on first call.
//!
//! Value types also get entries with no CLR method behind them: a struct's
//! no-argument constructor, an enum's `value()` and `of(v)`; so do
//! delegates: a constructor from an object implementing the other VM's
//! functional interface (a Java lambda). An enum's
//! named constants are boxes held in its statics block, in slots given to
//! its `literal` fields (which have no storage of their own).

use substrate::layout::HEADER_SIZE;
use substrate::ObjRef;

use crate::model::{Adapter, BodyKind, Kind, MIdx, MethodInfo, TyId};
use crate::vm::{Clr, LResult, LoadError};

impl Clr {
    /// The boundary entry `a` (made on first use).
    pub fn boundary_entry(&self, a: Adapter) -> LResult<MIdx> {
        if let Some(&m) = self.boundary.borrow().get(&a) {
            return Ok(m);
        }
        let (owner, name, flags, has_this, params, ret) = match a {
            Adapter::Call(m) => {
                let mi = self.method(m);
                let params = mi.params.iter().map(|&p| self.boundary_type(p)).collect();
                (mi.owner, mi.name.clone(), mi.flags, mi.has_this, params, self.boundary_type(mi.ret))
            }
            Adapter::DefaultCtor(t) => (t, ".ctor".to_string(), 0x1806, true, Vec::new(), self.void_ty),
            Adapter::EnumValue(t) => (t, "value".to_string(), 0x0006, true, Vec::new(), self.underlying(t)?),
            Adapter::EnumOf(t) => (t, "of".to_string(), 0x0016, false, vec![self.underlying(t)?], self.object_ty),
            Adapter::DelegateCtor(t, _) => (t, ".ctor".to_string(), 0x1806, true, vec![self.object_ty], self.void_ty),
        };
        let entry = MethodInfo {
            flags: flags & !(crate::model::mflags::VIRTUAL | crate::model::mflags::ABSTRACT),
            ..self.synthesized(owner, name, BodyKind::Boundary(a), has_this, params, ret)
        };
        let m = self.add_method_info(entry, None);
        self.boundary.borrow_mut().insert(a, m);
        Ok(m)
    }

    /// The type a value of `t` has on the other side of the boundary: a
    /// box or an array (a reference) for value types and by-refs.
    fn boundary_type(&self, t: TyId) -> TyId {
        match self.ty(t).kind {
            Kind::Struct | Kind::Enum(_) | Kind::ByRef(_) => self.object_ty,
            _ => t,
        }
    }

    /// An enum's underlying primitive type.
    pub fn underlying(&self, t: TyId) -> LResult<TyId> {
        match self.ty(t).kind {
            Kind::Enum(p) => Ok(self.prim(p)),
            _ => Err(LoadError::type_load(format!("{} is not an enum", self.ty(t).name))),
        }
    }

    /// An enum's named constants: statics-block offset of each one's box
    /// and its value (bits, sign-extended), in declaration order.
    pub fn enum_constants(&self, t: TyId) -> LResult<Vec<(String, u32, u64)>> {
        let info = self.statics(t)?;
        let Some(statics) = info.statics.get() else {
            return Ok(Vec::new());
        };
        let values = self.enum_literals(t)?;
        Ok(statics
            .fields
            .iter()
            .filter(|f| f.literal)
            .filter_map(|f| {
                let &(_, bits) = values.iter().find(|(n, _)| *n == f.name)?;
                Some((f.name.clone(), f.offset, bits))
            })
            .collect())
    }

    /// Fills an enum's constant boxes (once; they are roots from then on).
    pub fn make_enum_constants(&self, t: TyId) -> Result<(), ObjRef> {
        let consts = self.enum_constants(t).map_err(|e| self.raise(&e))?;
        let info = self.ty(t);
        let Some(statics) = info.statics.get() else {
            return Ok(());
        };
        let rt = self.link(t).map_err(|e| self.raise(&e))?.rt;
        for (_, offset, bits) in consts {
            if statics.block.read_ref(offset).is_some() {
                continue;
            }
            let b = self.rt().alloc_object(rt)?;
            self.rt().heap.borrow_mut().write_i64(b, HEADER_SIZE, bits as i64);
            statics.block.write_ref(offset, Some(b));
        }
        Ok(())
    }
}
