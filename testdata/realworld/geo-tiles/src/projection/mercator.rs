//! Spherical (Web) Mercator.

use super::{Kind, Projection};
use crate::{LatLon, EARTH_RADIUS_M, ORIGIN_SHIFT, TILE_SIZE};

pub const METERS_PER_DEGREE: f64 = ORIGIN_SHIFT / 180.0;
pub const INITIAL_RESOLUTION: f64 = 2.0 * ORIGIN_SHIFT / TILE_SIZE as f64;

pub const fn resolution(zoom: u8) -> f64 {
    INITIAL_RESOLUTION / (1u64 << zoom) as f64
}

pub const RESOLUTIONS: [f64; 3] = [resolution(0), resolution(10), resolution(20)];

pub fn lat_lon_to_meters(p: LatLon) -> (f64, f64) {
    let mx = p.lon * METERS_PER_DEGREE;
    let my = ((90.0 + p.lat) * std::f64::consts::PI / 360.0).tan().ln() * EARTH_RADIUS_M;
    (mx, my)
}

pub fn meters_to_lat_lon(mx: f64, my: f64) -> LatLon {
    let lon = mx / METERS_PER_DEGREE;
    let lat = (2.0 * (my / EARTH_RADIUS_M).exp().atan() - std::f64::consts::FRAC_PI_2).to_degrees();
    LatLon { lat, lon }
}

pub fn meters_to_pixels(mx: f64, my: f64, zoom: u8) -> (f64, f64) {
    let res = resolution(zoom);
    ((mx + ORIGIN_SHIFT) / res, (ORIGIN_SHIFT - my) / res)
}

pub struct WebMercator;

impl Projection for WebMercator {
    const KIND: Kind = Kind::WebMercator;
    fn forward(&self, p: LatLon) -> (f64, f64) {
        lat_lon_to_meters(p)
    }
}

pub const KIND_CODE: u32 = <WebMercator as Projection>::KIND as u32;
