#[derive(Clone, Copy)]
#[repr(C)]
pub union Grid { cells: [[u8; 2]; 2], flat: [u8; 4], n: u32 }
pub const G: [[u8; 2]; 2] = unsafe { Grid { flat: [1, 2, 3, 4] }.cells };
pub const F: [u8; 4] = unsafe { Grid { cells: [[5, 6], [7, 8]] }.flat };
pub const N: u32 = unsafe { Grid { flat: [0, 0, 0, 1] }.n };
