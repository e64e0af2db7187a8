pub const FLAGS: (bool, bool, bool) = (geometry::WIDE, geometry::HEX, geometry::HASHING);
pub const MODE: u32 = geometry::mode();
