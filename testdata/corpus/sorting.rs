// Sorting and searching arrays at compile time.
const fn insertion_sort<const N: usize>(mut a: [u32; N]) -> [u32; N] {
    let mut i = 1;
    while i < N {
        let x = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > x {
            a[j] = a[j - 1];
            j -= 1;
        }
        a[j] = x;
        i += 1;
    }
    a
}

const fn selection_sort_desc<const N: usize>(mut a: [i16; N]) -> [i16; N] {
    let mut i = 0;
    while i < N {
        let mut best = i;
        let mut j = i + 1;
        while j < N {
            if a[j] > a[best] {
                best = j;
            }
            j += 1;
        }
        let t = a[i];
        a[i] = a[best];
        a[best] = t;
        i += 1;
    }
    a
}

pub const UNSORTED: [u32; 8] = [42, 7, 19, 7, 0, 99, 3, 58];
pub const SORTED: [u32; 8] = insertion_sort(UNSORTED);
pub const DESC: [i16; 6] = selection_sort_desc([3, -1, 4, -1, 5, -9]);
pub const MEDIAN: u32 = (SORTED[3] + SORTED[4]) / 2;

const fn count_inversions(a: &[u32]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < a.len() {
        let mut j = i + 1;
        while j < a.len() {
            if a[i] > a[j] {
                n += 1;
            }
            j += 1;
        }
        i += 1;
    }
    n
}

pub const INVERSIONS: (usize, usize) = (count_inversions(&UNSORTED), count_inversions(&SORTED));

const fn lower_bound(a: &[u32], x: u32) -> usize {
    let (mut lo, mut hi) = (0, a.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if a[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    lo
}

pub const LOWER_BOUNDS: [usize; 4] = [lower_bound(&SORTED, 0), lower_bound(&SORTED, 7), lower_bound(&SORTED, 50), lower_bound(&SORTED, 1000)];

pub fn runtime_sort(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_by(|a, b| b.cmp(a));
    v
}
