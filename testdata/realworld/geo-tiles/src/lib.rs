//! Web-map tile math: projections between WGS84 and Web Mercator, tile
//! coordinates at zoom levels, quadkeys, and bounding boxes.

pub mod bbox;
pub mod projection;
pub mod tile;

pub use bbox::BBox;
pub use projection::mercator::{lat_lon_to_meters, meters_to_lat_lon};
pub use tile::Tile;

pub const TILE_SIZE: u32 = 256;
pub const MAX_ZOOM: u8 = 22;
pub const EARTH_RADIUS_M: f64 = 6_378_137.0;
pub const ORIGIN_SHIFT: f64 = std::f64::consts::PI * EARTH_RADIUS_M;
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_59;

pub const fn tiles_at(zoom: u8) -> u64 {
    1u64 << (2 * zoom as u32)
}

pub const TILES_AT_ZOOM: [u64; 4] = [tiles_at(0), tiles_at(1), tiles_at(10), tiles_at(MAX_ZOOM)];
pub const WORLD_PIXELS_Z8: u64 = (TILE_SIZE as u64) << 8;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    pub const NULL_ISLAND: LatLon = LatLon { lat: 0.0, lon: 0.0 };

    pub const fn new(lat: f64, lon: f64) -> Self {
        LatLon { lat, lon }
    }

    pub const fn clamped(self) -> LatLon {
        let lat = if self.lat > MAX_LATITUDE {
            MAX_LATITUDE
        } else if self.lat < -MAX_LATITUDE {
            -MAX_LATITUDE
        } else {
            self.lat
        };
        LatLon { lat, lon: self.lon }
    }
}

pub const NORTH_POLE_CLAMPED: LatLon = LatLon::new(90.0, 0.0).clamped();
