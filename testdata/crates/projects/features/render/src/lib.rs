use geometry::{Point, LANES, SCALAR_BYTES};

pub const ROW: usize = LANES * SCALAR_BYTES;
pub const CORNER: Point = Point { x: 3, y: 4, z: 5 };
pub const MODE: u32 = geometry::MODE;
pub const SIZES: (usize, usize) = (geometry::POINT_SIZE, geometry::BLOCK_ALIGN);
