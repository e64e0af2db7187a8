// Types, generics, bounds, where clauses, trait objects and fn pointers.
#![allow(unused, clippy::all)]

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::{Debug, Display};
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

pub struct Refs<'a, 'b: 'a, T: 'b + ?Sized> {
    shared: &'a T,
    unique: &'a mut &'b T,
    raw_const: *const T,
    raw_mut: *mut u8,
    slice: &'a [u8],
    array: [[u16; 4]; 2],
    tuple: (u8, &'static str, (), (i32,)),
    func: fn(u8, &str) -> bool,
    unsafe_fn: unsafe extern "C" fn(*const u8, ...) -> i32,
    hr_fn: for<'x> fn(&'x u8) -> &'x u8,
    dyn_obj: &'a (dyn Display + Send + 'a),
    boxed: Box<dyn Fn(&str) -> String + Send + Sync + 'static>,
    hr_box: Box<dyn for<'c> Fn(&'c str) -> &'c str>,
    nested: Vec<Vec<HashMap<String, Option<Box<T>>>>>,
    phantom: PhantomData<fn() -> T>,
    cow: Cow<'a, str>,
    never: Option<fn() -> !>,
    paren: &'a (dyn Debug),
}

pub trait Storage<K, V = K>
where
    K: Eq + std::hash::Hash,
{
    type Error: std::error::Error + 'static;
    const CAPACITY: usize;
    fn get(&self, k: &K) -> Result<Option<&V>, Self::Error>;
}

pub trait Mapper {
    type Out<T>;
    fn map<T, F: FnMut(u8) -> T>(&self, f: F) -> Self::Out<T>;
}

pub fn bounds<T, U, F>(t: T, u: U, f: F) -> impl Iterator<Item = (T, U)> + Clone
where
    T: Clone + Debug + PartialOrd<U>,
    U: Clone + 'static,
    F: for<'a> Fn(&'a T) -> &'a T,
    for<'b> &'b T: IntoIterator,
    Vec<T>: Default,
{
    std::iter::once((t, u))
}

pub fn impl_args(it: impl IntoIterator<Item = u8>, d: &dyn Display, f: &mut dyn FnMut() -> u8) -> u32 {
    it.into_iter().map(u32::from).sum::<u32>() + f() as u32
}

pub fn qualified<I: Iterator>(mut i: I) -> Option<<I as Iterator>::Item>
where
    <I as Iterator>::Item: Copy,
    I::Item: Debug,
{
    i.next()
}

pub struct Matrix<const R: usize, const C: usize = 2, T = f64> {
    data: [[T; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    pub const ZERO: Self = Matrix { data: [[0.0; C]; R] };
    pub fn transpose(&self) -> Matrix<C, R> {
        let mut m = Matrix::<C, R>::ZERO;
        m
    }
    pub fn size() -> usize {
        R * C
    }
}

pub fn const_args() -> usize {
    let a = Matrix::<2, 3>::size();
    let b = Matrix::<{ 1 + 1 }, 3>::size();
    let c: [u8; { 2 * 2 }] = [0; 4];
    let d = std::mem::size_of::<[u32; 8]>();
    a + b + c.len() + d
}

pub fn future_box(n: u32) -> Pin<Box<dyn Future<Output = u32> + Send>> {
    Box::pin(async move { n })
}

pub fn returns_closure<'a>(s: &'a str) -> impl Fn(usize) -> Option<char> + 'a {
    move |i| s.chars().nth(i)
}

pub fn precise<'a, T>(x: &'a T) -> impl Sized + use<'a, T> {
    x
}

pub trait Visitor<'de>: Sized {
    type Value;
    fn visit<E>(self, v: &'de str) -> Result<Self::Value, E>
    where
        E: std::error::Error;
}

pub struct Callbacks<'a> {
    hooks: Vec<Box<dyn FnMut(&mut Vec<u8>) + 'a>>,
    raw: *const *mut Option<&'a u8>,
}

pub fn infer() {
    let v: Vec<_> = (0..3).collect();
    let m: HashMap<_, Vec<_>> = [(1u8, vec![2u8])].into_iter().collect();
    let f: fn(_) -> u8 = |x: u8| x;
    let t: (_,) = (1u8,);
}

pub fn async_bound<F>(f: F)
where
    F: AsyncFn(u8) -> u8,
{
}

pub trait Super: Clone + Send + Sync + 'static {}
pub trait Sub<T: ?Sized>: Super + AsRef<T> {}

impl<T> Super for Box<T> where T: Clone + Send + Sync + 'static {}

pub type Handler = Box<dyn Fn(u8) -> Result<(), String> + Send>;
pub type Pair<T> = (T, T);
pub type FnPtr<'a> = fn(&'a [u8], usize) -> Option<&'a u8>;
pub type Assoc<I> = <I as IntoIterator>::IntoIter;
