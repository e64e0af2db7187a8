use std::fmt::Debug;
pub const LIST: &[&dyn Debug] = &[&1u8, &"two", &3.0f32, &Some('4'), &[5u8; 2]];
pub const PAIR: (&dyn Debug, &dyn Debug) = (&true, &-1i16);
pub const ARR: [&dyn Debug; 3] = [&0u64, &u64::MAX, &(1, 2)];
pub const OPT: Option<&dyn Debug> = Some(&"inner");
pub const EMPTY: &[&dyn Debug] = &[];
pub const LEN: usize = LIST.len();
pub const PICK: &dyn Debug = LIST[1];
