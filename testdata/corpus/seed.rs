const FOO: usize = 1 << 12;
type Foo = [u8; FOO - 42];

pub fn use_foo() -> Foo {
    [0; FOO - 42]
}
