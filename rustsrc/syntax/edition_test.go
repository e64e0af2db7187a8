package syntax

import "testing"

// Rust 2015 syntax that later editions reject, from serde's and dtoa's
// sources: anonymous trait fn parameters, `...` range patterns, `try!`.
func TestParseEdition2015(t *testing.T) {
	src := []byte(`pub trait Floating {
    fn write<W: io::Write>(self, W) -> io::Result<usize>;
    fn two(&self, u8, &'static str, (u8, u8));
    fn named(&self, x: u8, _: u8, (a, b): (u8, u8), &y: &u8);
}
pub fn class(c: u8) -> u8 {
    match c {
        b'0'...b'9' => 1,
        _ => 0,
    }
}
impl<'a> Display for Expected + 'a {}
fn f() -> Result<u8, ()> { let x = try!(Ok(1)); let async = 1; Ok(x + async) }
`)
	f, err := ParseEdition("a.rs", src, "2015")
	if err != nil {
		t.Fatal(err)
	}
	tr := f.Items[0].(*Trait)
	var params []int
	for _, it := range tr.Items {
		params = append(params, len(it.(*Fn).Params))
	}
	if want := []int{1, 3, 4}; len(params) != 3 || params[0] != want[0] || params[1] != want[1] || params[2] != want[2] {
		t.Errorf("params per fn = %v, want %v", params, want)
	}
	if _, err := ParseEdition("a.rs", src, "2021"); err == nil {
		t.Error("Rust 2021 accepted Rust 2015 syntax")
	}
	// Rust 2018 takes `...` patterns but not the rest.
	if _, err := ParseEdition("a.rs", []byte("fn c(x: u8) -> bool { match x { 0...9 => true, _ => false } }"), "2018"); err != nil {
		t.Errorf("Rust 2018: %v", err)
	}
}
