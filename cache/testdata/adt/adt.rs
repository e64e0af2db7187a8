// Only the derived Debug impl shows E's variants (names, order, fields);
// X builds one of them. Split into two MIR documents, X's value depends
// on the document holding the impl.
#[derive(Debug)]
pub enum E {
    A,
    B(u8),
    C,
}

pub const X: E = E::B(7);
