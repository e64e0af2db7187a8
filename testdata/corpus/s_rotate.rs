// Rotating and reversing arrays in place through &mut [T].
pub const L: [u8; 5] = { let mut a = [1, 2, 3, 4, 5]; a.rotate_left(2); a };
pub const R: [u16; 6] = { let mut a = [1, 2, 3, 4, 5, 6]; a.rotate_right(4); a };
pub const Z: [i8; 3] = { let mut a = [1, 2, 3]; a.rotate_left(0); a.rotate_right(3); a };
pub const S: [u32; 7] = { let mut a = [0, 1, 2, 3, 4, 5, 6]; let s = &mut a; s.rotate_left(3); a };
pub const E: [u8; 0] = { let mut a: [u8; 0] = []; a.rotate_left(0); a };
pub const REV: [u8; 4] = { let mut a = [1, 2, 3, 4]; a.reverse(); a };
