#[cfg(all(feature = "f32", not(feature = "f64")))]
pub type Scalar = f32;
#[cfg(feature = "f64")]
pub type Scalar = f64;

pub const SCALAR_BYTES: usize = core::mem::size_of::<Scalar>();

#[cfg(feature = "wide")]
pub const LANES: usize = 8;
#[cfg(not(feature = "wide"))]
pub const LANES: usize = 4;

pub const WIDE: bool = cfg!(feature = "wide");
pub const HEX: bool = cfg!(feature = "hexfmt");
pub const HASHING: bool = cfg!(feature = "adler");

#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub x: i32,
    pub y: i32,
    #[cfg(feature = "wide")]
    pub z: i32,
}

pub const ORIGIN: Point = Point {
    x: 0,
    y: 0,
    #[cfg(feature = "wide")]
    z: 0,
};

pub const POINT_SIZE: usize = core::mem::size_of::<Point>();

#[cfg_attr(feature = "wide", repr(C, align(16)))]
#[derive(Debug)]
pub struct Block {
    pub data: [u8; 3],
}

pub const BLOCK_ALIGN: usize = core::mem::align_of::<Block>();

pub const fn mode() -> u32 {
    let mut m = 0;
    #[cfg(feature = "f32")]
    {
        m |= 1;
    }
    #[cfg(feature = "f64")]
    {
        m |= 2;
    }
    #[cfg(feature = "hexfmt")]
    {
        m |= 4;
    }
    m
}

pub const MODE: u32 = mode();
