//! Enums stored as short string keys ("order_only", "impact_change").
//!
//! `keyed_enum!` declares an enum together with each variant's key and label, so that the key
//! written to files, the key read back and the label on screen come from one line each.

/// Declares a fieldless enum whose variants are written as string keys.
///
/// ```text
/// keyed_enum! {
///     /// How sure a time is.
///     pub enum Precision {
///         #[default] Exact => ("exact", "Exact"),
///         Approximate => ("approximate", "Approximate"),
///     }
/// }
/// ```
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => ($key:literal, $label:literal) ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The key written to files.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            /// The name shown to people.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }

            /// The accepted keys, for error messages: `"exact", "approximate"`.
            pub fn keys_list() -> String {
                Self::ALL
                    .iter()
                    .map(|v| format!("\"{}\"", v.key()))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }
    };
}

pub(crate) use keyed_enum;
