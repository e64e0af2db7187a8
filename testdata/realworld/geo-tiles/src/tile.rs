//! Tile coordinates and quadkeys.

use std::fmt;
use std::str::FromStr;

use crate::projection::mercator;
use crate::{LatLon, MAX_ZOOM, TILE_SIZE};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tile {
    pub x: u32,
    pub y: u32,
    pub z: u8,
}

impl Tile {
    pub const ROOT: Tile = Tile { x: 0, y: 0, z: 0 };

    pub const fn parent(&self) -> Option<Tile> {
        if self.z == 0 {
            None
        } else {
            Some(Tile { x: self.x >> 1, y: self.y >> 1, z: self.z - 1 })
        }
    }

    pub const fn children(&self) -> [Tile; 4] {
        let (x, y, z) = (self.x * 2, self.y * 2, self.z + 1);
        [Tile { x, y, z }, Tile { x: x + 1, y, z }, Tile { x, y: y + 1, z }, Tile { x: x + 1, y: y + 1, z }]
    }

    pub const fn quadkey_digits(&self) -> [u8; MAX_ZOOM as usize] {
        let mut out = [0u8; MAX_ZOOM as usize];
        let mut i = self.z;
        while i > 0 {
            let mask = 1 << (i - 1);
            let mut d = b'0';
            if self.x & mask != 0 {
                d += 1;
            }
            if self.y & mask != 0 {
                d += 2;
            }
            out[(self.z - i) as usize] = d;
            i -= 1;
        }
        out
    }

    pub fn quadkey(&self) -> String {
        let d = self.quadkey_digits();
        String::from_utf8_lossy(&d[..self.z as usize]).into_owned()
    }

    pub fn containing(p: LatLon, z: u8) -> Tile {
        let (mx, my) = mercator::lat_lon_to_meters(p.clamped());
        let (px, py) = mercator::meters_to_pixels(mx, my, z);
        let max = (1u32 << z) - 1;
        Tile { x: ((px / TILE_SIZE as f64) as u32).min(max), y: ((py / TILE_SIZE as f64) as u32).min(max), z }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct QuadkeyError(pub char);

impl FromStr for Tile {
    type Err = QuadkeyError;

    fn from_str(s: &str) -> Result<Tile, QuadkeyError> {
        s.chars().try_fold(Tile::ROOT, |t, c| {
            let d = c.to_digit(4).ok_or(QuadkeyError(c))?;
            Ok(Tile { x: t.x * 2 + (d & 1), y: t.y * 2 + (d >> 1), z: t.z + 1 })
        })
    }
}

impl fmt::Display for Tile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.z, self.x, self.y)
    }
}

pub const SAMPLE: Tile = Tile { x: 3, y: 5, z: 3 };
pub const SAMPLE_PARENT: Option<Tile> = SAMPLE.parent();
pub const ROOT_PARENT: Option<Tile> = Tile::ROOT.parent();
pub const SAMPLE_CHILDREN: [Tile; 4] = SAMPLE.children();
pub const SAMPLE_QUADKEY: [u8; MAX_ZOOM as usize] = SAMPLE.quadkey_digits();
