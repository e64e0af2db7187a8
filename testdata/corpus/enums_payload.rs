// Enums with payloads: tuple and struct variants, matching on them.
#[derive(Debug, Clone, Copy)]
pub enum Shape {
    Circle(f64),
    Rect { w: u32, h: u32 },
    Triangle(u8, u8, u8),
    Empty,
}

#[derive(Debug, Clone, Copy)]
pub enum Token {
    Num(i64),
    Op(char),
    Ident(&'static str),
    Eof,
}

#[derive(Debug, Clone, Copy)]
pub enum Tree {
    Leaf(u8),
    Node(&'static Tree, &'static Tree),
}

pub const CIRCLE: Shape = Shape::Circle(1.5);
pub const RECT: Shape = Shape::Rect { w: 3, h: 4 };
pub const TRI: Shape = Shape::Triangle(3, 4, 5);
pub const EMPTY: Shape = Shape::Empty;
pub const TOKENS: [Token; 4] = [Token::Num(-12), Token::Op('+'), Token::Ident("x"), Token::Eof];
pub const TREE: Tree = Tree::Node(&Tree::Leaf(1), &Tree::Node(&Tree::Leaf(2), &Tree::Leaf(3)));

const fn area(s: Shape) -> u32 {
    match s {
        Shape::Circle(r) => (3.0 * r * r) as u32,
        Shape::Rect { w, h } => w * h,
        Shape::Triangle(a, b, _) => (a as u32 * b as u32) / 2,
        Shape::Empty => 0,
    }
}

pub const AREAS: [u32; 4] = [area(CIRCLE), area(RECT), area(TRI), area(EMPTY)];

const fn tree_sum(t: &Tree) -> u32 {
    match t {
        Tree::Leaf(v) => *v as u32,
        Tree::Node(l, r) => tree_sum(l) + tree_sum(r),
    }
}

pub const TREE_SUM: u32 = tree_sum(&TREE);

const fn eval(tokens: &[Token]) -> i64 {
    let mut acc = 0;
    let mut op = '+';
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            Token::Num(n) => {
                acc = match op {
                    '+' => acc + n,
                    '-' => acc - n,
                    '*' => acc * n,
                    _ => acc,
                }
            }
            Token::Op(c) => op = c,
            Token::Ident(_) => {}
            Token::Eof => break,
        }
        i += 1;
    }
    acc
}

pub const EVAL: i64 = eval(&[Token::Num(3), Token::Op('*'), Token::Num(7), Token::Op('-'), Token::Num(1), Token::Eof, Token::Num(100)]);
pub static STATIC_SHAPE: Shape = Shape::Rect { w: 10, h: 20 };
