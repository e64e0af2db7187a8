#[derive(Debug, Clone, Copy)]
pub struct Item { pub id: u8, pub w: u16 }
pub const fn heaviest(items: &[Item]) -> u8 {
    let p = items.as_ptr();
    let mut best = 0;
    let mut i = 1;
    while i < items.len() {
        if unsafe { (*p.add(i)).w > (*p.add(best)).w } { best = i; }
        i += 1;
    }
    unsafe { (*p.add(best)).id }
}
pub const H: u8 = heaviest(&[Item { id: 1, w: 5 }, Item { id: 2, w: 9 }, Item { id: 3, w: 7 }]);
