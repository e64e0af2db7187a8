// Statics and consts that refer to each other: static tables of structs
// with &'static str names, references to other statics, static slices,
// consts computed from statics' values, and `static mut` read-only use.

#[derive(Debug, Clone, Copy)]
pub struct Region {
    pub name: &'static str,
    pub code: u16,
    pub zones: &'static [u8],
}

pub static EU_ZONES: [u8; 3] = [1, 2, 3];
pub static US_ZONES: [u8; 4] = [5, 6, 7, 8];

pub static REGIONS: [Region; 3] = [
    Region { name: "eu-west", code: 100, zones: &EU_ZONES },
    Region { name: "us-east", code: 200, zones: &US_ZONES },
    Region { name: "local", code: 0, zones: &[] },
];

pub static DEFAULT_REGION: &Region = &REGIONS[0];
pub static ALL: &[Region] = &REGIONS;
pub static NAMES: [&str; 3] = [REGIONS[0].name, REGIONS[1].name, REGIONS[2].name];

pub const fn zone_count(rs: &[Region]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < rs.len() {
        n += rs[i].zones.len();
        i += 1;
    }
    n
}

pub const fn find(rs: &'static [Region], code: u16) -> Option<&'static Region> {
    let mut i = 0;
    while i < rs.len() {
        if rs[i].code == code {
            return Some(&rs[i]);
        }
        i += 1;
    }
    None
}

pub const LOCAL_TABLE: [Region; 2] = [
    Region { name: "a", code: 1, zones: &[9] },
    Region { name: "b", code: 2, zones: &[9, 10] },
];

pub static TOTAL_ZONES: usize = zone_count(&REGIONS);
pub static US: Option<&Region> = find(&REGIONS, 200);
pub static NOWHERE: Option<&Region> = find(&REGIONS, 999);
pub const LOCAL_ZONES: usize = zone_count(&LOCAL_TABLE);
pub static DEFAULT_NAME: &str = DEFAULT_REGION.name;
pub static mut COUNTER_START: u32 = 10;
pub static LEVELS: &[&[u8]] = &[&[1], &[2, 2], &[]];
pub static FLAT_LEN: usize = LEVELS[0].len() + LEVELS[1].len() + LEVELS[2].len();
pub static NESTED_REF: &&u16 = &&REGIONS[1].code;
pub static GREETING: &[u8; 5] = b"hello";
pub const FIRST_US_ZONE: Option<u8> = match US_ZONES.first() {
    Some(z) => Some(*z),
    None => None,
};
