//! Limits shared by the workspace.
pub const PAGE: usize = 4096;
pub const MAX_ITEMS: u32 = 1 << 12;
pub const NAME: &str = "shop";

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Version {
    pub major: u16,
    pub minor: u16,
}

impl Version {
    pub const CURRENT: Version = Version { major: 3, minor: 1 };
    pub const fn packed(self) -> u32 {
        (self.major as u32) << 16 | self.minor as u32
    }
}

pub const fn pages(bytes: usize) -> usize {
    (bytes + PAGE - 1) / PAGE
}

pub mod names;

pub mod units {
    pub const KIB: usize = 1024;
    pub const MIB: usize = KIB * 1024;
}
