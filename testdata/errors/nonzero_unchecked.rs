// NonZero::new_unchecked(0): a precondition / UB.
use std::num::NonZeroU32;

pub const NZ: NonZeroU32 = unsafe { NonZeroU32::new_unchecked(0) };
