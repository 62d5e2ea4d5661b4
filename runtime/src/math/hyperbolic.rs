//! fdlibm `expm1`, `log1p` and the hyperbolic functions and their inverses
//! (`Math.sinh`, `Math.acosh`, ...), bit-exact with V8; see `fdlibm.rs` for
//! the origin and licence of these algorithms.
//!
//! ```text
//! ====================================================
//! Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
//!
//! Developed at SunSoft, a Sun Microsystems, Inc. business.
//! Permission to use, copy, modify, and distribute this
//! software is freely granted, provided that this notice
//! is preserved.
//! ====================================================
//! ```

// The constants are fdlibm's exact bit patterns, kept as written.
#![allow(
    clippy::approx_constant,
    clippy::excessive_precision,
    clippy::unreadable_literal,
    clippy::many_single_char_names
)]

use crate::math::fdlibm::{exp, from_words, hi, lo, log, with_hi};

const LN2_HI: f64 = 6.93147180369123816490e-01;
const LN2_LO: f64 = 1.90821492927058770002e-10;
const LN2: f64 = 6.93147180559945286227e-01;

/// `Math.expm1` (fdlibm `s_expm1.c`).
pub fn expm1(x: f64) -> f64 {
    const O_THRESHOLD: f64 = 7.09782712893383973096e+02;
    const INVLN2: f64 = 1.44269504088896338700e+00;
    const Q1: f64 = -3.33333333333331316428e-02;
    const Q2: f64 = 1.58730158725481460165e-03;
    const Q3: f64 = -7.93650757867487942473e-05;
    const Q4: f64 = 4.00821782732936239552e-06;
    const Q5: f64 = -2.01099218183624371326e-07;
    let mut x = x;
    let mut hx = hi(x) as u32;
    let xsb = hx & 0x8000_0000;
    hx &= 0x7FFF_FFFF;
    if hx >= 0x4043_687A {
        if hx >= 0x4086_2E42 {
            if hx >= 0x7FF0_0000 {
                if ((hx & 0xF_FFFF) | lo(x)) != 0 {
                    return x + x;
                }
                return if xsb == 0 { x } else { -1.0 };
            }
            if x > O_THRESHOLD {
                return f64::INFINITY;
            }
        }
        if xsb != 0 {
            return -1.0;
        }
    }
    let (k, c);
    if hx > 0x3FD6_2E42 {
        let (hi_, lo_);
        if hx < 0x3FF0_A2B2 {
            if xsb == 0 {
                hi_ = x - LN2_HI;
                lo_ = LN2_LO;
                k = 1;
            } else {
                hi_ = x + LN2_HI;
                lo_ = -LN2_LO;
                k = -1;
            }
        } else {
            k = (INVLN2 * x + if xsb == 0 { 0.5 } else { -0.5 }) as i32;
            let t = k as f64;
            hi_ = x - t * LN2_HI;
            lo_ = t * LN2_LO;
        }
        x = hi_ - lo_;
        c = (hi_ - x) - lo_;
    } else if hx < 0x3C90_0000 {
        return x;
    } else {
        k = 0;
        c = 0.0;
    }
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let mut e = hxs * ((r1 - t) / (6.0 - x * t));
    if k == 0 {
        return x - (x * e - hxs);
    }
    let twopk = from_words(0x3FF0_0000 + (k << 20), 0);
    e = x * (e - c) - c;
    e -= hxs;
    if k == -1 {
        return 0.5 * (x - e) - 0.5;
    }
    if k == 1 {
        return if x < -0.25 {
            -2.0 * (e - (x + 0.5))
        } else {
            1.0 + 2.0 * (x - e)
        };
    }
    if k <= -2 || k > 56 {
        let mut y = 1.0 - (e - x);
        if k == 1024 {
            y = y * 2.0 * 8.98846567431158e+307;
        } else {
            y *= twopk;
        }
        return y - 1.0;
    }
    if k < 20 {
        let t = from_words(0x3FF0_0000 - (0x20_0000 >> k), 0);
        (t - (e - x)) * twopk
    } else {
        let t = from_words((0x3FF - k) << 20, 0);
        ((x - (e + t)) + 1.0) * twopk
    }
}

/// `Math.log1p` (fdlibm `s_log1p.c`).
pub fn log1p(x: f64) -> f64 {
    const TWO54: f64 = 1.80143985094819840000e+16;
    const LP: [f64; 7] = [
        6.666666666666735130e-01,
        3.999999999940941908e-01,
        2.857142874366239149e-01,
        2.222219843214978396e-01,
        1.818357216161805012e-01,
        1.531383769920937332e-01,
        1.479819860511658591e-01,
    ];
    let hx = hi(x);
    let ax = hx & 0x7FFF_FFFF;
    let mut k = 1;
    let mut f = 0.0;
    let mut hu = 0;
    let mut c = 0.0;
    if hx < 0x3FDA_827A {
        if ax >= 0x3FF0_0000 {
            return if x == -1.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            };
        }
        if ax < 0x3E20_0000 {
            if TWO54 + x > 0.0 && ax < 0x3C90_0000 {
                return x;
            }
            return x - x * x * 0.5;
        }
        if hx > 0 || hx <= 0xBFD2_BEC4_u32 as i32 {
            k = 0;
            f = x;
            hu = 1;
        }
    }
    if hx >= 0x7FF0_0000 {
        return x + x;
    }
    if k != 0 {
        let mut u;
        if hx < 0x4340_0000 {
            u = 1.0 + x;
            hu = hi(u);
            k = (hu >> 20) - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            hu = hi(u);
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000F_FFFF;
        if hu < 0x6A09E {
            u = with_hi(u, hu | 0x3FF0_0000);
        } else {
            k += 1;
            u = with_hi(u, hu | 0x3FE0_0000);
            hu = (0x0010_0000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    let hfsq = 0.5 * f * f;
    let dk = k as f64;
    if hu == 0 {
        if f == 0.0 {
            if k == 0 {
                return 0.0;
            }
            c += dk * LN2_LO;
            return dk * LN2_HI + c;
        }
        let r = hfsq * (1.0 - 0.66666666666666666 * f);
        if k == 0 {
            return f - r;
        }
        return dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z
        * (LP[0] + z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * LP[6]))))));
    if k == 0 {
        f - (hfsq - s * (hfsq + r))
    } else {
        dk * LN2_HI - ((hfsq - (s * (hfsq + r) + (dk * LN2_LO + c))) - f)
    }
}

/// `Math.sinh` (V8's variant of fdlibm `e_sinh.c`).
pub fn sinh(x: f64) -> f64 {
    const KSINH_OVERFLOW: f64 = 710.4758600739439;
    const TWO_M28: f64 = 3.725290298461914e-9;
    const LOG_MAXD: f64 = 709.7822265625;
    let h = if x < 0.0 { -0.5 } else { 0.5 };
    let ax = x.abs();
    if ax < 22.0 {
        if ax < TWO_M28 {
            return x;
        }
        let t = expm1(ax);
        if ax < 1.0 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ax < LOG_MAXD {
        return h * exp(ax);
    }
    if ax <= KSINH_OVERFLOW {
        let w = exp(0.5 * ax);
        let t = h * w;
        return t * w;
    }
    x * 1.0e307
}

/// `Math.cosh` (V8's variant of fdlibm `e_cosh.c`).
pub fn cosh(x: f64) -> f64 {
    const KCOSH_OVERFLOW: f64 = 710.4758600739439;
    let ix = hi(x) & 0x7FFF_FFFF;
    if ix < 0x3FD6_2E43 {
        let t = expm1(x.abs());
        let w = 1.0 + t;
        if ix < 0x3C80_0000 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    if ix < 0x4036_0000 {
        let t = exp(x.abs());
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2E42 {
        return 0.5 * exp(x.abs());
    }
    if x.abs() <= KCOSH_OVERFLOW {
        let w = exp(0.5 * x.abs());
        let t = 0.5 * w;
        return t * w;
    }
    if ix >= 0x7FF0_0000 {
        return x * x;
    }
    f64::INFINITY
}

/// `Math.tanh` (fdlibm `s_tanh.c`).
pub fn tanh(x: f64) -> f64 {
    let jx = hi(x);
    let ix = jx & 0x7FFF_FFFF;
    if ix >= 0x7FF0_0000 {
        return if jx >= 0 {
            1.0 / x + 1.0
        } else {
            1.0 / x - 1.0
        };
    }
    let z = if ix < 0x4036_0000 {
        if ix < 0x3E30_0000 {
            return x;
        }
        if ix >= 0x3FF0_0000 {
            let t = expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0
    };
    if jx >= 0 {
        z
    } else {
        -z
    }
}

/// `Math.asinh` (fdlibm `s_asinh.c`).
pub fn asinh(x: f64) -> f64 {
    let hx = hi(x);
    let ix = hx & 0x7FFF_FFFF;
    if ix >= 0x7FF0_0000 {
        return x + x;
    }
    if ix < 0x3E30_0000 {
        return x;
    }
    let w = if ix > 0x41B0_0000 {
        log(x.abs()) + LN2
    } else if ix > 0x4000_0000 {
        let t = x.abs();
        log(2.0 * t + 1.0 / ((x * x + 1.0).sqrt() + t))
    } else {
        let t = x * x;
        log1p(x.abs() + t / (1.0 + (1.0 + t).sqrt()))
    };
    if hx > 0 {
        w
    } else {
        -w
    }
}

/// `Math.acosh` (fdlibm `e_acosh.c`).
pub fn acosh(x: f64) -> f64 {
    let hx = hi(x);
    if hx < 0x3FF0_0000 {
        return f64::NAN;
    }
    if hx >= 0x41B0_0000 {
        if hx >= 0x7FF0_0000 {
            return x + x;
        }
        return log(x) + LN2;
    }
    if ((hx - 0x3FF0_0000) as u32 | lo(x)) == 0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + (t - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

/// `Math.atanh` (fdlibm `e_atanh.c`).
pub fn atanh(x: f64) -> f64 {
    let hx = hi(x);
    let ix = hx & 0x7FFF_FFFF;
    let lx = lo(x);
    if (ix as u32 | ((lx | lx.wrapping_neg()) >> 31)) > 0x3FF0_0000 {
        return f64::NAN;
    }
    if ix == 0x3FF0_0000 {
        return if x > 0.0 {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        };
    }
    if ix < 0x3E30_0000 {
        return x;
    }
    let x = with_hi(x, ix);
    let t = if ix < 0x3FE0_0000 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if hx >= 0 {
        t
    } else {
        -t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values printed by Node 20.
    #[test]
    fn matches_v8() {
        let cases: &[(&str, f64, f64)] = &[
            ("expm1", expm1(1e-10), 1.00000000005e-10),
            ("expm1", expm1(1.089057212223538), 1.9714712847482556),
            ("log1p", log1p(1e-10), 9.999999999500001e-11),
            ("log1p", log1p(4.785105163816218), 1.7552865391867565),
            ("sinh", sinh(40.0), 117692633418509980.0),
            ("cosh", cosh(0.5515748330570613), 1.1560133391411793),
            ("tanh", tanh(0.1507226408907396), 0.14959157977117307),
            ("asinh", asinh(5.3625047183381955), 2.3811608152379),
            ("acosh", acosh(17.0), 3.525494348078172),
            ("atanh", atanh(0.026133221718287514), 0.026139173344043806),
        ];
        for &(name, got, want) in cases {
            assert_eq!(
                got.to_bits(),
                want.to_bits(),
                "{name}: got {got:e}, want {want:e}"
            );
        }
    }

    #[test]
    fn special_values() {
        assert_eq!(tanh(f64::INFINITY), 1.0);
        assert_eq!(tanh(f64::NEG_INFINITY), -1.0);
        assert_eq!(atanh(1.0), f64::INFINITY);
        assert!(atanh(1.5).is_nan());
        assert_eq!(acosh(1.0), 0.0);
        assert!(acosh(0.5).is_nan());
        assert_eq!(expm1(f64::NEG_INFINITY), -1.0);
        assert_eq!(log1p(-1.0), f64::NEG_INFINITY);
        assert_eq!(sinh(-0.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(cosh(0.0), 1.0);
    }
}
