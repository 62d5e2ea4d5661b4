//! Collector tests on a thread of their own (collection needs a known stack top).

use super::vec::GcVec;
use crate::abi::value::Value;
use crate::exec::realm;
use crate::object::ordinary::obj;
use crate::text::string;

/// Runs `f` on a fresh thread with collection enabled.
fn with_gc(f: fn()) {
    std::thread::spawn(move || {
        let top = 0u8;
        super::init(
            std::ptr::addr_of!(top) as usize,
            &crate::host::gc_hooks::HOOKS,
        );
        f();
    })
    .join()
    .expect("gc test thread");
}

fn live_after_collect() -> usize {
    super::collect_now();
    // SAFETY: single-threaded access on this thread.
    unsafe { (*super::gc()).live }
}

#[inline(never)]
fn make_garbage(n: usize) {
    for i in 0..n {
        let o = realm::new_plain_object();
        crate::object::internal_methods::create_data_property(
            o,
            crate::object::key::from_str("x"),
            Value::number(i as f64),
        )
        .expect("define");
    }
}

#[test]
fn garbage_is_freed_and_reachable_survives() {
    with_gc(|| {
        let base = live_after_collect();
        let kept = realm::new_array(&[string::from_str("kept"), Value::number(7.0)]);
        make_garbage(20_000);
        let live = live_after_collect();
        // 20 000 objects of 64+ bytes are well over 1 MB: almost all must go.
        assert!(live < base + 200_000, "live {live} base {base}");
        let d = obj(kept).dense();
        assert_eq!(string::to_rust(d[0]), "kept");
        assert_eq!(d[1].as_number(), 7.0);
        std::hint::black_box(kept);
    });
}

#[test]
fn gc_vec_keeps_its_values() {
    with_gc(|| {
        let mut v: GcVec<Value> = GcVec::new();
        for i in 0..1000 {
            v.push(string::from_str(&format!("s{i}")));
            if i % 100 == 0 {
                super::collect_now();
            }
        }
        make_garbage(5_000);
        super::collect_now();
        for (i, s) in v.iter().enumerate() {
            assert_eq!(string::to_rust(*s), format!("s{i}"));
        }
    });
}

#[test]
fn dead_blocks_are_reused_without_growing_the_heap() {
    with_gc(|| {
        make_garbage(50_000);
        super::collect_now();
        // SAFETY: single-threaded access on this thread.
        let heap = unsafe { (*super::gc()).space.heap_bytes };
        // The blocks freed as a whole are handed out again by bump
        // allocation (then swept per cell once something survives in them).
        for _ in 0..5 {
            make_garbage(50_000);
            super::collect_now();
        }
        let after = unsafe { (*super::gc()).space.heap_bytes };
        assert!(
            after <= heap + (1 << 20),
            "heap grew from {heap} to {after}"
        );
    });
}

#[test]
fn dead_owners_of_rust_parts_are_finalized_once() {
    with_gc(|| {
        // Dictionary shapes (like sparse elements) are Rust-side parts: dead
        // owners must be found on the finalizable list, not by sweeping.
        let kept = realm::new_plain_object();
        crate::object::internal_methods::ensure_dict(obj(kept));
        for _ in 0..2_000 {
            crate::object::internal_methods::ensure_dict(obj(realm::new_plain_object()));
        }
        super::collect_now();
        // SAFETY: single-threaded access on this thread.
        let listed = unsafe { (*super::gc()).finalizable.len() };
        assert!(
            listed < 100,
            "{listed} finalizable things after the collection"
        );
        assert!(obj(kept).shape().dict);
        std::hint::black_box(kept);
    });
}

#[test]
fn elements_blocks_are_private_and_survive_collections() {
    with_gc(|| {
        use crate::object::key::Key;
        use crate::object::ordinary::empty_elements;
        let plain = realm::new_plain_object();
        assert!(std::ptr::eq(obj(plain).elements, empty_elements()));
        crate::object::internal_methods::create_data_property(
            plain,
            Key::Index(3),
            Value::number(3.0),
        )
        .expect("define");
        assert!(!std::ptr::eq(obj(plain).elements, empty_elements()));
        // A huge index goes to the sparse map of the object's own block.
        crate::object::internal_methods::create_data_property(
            plain,
            Key::Index(4_000_000),
            Value::number(4.0),
        )
        .expect("define");
        let arr = realm::new_array(&[Value::number(1.0), Value::number(2.0)]);
        for i in 2..100 {
            crate::object::internal_methods::create_data_property(
                arr,
                Key::Index(i),
                Value::number(i as f64),
            )
            .expect("push");
        }
        make_garbage(20_000);
        super::collect_now();
        // The shared empty block was never written.
        // SAFETY: the static block is always readable.
        let empty = unsafe { &*empty_elements() };
        assert_eq!((empty.dense_len, empty.cap, empty.length), (0, 0, 0));
        assert!(empty.sparse.is_null());
        let get = |o: Value, i: u32| {
            crate::object::internal_methods::get(o, Key::Index(i), o).expect("get")
        };
        assert_eq!(get(plain, 3), Value::number(3.0));
        assert_eq!(get(plain, 4_000_000), Value::number(4.0));
        assert_eq!(obj(arr).length(), 100);
        assert_eq!(get(arr, 0), Value::number(1.0));
        assert_eq!(get(arr, 99), Value::number(99.0));
        std::hint::black_box((plain, arr));
    });
}

#[test]
fn heap_limit_settings() {
    use super::heap_limit;
    assert_eq!(heap_limit(Some("64")), 64 << 20);
    assert_eq!(heap_limit(Some("64m")), 64 << 20);
    assert_eq!(heap_limit(Some("64MB")), 64 << 20);
    assert_eq!(heap_limit(Some("2g")), 2 << 30);
    assert_eq!(heap_limit(Some("2GiB")), 2 << 30);
    assert_eq!(heap_limit(Some("4096k")), 4 << 20);
    assert_eq!(heap_limit(Some("100000000b")), 100_000_000);
    // At least 1 MiB; unset or unreadable: the default, within its bounds.
    assert_eq!(heap_limit(Some("10b")), 1 << 20);
    let d = heap_limit(None);
    assert!((512 << 20..=super::DEFAULT_MAX_HEAP).contains(&d), "{d}");
    assert_eq!(heap_limit(Some("")), d);
}
