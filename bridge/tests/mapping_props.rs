//! Properties of the Java <-> CLR mapping rules (specs/mapping.md) over
//! generated type shapes: names are injective and round-trip, the overload
//! mapping is injective and maps back to the member javac picked, identity
//! primitives keep their representation, and the spec data is consistent.

use std::collections::{BTreeSet, HashMap, HashSet};

use bridge::mapping::{
    ArrayShape, ClrNamedType, ClrPrimitive, ClrTypeRef, ClrTypeSegment, JavaClassRef,
    JavaMemberKind, JavaPrimitive, JavaTypeRef, MethodShape, Spec,
};
use proptest::prelude::*;

fn spec() -> &'static Spec {
    Spec::builtin().expect("the built-in spec loads")
}

// ---- generators ---------------------------------------------------------

const JAVA_KEYWORDS: &[&str] = &[
    "synchronized",
    "native",
    "int",
    "class",
    "var",
    "record",
    "_",
    "null",
    "new",
];
const CS_KEYWORDS: &[&str] = &[
    "lock", "internal", "object", "string", "event", "out", "uint", "base",
];
const SLOT_NAMES: &[&str] = &[
    "toString",
    "hashCode",
    "equals",
    "finalize",
    "getMessage",
    "ToString",
];
const ARG_WORDS: &[&str] = &[
    "String",
    "Object",
    "Throwable",
    "uint",
    "ubyte",
    "nint",
    "boolean",
];

/// Names as metadata may spell them: plain, keywords of either language,
/// the arg-encoding words, escape look-alikes and odd characters.
fn any_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Z][a-zA-Z0-9]{0,7}",
        2 => "[a-z_][a-z0-9_]{0,5}",
        1 => proptest::sample::select(JAVA_KEYWORDS).prop_map(str::to_owned),
        1 => proptest::sample::select(JAVA_KEYWORDS).prop_map(|k| format!("{k}_")),
        1 => proptest::sample::select(CS_KEYWORDS).prop_map(str::to_owned),
        1 => proptest::sample::select(ARG_WORDS).prop_map(str::to_owned),
        1 => "__[A-Za-z_]{0,4}",
        1 => "[0-9][a-z]{0,3}",
        1 => "[<>`$.+ ,=_aZé😀-]{0,5}",
    ]
}

/// A namespace segment: any non-empty name without a dot (the loader splits
/// namespaces at dots).
fn ns_segment() -> impl Strategy<Value = String> {
    any_name().prop_filter("non-empty, no dot", |s| !s.is_empty() && !s.contains('.'))
}

fn namespace() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        1 => Just(Vec::new()),
        2 => Just(vec!["System".to_owned()]),
        2 => Just(vec!["System".to_owned(), "Collections".to_owned(), "Generic".to_owned()]),
        3 => proptest::collection::vec(ns_segment(), 1..4),
    ]
}

/// A Java identifier as class files hold it: no `. ; [ /`, and no `$` (so
/// the binary name says where nesting is).
fn java_segment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z][A-Za-z0-9_]{0,6}",
        1 => proptest::sample::select(CS_KEYWORDS).prop_map(str::to_owned),
        1 => "[a-zé_][a-z0-9é😀_]{0,4}",
        1 => "__[a-z]{0,3}",
        1 => "[0-9][a-z]{0,2}",
    ]
}

fn java_class() -> impl Strategy<Value = JavaClassRef> {
    (
        proptest::collection::vec(java_segment(), 0..4),
        proptest::collection::vec(java_segment(), 1..3),
    )
        .prop_filter("not in the reserved package", |(package, _)| {
            package.first().map(String::as_str) != Some("cli")
        })
        .prop_map(|(package, chain)| JavaClassRef::new(package, chain))
}

fn primitive() -> impl Strategy<Value = ClrPrimitive> {
    proptest::sample::select(ClrPrimitive::ALL.to_vec())
}

fn segment_name(arity: usize) -> impl Strategy<Value = String> {
    let conventional = any_name().prop_map(move |n| {
        if arity == 0 {
            n
        } else {
            format!("{n}`{arity}")
        }
    });
    prop_oneof![4 => conventional, 1 => any_name()]
}

/// One nesting level with `args` already generated.
fn segment(args: Vec<ClrTypeRef>) -> impl Strategy<Value = ClrTypeSegment> {
    segment_name(args.len()).prop_map(move |name| ClrTypeSegment {
        name,
        args: args.clone(),
    })
}

fn leaf() -> impl Strategy<Value = ClrTypeRef> {
    prop_oneof![
        3 => primitive().prop_map(ClrTypeRef::Primitive),
        3 => (namespace(), proptest::collection::vec(segment_name(0), 1..3)).prop_map(|(namespace, names)| {
            ClrTypeRef::Named(ClrNamedType { namespace, path: names.into_iter().map(ClrTypeSegment::new).collect() })
        }),
        1 => Just(ClrTypeRef::string()),
        1 => Just(ClrTypeRef::object()),
        1 => Just(ClrTypeRef::named("System", "Exception")),
        1 => java_class().prop_map(ClrTypeRef::Java),
    ]
}

/// Any type that can be a type argument: nested generic instantiations a
/// few levels deep, arrays of all shapes.
fn type_arg() -> impl Strategy<Value = ClrTypeRef> {
    leaf().prop_recursive(4, 24, 3, |inner| {
        prop_oneof![
            2 => (namespace(), proptest::collection::vec(proptest::collection::vec(inner.clone(), 0..3), 1..3))
                .prop_flat_map(|(namespace, levels)| {
                    levels
                        .into_iter()
                        .map(segment)
                        .collect::<Vec<_>>()
                        .prop_map(move |path| ClrTypeRef::Named(ClrNamedType { namespace: namespace.clone(), path }))
                }),
            1 => inner.clone().prop_map(ClrTypeRef::sz_array),
            1 => (inner, 1u32..4).prop_map(|(t, rank)| t.md_array(rank)),
        ]
    })
}

/// A type that is a Java class: named types (incl. instantiations), boxed
/// primitives, Java classes, multi-dimensional arrays.
fn class_type() -> impl Strategy<Value = ClrTypeRef> {
    type_arg()
        .prop_filter("has a class", |t| {
            !matches!(
                t,
                ClrTypeRef::Array {
                    shape: ArrayShape::Sz,
                    ..
                }
            )
        })
        .prop_map(|t| spec().canonical(&t))
}

/// Parameter types chosen to collide: signed/unsigned pairs, arrays, by-refs.
fn param_type() -> impl Strategy<Value = ClrTypeRef> {
    use ClrPrimitive::*;
    let base = prop_oneof![
        proptest::sample::select(vec![
            SByte, Byte, Int16, UInt16, Int32, UInt32, Int64, UInt64, Char, Boolean
        ])
        .prop_map(ClrTypeRef::Primitive),
        Just(ClrTypeRef::string()),
        Just(ClrTypeRef::named("System", "Decimal")),
        Just(ClrTypeRef::Primitive(IntPtr)),
    ];
    base.prop_recursive(2, 4, 1, |inner| {
        prop_oneof![
            inner.clone().prop_map(ClrTypeRef::sz_array),
            inner.prop_map(|t| t.md_array(2))
        ]
    })
    .prop_flat_map(|t| prop_oneof![3 => Just(t.clone()), 1 => Just(t.by_ref())])
}

fn return_type() -> impl Strategy<Value = Option<ClrTypeRef>> {
    use ClrPrimitive::*;
    prop_oneof![
        2 => Just(None),
        2 => proptest::sample::select(vec![Int32, UInt32, Int64, Byte]).prop_map(|p| Some(ClrTypeRef::Primitive(p))),
        1 => type_arg().prop_filter("not a by-ref", |t| !matches!(t, ClrTypeRef::ByRef(_))).prop_map(Some),
    ]
}

/// A method group: one name (or constructors), distinct signatures.
fn group() -> impl Strategy<Value = (String, Vec<MethodShape>)> {
    let name = prop_oneof![
        4 => any_name(),
        1 => proptest::sample::select(SLOT_NAMES).prop_map(str::to_owned),
        1 => Just(".ctor".to_owned()),
    ];
    (
        name,
        proptest::collection::vec(
            (
                proptest::collection::vec(param_type(), 0..3),
                return_type(),
                any::<bool>(),
            ),
            1..8,
        ),
    )
        .prop_map(|(name, members)| {
            let ctor = name == ".ctor";
            let mut seen = HashSet::new();
            let shapes = members
                .into_iter()
                .map(|(params, ret, is_static)| {
                    let (ret, is_static) = if ctor {
                        (None, false)
                    } else {
                        (ret, is_static)
                    };
                    MethodShape {
                        name: name.clone(),
                        params,
                        ret,
                        is_static,
                        slot: None,
                    }
                })
                .map(|m| MethodShape {
                    params: m.params.iter().map(|p| spec().canonical(p)).collect(),
                    ret: m.ret.as_ref().map(|r| spec().canonical(r)),
                    ..m
                })
                .filter(|m| seen.insert((m.params.clone(), m.ret.clone(), m.is_static)))
                .collect();
            (name, shapes)
        })
}

// ---- checks on produced text ----------------------------------------------

fn is_java_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    !first.is_ascii_digit()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && !spec()
            .data()
            .identifiers
            .java_keywords
            .iter()
            .any(|k| k == s)
}

fn is_cs_source_identifier(s: &str) -> bool {
    let (verbatim, body) = match s.strip_prefix('@') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let keyword = spec()
        .data()
        .identifiers
        .cs_keywords
        .iter()
        .any(|k| k == body);
    let mut chars = body.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    verbatim == keyword
        && !first.is_ascii_digit()
        && body.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

// ---- properties -----------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Escaped Java identifiers are legal, `$`-free and decode back.
    #[test]
    fn java_identifiers_round_trip(s in prop_oneof![any_name(), any::<String>()]) {
        let e = spec().escape_java_identifier(&s);
        prop_assert!(is_java_identifier(&e), "{e}");
        prop_assert!(!e.contains('$'));
        prop_assert_eq!(spec().unescape_java_identifier(&e), Some(s));
    }

    /// C# identifiers are legal source and decode back.
    #[test]
    fn cs_identifiers_round_trip(s in prop_oneof![any_name(), any::<String>()]) {
        let e = spec().escape_cs_identifier(&s);
        prop_assert!(is_cs_source_identifier(&e), "{e}");
        prop_assert_eq!(spec().unescape_cs_identifier(&e), Some(s.clone()));
        prop_assert_eq!(spec().unescape_cs_identifier(&spec().cs_metadata_identifier(&s)), Some(s));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// CLR type -> Java name -> the same CLR type; the name is made of legal
    /// Java identifiers. (Round trip implies injectivity.)
    #[test]
    fn java_names_round_trip(t in class_type()) {
        let name = spec().java_class_name(&t).map_err(|e| TestCaseError::fail(e.to_string()))?;
        // A Java class keeps the name its class file gives it; every name the
        // mapping makes is legal Java.
        if !matches!(t, ClrTypeRef::Java(_)) {
            for part in name.split('.') {
                prop_assert!(is_java_identifier(part), "{name}: {part}");
            }
        }
        prop_assert_eq!(spec().clr_type_of_java_name(&name), Some(t));
    }

    /// Java name -> CLR type -> the same Java name, for Java classes.
    #[test]
    fn java_class_names_round_trip(j in java_class()) {
        let name = j.binary_name();
        let t = spec().clr_type_of_java_name(&name);
        prop_assert!(t.is_some(), "{name}");
        let t = t.unwrap_or_else(ClrTypeRef::object);
        prop_assert_eq!(spec().java_class_name(&t).ok(), Some(name));
    }

    /// Java class -> C# name -> the same Java class; legal C# source.
    #[test]
    fn cs_names_round_trip(j in java_class()) {
        let is_core_cs_name = spec().data().core_types.iter().any(|c| c.clr == j.binary_name());
        prop_assume!(!is_core_cs_name);
        let cs = spec().cs_name_of_java_class(&j).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let source = spec().cs_source_name(&cs);
        for part in source.split('.') {
            prop_assert!(is_cs_source_identifier(part), "{source}: {part}");
        }
        prop_assert_eq!(spec().java_class_of_cs_name(&cs.full_name()), Some(j));
    }

    /// No two distinct types share a Java name, nor a C# name.
    #[test]
    fn names_are_injective(types in proptest::collection::vec(class_type(), 2..12),
                           classes in proptest::collection::vec(java_class(), 2..12)) {
        let mut by_name: HashMap<String, ClrTypeRef> = HashMap::new();
        for t in types {
            let name = spec().java_class_name(&t).map_err(|e| TestCaseError::fail(e.to_string()))?;
            if let Some(old) = by_name.insert(name.clone(), t.clone()) {
                prop_assert_eq!(old, t, "{}", name);
            }
        }
        let mut by_cs: HashMap<String, JavaClassRef> = HashMap::new();
        for j in classes {
            let Ok(cs) = spec().cs_name_of_java_class(&j) else { continue };
            let j = spec().java_class_of_cs_name(&cs.full_name()).unwrap_or(j);
            if let Some(old) = by_cs.insert(cs.full_name(), j.clone()) {
                prop_assert_eq!(old, j);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The overload mapping is injective, and each Java (name, descriptor)
    /// resolves back to the member it came from, whose parameters are the
    /// ones the descriptor lists: the member javac binds is the one that runs.
    #[test]
    fn overloads_are_injective_and_resolve_back((name, group) in group()) {
        let declaring = ClrTypeRef::named("Sample", "Type");
        let members = spec().java_overloads(&declaring, &group).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(members.len(), group.len());
        let mut seen = HashSet::new();
        for (i, (j, m)) in members.iter().zip(&group).enumerate() {
            prop_assert!(seen.insert((j.name.clone(), j.descriptor.clone())), "duplicate {}", j);
            let resolved = spec().resolve_java_member(&declaring, &group, &j.name, &j.descriptor);
            prop_assert_eq!(resolved.ok().flatten(), Some(i));
            let params: String = m.params.iter()
                .map(|p| spec().java_type(p).map(|t| t.descriptor()))
                .collect::<Result<_, _>>()
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(j.descriptor.starts_with(&format!("({params})")), "{} vs {}", j, params);
            match j.kind {
                JavaMemberKind::Constructor => prop_assert_eq!(&j.name, "<init>"),
                _ => prop_assert!(is_java_identifier(&j.name), "{}", j.name),
            }
            // A member whose Java signature is unique keeps the plain name
            // (or the forced escape, if it would pose as a shared slot).
            let key = |m: &MethodShape| m.params.iter().map(|p| spec().java_type(p).ok()).collect::<Vec<_>>();
            let alone = group.iter().filter(|n| key(n) == key(m)).count() == 1;
            if alone && name != ".ctor" {
                let plain = spec().escape_java_identifier(&name);
                let poses = spec().object_slots().iter().chain(&spec().data().throwable_members)
                    .any(|s| s.java_name == plain && s.java_descriptor == j.descriptor);
                if poses {
                    prop_assert_eq!(j.name.strip_prefix("__"), Some(name.as_str()));
                } else {
                    prop_assert_eq!(&j.name, &plain);
                }
            }
        }
    }
}

/// Identity primitives have the same size and representation on both
/// sides; unsigned ones keep the size of the Java type they are seen as.
#[test]
fn identity_primitives_keep_representation() {
    let s = spec();
    let mut element_types = BTreeSet::new();
    for p in ClrPrimitive::ALL {
        let row = s.clr_primitive(p).expect("row");
        assert!(
            element_types.insert(row.element_type),
            "{} element type twice",
            row.name
        );
        let Some(j) = s.java_primitive_of(p).expect("valid") else {
            assert!(!row.identity, "{} has no Java primitive", row.name);
            continue;
        };
        let jr = s.java_primitive(j).expect("row");
        assert_eq!(jr.size, row.size, "{}", row.name);
        if row.identity {
            assert_eq!(
                (jr.signed, jr.float),
                (row.signed, row.float),
                "{}",
                row.name
            );
            assert_eq!(s.clr_identity_of(j), Some(p));
        } else {
            assert!(!row.signed && row.overload_code.is_some(), "{}", row.name);
        }
    }
    for j in JavaPrimitive::ALL {
        let p = s
            .clr_identity_of(j)
            .expect("every Java primitive has a CLR identity");
        assert_eq!(
            s.java_type(&ClrTypeRef::Primitive(p)).ok(),
            Some(JavaTypeRef::Primitive(j))
        );
    }
    // An array of an identity primitive is the same Java array type.
    let ints = ClrTypeRef::Primitive(ClrPrimitive::Int32).sz_array();
    assert_eq!(
        s.java_type(&ints).map(|t| t.descriptor()).ok().as_deref(),
        Some("[I")
    );
}

/// Exception aliases are unique both ways and the two lookups are inverse;
/// the Object slot table has four distinct entries in order.
#[test]
fn spec_data_is_consistent() {
    let s = spec();
    let aliases: Vec<_> = s.aliases().collect();
    assert_eq!(aliases.len(), 7);
    let java: HashSet<_> = aliases.iter().map(|a| &a.java).collect();
    let clr: HashSet<_> = aliases.iter().map(|a| &a.clr).collect();
    assert_eq!(java.len(), aliases.len());
    assert_eq!(clr.len(), aliases.len());
    for a in &aliases {
        assert_eq!(s.clr_alias_of_java(&a.java), Some(a.clr.as_str()));
        assert_eq!(s.java_alias_of_clr(&a.clr), Some(a.java.as_str()));
        assert_eq!(s.alias_of_fault(&a.fault).map(|x| &x.java), Some(&a.java));
    }
    assert_eq!(
        s.clr_alias_of_java("java.lang.NullPointerException"),
        Some("System.NullReferenceException")
    );
    let slots = s.object_slots();
    assert_eq!(slots.len(), 5);
    let names: HashSet<_> = slots.iter().map(|m| (&m.java_name, &m.clr_name)).collect();
    assert_eq!(names.len(), 5);
    let expected = [
        ("toString", "ToString"),
        ("equals", "Equals"),
        ("hashCode", "GetHashCode"),
        ("finalize", "Finalize"),
        ("clone", "MemberwiseClone"),
    ];
    for (i, (slot, (j, c))) in slots.iter().zip(expected).enumerate() {
        assert_eq!(slot.slot, u32::try_from(i).ok());
        assert_eq!((slot.java_name.as_str(), slot.clr_name.as_str()), (j, c));
    }
}

/// The concrete examples the prose quotes.
#[test]
fn documented_examples() {
    let s = spec();
    let dict = s
        .parse_example_type("System.Collections.Generic.Dictionary`2<string, System.Collections.Generic.List`1<int>>")
        .expect("parses");
    assert_eq!(
        s.java_class_name(&dict).ok().as_deref(),
        Some("cli.System.Collections.Generic.Dictionary$$LString$$CList$$Lint$$R$$R")
    );
    let sb = ClrTypeRef::named("System.Text", "StringBuilder");
    assert_eq!(
        s.java_class_name(&sb).ok().as_deref(),
        Some("cli.System.Text.StringBuilder")
    );
    assert_eq!(
        s.clr_type_of_java_name("cli.System.Text.StringBuilder"),
        Some(sb)
    );
    assert_eq!(
        s.clr_type_of_java_name("cli.System.String"),
        None,
        "System.String is java.lang.String"
    );
    assert_eq!(
        s.java_class_name(&ClrTypeRef::object()).ok().as_deref(),
        Some("java.lang.Object")
    );
    let entry = JavaClassRef::parse_binary_name("java.util.Map$Entry").expect("binary name");
    let cs = s.cs_name_of_java_class(&entry).expect("maps");
    assert_eq!(cs.full_name(), "java.util.Map+Entry");
    assert_eq!(s.cs_source_name(&cs), "java.util.Map.Entry");
    let failures = s.check_examples();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
