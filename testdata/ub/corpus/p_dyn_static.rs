use std::fmt::Debug;
pub trait Tag {}
impl Tag for u16 {}
pub static S_DBG: &(dyn Debug + Sync) = &[1u8, 2, 3];
pub static S_TAG: &(dyn Tag + Sync) = &5u16;
pub static SIZE: usize = std::mem::size_of_val(S_TAG);
pub const C_DBG: &(dyn Debug + Send + Sync) = &"sendable";
pub static NESTED: (&(dyn Debug + Sync), u8) = (&Some(1u8), 2);
