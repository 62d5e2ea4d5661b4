//! `Math` helpers with JavaScript-specific rules: `round`, `sign`, `min`/`max`
//! (NaN and signed zeros), `hypot` (V8's algorithm) and `random`
//! (xorshift128+). The transcendental functions are in `fdlibm.rs`.

pub mod fdlibm;
pub mod hyperbolic;
pub mod trig;

use std::sync::atomic::{AtomicU64, Ordering};

/// `Math.round`: rounds half up (toward +Infinity), preserving -0 and
/// giving -0 for arguments in [-0.5, 0).
pub fn round(x: f64) -> f64 {
    if !x.is_finite() || x == x.trunc() {
        return x;
    }
    if (-0.5..0.0).contains(&x) {
        return -0.0;
    }
    let f = x.floor();
    // x - f is exact: x has a fraction, so |x| < 2^52.
    if x - f >= 0.5 {
        f + 1.0
    } else {
        f
    }
}

/// `Math.sign`.
pub fn sign(x: f64) -> f64 {
    if x.is_nan() || x == 0.0 {
        x
    } else if x > 0.0 {
        1.0
    } else {
        -1.0
    }
}

/// `Math.max` of already-converted arguments.
pub fn max(xs: &[f64]) -> f64 {
    let mut r = f64::NEG_INFINITY;
    for &x in xs {
        if x.is_nan() {
            return f64::NAN;
        }
        if x > r || (x == 0.0 && r == 0.0 && r.is_sign_negative()) {
            r = x;
        }
    }
    r
}

/// `Math.min` of already-converted arguments.
pub fn min(xs: &[f64]) -> f64 {
    let mut r = f64::INFINITY;
    for &x in xs {
        if x.is_nan() {
            return f64::NAN;
        }
        if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
            r = x;
        }
    }
    r
}

/// `Math.hypot` of already-converted arguments (V8: scale by the largest
/// magnitude, Kahan-summed squares).
pub fn hypot(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in xs {
        if x.is_nan() {
            nan = true;
        } else {
            max = max.max(x.abs());
        }
    }
    if max == f64::INFINITY {
        return f64::INFINITY;
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 {
        return 0.0;
    }
    let mut sum = 0.0;
    let mut compensation = 0.0;
    for &x in xs {
        let n = x.abs() / max;
        let summand = n * n - compensation;
        let preliminary = sum + summand;
        compensation = (preliminary - sum) - summand;
        sum = preliminary;
    }
    sum.sqrt() * max
}

static STATE0: AtomicU64 = AtomicU64::new(0);
static STATE1: AtomicU64 = AtomicU64::new(0);

fn seed() -> (u64, u64) {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let local = 0u8;
    let mut z =
        nanos ^ (&local as *const u8 as u64).rotate_left(32) ^ u64::from(std::process::id());
    // splitmix64 to spread the seed over both words.
    let mut next = || {
        z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut x = z;
        x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        x ^ (x >> 31)
    };
    let a = next();
    let b = next();
    (a | 1, b)
}

/// `Math.random`: xorshift128+ (as V8), seeded from the clock on first use.
pub fn random() -> f64 {
    let (mut s1, mut s0) = (
        STATE0.load(Ordering::Relaxed),
        STATE1.load(Ordering::Relaxed),
    );
    if s1 == 0 && s0 == 0 {
        (s1, s0) = seed();
    }
    // state0 <- state1, state1 <- xorshift(state0, state1)
    let result = s0;
    s1 ^= s1 << 23;
    s1 ^= s1 >> 17;
    s1 ^= s0;
    s1 ^= s0 >> 26;
    STATE0.store(s0, Ordering::Relaxed);
    STATE1.store(s1, Ordering::Relaxed);
    f64::from_bits((result >> 12) | 0x3FF0_0000_0000_0000) - 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        let cases: &[(f64, f64)] = &[
            (2.5, 3.0),
            (-2.5, -2.0),
            (2.4, 2.0),
            (-2.6, -3.0),
            (0.49999999999999994, 0.0),
            (-0.4, -0.0),
            (-0.5, -0.0),
            (-0.0, -0.0),
            (4503599627370495.5, 4503599627370496.0),
            (9007199254740991.0, 9007199254740991.0),
            (f64::INFINITY, f64::INFINITY),
        ];
        for &(x, want) in cases {
            assert_eq!(round(x).to_bits(), want.to_bits(), "round({x})");
        }
        assert!(round(f64::NAN).is_nan());
    }

    #[test]
    fn signs() {
        assert_eq!(sign(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(sign(3.0), 1.0);
        assert_eq!(sign(-1e-300), -1.0);
        assert!(sign(f64::NAN).is_nan());
    }

    #[test]
    fn min_max_hypot() {
        assert_eq!(max(&[1.0, 3.0, 2.0]), 3.0);
        assert_eq!(min(&[1.0, 3.0, -2.0]), -2.0);
        assert_eq!(max(&[-0.0, 0.0]).to_bits(), 0.0f64.to_bits());
        assert_eq!(max(&[0.0, -0.0]).to_bits(), 0.0f64.to_bits());
        assert_eq!(min(&[0.0, -0.0]).to_bits(), (-0.0f64).to_bits());
        assert!(max(&[1.0, f64::NAN]).is_nan());
        assert_eq!(hypot(&[3.0, 4.0]), 5.0);
        assert_eq!(hypot(&[1e200, 1e200]), 1.414213562373095e200);
        assert_eq!(hypot(&[-0.0]), 0.0);
        assert_eq!(hypot(&[1.0, 1.0, 1.0]), 1.7320508075688772);
    }

    #[test]
    fn random_numbers() {
        let xs: Vec<f64> = (0..1000).map(|_| random()).collect();
        assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        assert!((0.4..0.6).contains(&mean), "mean {mean}");
    }
}
