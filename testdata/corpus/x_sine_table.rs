// Integer sine/cosine tables: Bhaskara approximation and a fixed-point Taylor series.
pub const STEPS: usize = 64;
pub const AMPLITUDE: i32 = 32767;

// Bhaskara I: sin(x) ~ 16x(pi-x) / (5pi^2 - 4x(pi-x)), x in degrees over [0,180].
const fn bhaskara_deg(deg: i32) -> i32 {
    let d = deg % 360;
    let (d, sign) = if d >= 180 { (d - 180, -1) } else { (d, 1) };
    let p = d * (180 - d);
    sign * (4 * p * AMPLITUDE as i32 / 100) / ((40500 - p) / 100)
}

pub const SINE_DEG: [i16; 16] = {
    let mut t = [0i16; 16];
    let mut i = 0;
    while i < 16 {
        t[i] = bhaskara_deg(i as i32 * 24) as i16;
        i += 1;
    }
    t
};

// Q2.30 fixed point Taylor series for sin on [-pi/2, pi/2].
const ONE: i64 = 1 << 30;
const PI_Q30: i64 = 3_373_259_426; // pi * 2^30

const fn mul_q30(a: i64, b: i64) -> i64 {
    (a * b) >> 30
}

const fn sin_q30(x: i64) -> i64 {
    let x2 = mul_q30(x, x);
    let mut term = x;
    let mut sum = x;
    let mut n = 1i64;
    while n < 8 {
        term = -mul_q30(term, x2) / ((2 * n) * (2 * n + 1));
        sum += term;
        n += 1;
    }
    sum
}

pub const QUARTER_WAVE: [u16; STEPS] = {
    let mut t = [0u16; STEPS];
    let mut i = 0;
    while i < STEPS {
        let x = PI_Q30 / 2 * i as i64 / (STEPS as i64 - 1);
        let s = sin_q30(x);
        t[i] = ((s * 65535 + ONE / 2) / ONE) as u16;
        i += 1;
    }
    t
};

pub const fn full_sine(phase: u8) -> i32 {
    // 256 phase steps per period, built from the quarter-wave table
    let quadrant = phase / 64;
    let idx = (phase % 64) as usize;
    let v = match quadrant {
        0 => QUARTER_WAVE[idx] as i32,
        1 => QUARTER_WAVE[STEPS - 1 - idx] as i32,
        2 => -(QUARTER_WAVE[idx] as i32),
        _ => -(QUARTER_WAVE[STEPS - 1 - idx] as i32),
    };
    v
}

pub const SIN_0: i32 = full_sine(0);
pub const SIN_63: i32 = full_sine(63);
pub const SIN_100: i32 = full_sine(100);
pub const SIN_200: i32 = full_sine(200);
pub const SIN_ONE_Q30: i64 = sin_q30(ONE);
pub const SIN_HALF_PI: i64 = sin_q30(PI_Q30 / 2);
pub const QW_MID: u16 = QUARTER_WAVE[STEPS / 2];
pub const QW_SUM: u64 = {
    let mut s = 0u64;
    let mut i = 0;
    while i < STEPS {
        s += QUARTER_WAVE[i] as u64;
        i += 1;
    }
    s
};
