//! An indexed-color image: a const palette, dithering matrices, pixel
//! iteration with chunks and zips, and conversion from RGB buffers.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const fn luma(self) -> u8 {
        ((self.0 as u32 * 299 + self.1 as u32 * 587 + self.2 as u32 * 114) / 1000) as u8
    }

    pub const fn dist2(self, o: Rgb) -> u32 {
        let dr = self.0 as i32 - o.0 as i32;
        let dg = self.1 as i32 - o.1 as i32;
        let db = self.2 as i32 - o.2 as i32;
        (dr * dr + dg * dg + db * db) as u32
    }
}

/// The 16-color palette of a classic terminal.
pub const PALETTE: [Rgb; 16] = [
    Rgb(0, 0, 0),
    Rgb(128, 0, 0),
    Rgb(0, 128, 0),
    Rgb(128, 128, 0),
    Rgb(0, 0, 128),
    Rgb(128, 0, 128),
    Rgb(0, 128, 128),
    Rgb(192, 192, 192),
    Rgb(128, 128, 128),
    Rgb(255, 0, 0),
    Rgb(0, 255, 0),
    Rgb(255, 255, 0),
    Rgb(0, 0, 255),
    Rgb(255, 0, 255),
    Rgb(0, 255, 255),
    Rgb(255, 255, 255),
];

pub const fn nearest(c: Rgb) -> u8 {
    let mut best = 0;
    let mut best_d = u32::MAX;
    let mut i = 0;
    while i < PALETTE.len() {
        let d = c.dist2(PALETTE[i]);
        if d < best_d {
            best_d = d;
            best = i;
        }
        i += 1;
    }
    best as u8
}

pub const BAYER4: [[u8; 4]; 4] = [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]];

pub const fn bayer(n: usize) -> [[u16; 8]; 8] {
    // The 8x8 matrix from the 4x4 one: 4*M4 + offset per quadrant.
    let offsets = [[0, 2], [3, 1]];
    let mut m = [[0u16; 8]; 8];
    let mut y = 0;
    while y < n {
        let mut x = 0;
        while x < n {
            m[y][x] = 4 * BAYER4[y % 4][x % 4] as u16 + offsets[y / 4][x / 4];
            x += 1;
        }
        y += 1;
    }
    m
}

pub const BAYER8: [[u16; 8]; 8] = bayer(8);
pub const GRAY_LEVELS: [u8; 4] = [PALETTE[0].luma(), PALETTE[8].luma(), PALETTE[7].luma(), PALETTE[15].luma()];
pub const ORANGE_INDEX: u8 = nearest(Rgb(255, 140, 0));
pub const TEAL_INDEX: u8 = nearest(Rgb(0, 120, 120));
pub const BYTES_PER_RGB: usize = 3;

#[derive(Clone, PartialEq, Eq)]
pub struct Indexed {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ImageError {
    SizeMismatch { expected: usize, got: usize },
    Empty,
}

impl fmt::Display for ImageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImageError::SizeMismatch { expected, got } => write!(f, "expected {} bytes, got {}", expected, got),
            ImageError::Empty => f.write_str("empty image"),
        }
    }
}

impl Indexed {
    pub fn from_rgb(width: usize, height: usize, rgb: &[u8], dither: bool) -> Result<Indexed, ImageError> {
        if width == 0 || height == 0 {
            return Err(ImageError::Empty);
        }
        let expected = width * height * BYTES_PER_RGB;
        if rgb.len() != expected {
            return Err(ImageError::SizeMismatch { expected, got: rgb.len() });
        }
        let pixels = rgb
            .chunks_exact(BYTES_PER_RGB)
            .enumerate()
            .map(|(i, p)| {
                let (x, y) = (i % width, i / width);
                let bias = if dither { BAYER8[y % 8][x % 8] as i16 / 8 - 4 } else { 0 };
                let adj = |v: u8| (v as i16 + bias).clamp(0, 255) as u8;
                nearest(Rgb(adj(p[0]), adj(p[1]), adj(p[2])))
            })
            .collect();
        Ok(Indexed { width, height, pixels })
    }

    pub fn histogram(&self) -> [usize; 16] {
        let mut h = [0; 16];
        self.pixels.iter().for_each(|&p| h[p as usize & 15] += 1);
        h
    }

    pub fn rows(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.pixels.chunks(self.width)
    }

    pub fn to_rgb(&self) -> Vec<u8> {
        self.pixels.iter().flat_map(|&i| {
            let Rgb(r, g, b) = PALETTE[i as usize];
            [r, g, b]
        })
        .collect()
    }
}

impl fmt::Debug for Indexed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Indexed {}x{}", self.width, self.height)?;
        for row in self.rows() {
            let line: String = row.iter().map(|&p| char::from_digit(p as u32, 16).unwrap_or('?')).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantizes() {
        let img = Indexed::from_rgb(2, 1, &[255, 0, 0, 10, 10, 10], false).unwrap();
        assert_eq!(img.pixels, vec![9, 0]);
        assert_eq!(img.histogram()[9], 1);
        assert_eq!(Indexed::from_rgb(2, 2, &[0; 3], false).unwrap_err(), ImageError::SizeMismatch { expected: 12, got: 3 });
    }
}
