use std::num::NonZeroU8;
pub struct Id { pub n: NonZeroU8, pub tag: u8 }
pub const ID: Id = unsafe { std::mem::transmute([0u8, 4u8]) };
