//! Bounding boxes in degrees.

use super::LatLon;
use crate::tile::Tile;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    pub south_west: LatLon,
    pub north_east: LatLon,
}

impl BBox {
    pub const WORLD: BBox = BBox {
        south_west: LatLon::new(-crate::MAX_LATITUDE, -180.0),
        north_east: LatLon::new(crate::MAX_LATITUDE, 180.0),
    };

    pub const fn contains(&self, p: LatLon) -> bool {
        p.lat >= self.south_west.lat && p.lat <= self.north_east.lat && p.lon >= self.south_west.lon && p.lon <= self.north_east.lon
    }

    pub const fn width_deg(&self) -> f64 {
        self.north_east.lon - self.south_west.lon
    }

    pub fn tiles(&self, z: u8) -> impl Iterator<Item = Tile> {
        let a = Tile::containing(LatLon::new(self.north_east.lat, self.south_west.lon), z);
        let b = Tile::containing(LatLon::new(self.south_west.lat, self.north_east.lon), z);
        (a.y..=b.y).flat_map(move |y| (a.x..=b.x).map(move |x| Tile { x, y, z }))
    }
}

pub const WORLD_WIDTH: f64 = BBox::WORLD.width_deg();
pub const BERLIN: LatLon = LatLon::new(52.52, 13.405);
pub const BERLIN_IN_WORLD: bool = BBox::WORLD.contains(BERLIN);
