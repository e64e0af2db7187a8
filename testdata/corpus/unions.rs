// Unions read in const code (type punning without transmute).
#[derive(Clone, Copy)]
pub union IntOrFloat {
    pub i: u32,
    pub f: f32,
}

#[derive(Clone, Copy)]
#[repr(C)]
pub union Bytes4 {
    pub word: u32,
    pub bytes: [u8; 4],
}

pub const ONE_BITS: u32 = unsafe { IntOrFloat { f: 1.0 }.i };
pub const FROM_BITS: f32 = unsafe { IntOrFloat { i: 0x4000_0000 }.f };
pub const LE_BYTES: [u8; 4] = unsafe { Bytes4 { word: 0xA1B2_C3D4 }.bytes };
pub const WORD: u32 = unsafe { Bytes4 { bytes: [1, 0, 0, 0] }.word };

const fn fast_inv_sqrt(x: f32) -> f32 {
    let i = unsafe { IntOrFloat { f: x }.i };
    let i = 0x5f37_59df - (i >> 1);
    let y = unsafe { IntOrFloat { i }.f };
    y * (1.5 - 0.5 * x * y * y)
}

pub const INV_SQRT_4: f32 = fast_inv_sqrt(4.0);

const fn swap_halves(x: u32) -> u32 {
    let mut b = Bytes4 { word: x };
    unsafe {
        let t0 = b.bytes[0];
        let t1 = b.bytes[1];
        b.bytes[0] = b.bytes[2];
        b.bytes[1] = b.bytes[3];
        b.bytes[2] = t0;
        b.bytes[3] = t1;
        b.word
    }
}

pub const SWAPPED: u32 = swap_halves(0x1111_2222);
pub const TRANSMUTED: [u16; 2] = unsafe { std::mem::transmute(0x0001_0002u32) };
pub const TRANSMUTED_F64: u64 = unsafe { std::mem::transmute(1.0f64) };
pub const TRANSMUTED_BOOL: bool = unsafe { std::mem::transmute(1u8) };
