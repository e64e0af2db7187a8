//@ mir-from: 4101 => 41
// An average over the samples after a cutoff: the count is zero.
const SAMPLES: [u32; 4] = [12, 30, 18, 24];

const fn average_after(xs: &[u32], cutoff: usize) -> u32 {
    let mut total = 0;
    let mut count = 0;
    let mut i = 0;
    while i < xs.len() {
        if i >= cutoff {
            total += xs[i];
            count += 1;
        }
        i += 1;
    }
    total / count
}

pub const AVG: u32 = average_after(&SAMPLES, 4101 / 1000);
