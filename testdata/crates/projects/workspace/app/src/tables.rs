use crate::BUFFER;

pub const HALF: usize = BUFFER / 2;
pub const SLOTS: [usize; 4] = [HALF, HALF / 2, crate::BUFFER_PAGES, ::sc::units::KIB];
