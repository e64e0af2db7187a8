module mirlsp

go 1.26.8
