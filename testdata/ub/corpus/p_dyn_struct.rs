use std::fmt::Debug;
#[derive(Debug)]
pub struct Labeled { pub label: &'static str, pub value: &'static dyn Debug }
#[derive(Debug)]
pub enum Slot { Empty, Full(&'static dyn Debug) }
pub const A: Labeled = Labeled { label: "answer", value: &42u8 };
pub const B: Labeled = Labeled { label: "pair", value: &(1i8, 'b') };
pub const SLOTS: [Slot; 3] = [Slot::Empty, Slot::Full(&"x"), Slot::Full(&[1u8, 2])];
pub const fn label(l: &Labeled) -> &'static str { l.label }
pub const NAME: &str = label(&A);
