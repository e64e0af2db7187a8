" rustc's textual MIR (also registered by require("mirlsp").setup{}).
au BufRead,BufNewFile *.mir setfiletype mir
