//! Map projections.

pub mod mercator;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    WebMercator = 3857,
    Wgs84 = 4326,
}

pub const DEFAULT: Kind = Kind::WebMercator;
pub const EPSG_CODES: [u32; 2] = [Kind::WebMercator as u32, Kind::Wgs84 as u32];

pub trait Projection {
    const KIND: Kind;
    fn forward(&self, p: crate::LatLon) -> (f64, f64);
}
