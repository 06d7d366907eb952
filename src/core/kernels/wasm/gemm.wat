;; The packed matmul micro-kernel of ../ts/matmul.ts in WebAssembly SIMD (f64x2).
;;
;; Inputs are the TypeScript kernel's packed panels, as float64 in this module's memory:
;;   pa: row panels, pa[(panel·k + p)·4 + r] = op(A)[panel·4 + r, p]
;;   pb: column panels, pb[(panel·k + p)·4 + c] = op(B)[p, panel·4 + c]
;;   bias: colPanels·4 values (zeros without a bias), seeding the accumulators
;; Output: c, (rowPanels·4) × (colPanels·4) float64, row-major.
;;
;; Each accumulator starts at the bias and adds a·b for p = 0, 1, … in order, a multiply
;; then an add (WebAssembly never fuses them), exactly as the TypeScript kernel does, so
;; both give bit-identical results; this one does two columns per instruction.
(module
  (memory (export "memory") 1)
  (func (export "gemm")
    (param $pa i32) (param $pb i32) (param $bias i32) (param $c i32)
    (param $rowPanels i32) (param $colPanels i32) (param $k i32)
    (local $jp i32) (local $ip i32) (local $p i32)
    (local $a i32) (local $b i32) (local $o i32) (local $ldc i32) (local $panelBytes i32)
    (local $z01 v128) (local $z23 v128)
    (local $c00 v128) (local $c02 v128) (local $c10 v128) (local $c12 v128)
    (local $c20 v128) (local $c22 v128) (local $c30 v128) (local $c32 v128)
    (local $b01 v128) (local $b23 v128) (local $av v128)
    ;; Bytes per row of c, and per panel (k steps of 4 doubles).
    (local.set $ldc (i32.mul (local.get $colPanels) (i32.const 32)))
    (local.set $panelBytes (i32.mul (local.get $k) (i32.const 32)))
    (local.set $jp (i32.const 0))
    (block $doneCols
      (loop $cols
        (br_if $doneCols (i32.ge_u (local.get $jp) (local.get $colPanels)))
        (local.set $z01 (v128.load (i32.add (local.get $bias) (i32.mul (local.get $jp) (i32.const 32)))))
        (local.set $z23 (v128.load offset=16 (i32.add (local.get $bias) (i32.mul (local.get $jp) (i32.const 32)))))
        (local.set $ip (i32.const 0))
        (block $doneRows
          (loop $rows
            (br_if $doneRows (i32.ge_u (local.get $ip) (local.get $rowPanels)))
            (local.set $a (i32.add (local.get $pa) (i32.mul (local.get $ip) (local.get $panelBytes))))
            (local.set $b (i32.add (local.get $pb) (i32.mul (local.get $jp) (local.get $panelBytes))))
            (local.set $c00 (local.get $z01)) (local.set $c02 (local.get $z23))
            (local.set $c10 (local.get $z01)) (local.set $c12 (local.get $z23))
            (local.set $c20 (local.get $z01)) (local.set $c22 (local.get $z23))
            (local.set $c30 (local.get $z01)) (local.set $c32 (local.get $z23))
            (local.set $p (local.get $k))
            (block $doneK
              (loop $steps
                (br_if $doneK (i32.eqz (local.get $p)))
                (local.set $b01 (v128.load (local.get $b)))
                (local.set $b23 (v128.load offset=16 (local.get $b)))
                (local.set $av (f64x2.splat (f64.load (local.get $a))))
                (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $av) (local.get $b01))))
                (local.set $c02 (f64x2.add (local.get $c02) (f64x2.mul (local.get $av) (local.get $b23))))
                (local.set $av (f64x2.splat (f64.load offset=8 (local.get $a))))
                (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $av) (local.get $b01))))
                (local.set $c12 (f64x2.add (local.get $c12) (f64x2.mul (local.get $av) (local.get $b23))))
                (local.set $av (f64x2.splat (f64.load offset=16 (local.get $a))))
                (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $av) (local.get $b01))))
                (local.set $c22 (f64x2.add (local.get $c22) (f64x2.mul (local.get $av) (local.get $b23))))
                (local.set $av (f64x2.splat (f64.load offset=24 (local.get $a))))
                (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $av) (local.get $b01))))
                (local.set $c32 (f64x2.add (local.get $c32) (f64x2.mul (local.get $av) (local.get $b23))))
                (local.set $a (i32.add (local.get $a) (i32.const 32)))
                (local.set $b (i32.add (local.get $b) (i32.const 32)))
                (local.set $p (i32.sub (local.get $p) (i32.const 1)))
                (br $steps)))
            ;; The 4×4 tile goes to rows ip·4 … ip·4+3, columns jp·4 … jp·4+3 of c.
            (local.set $o (i32.add (local.get $c)
              (i32.add (i32.mul (i32.mul (local.get $ip) (i32.const 4)) (local.get $ldc)) (i32.mul (local.get $jp) (i32.const 32)))))
            (v128.store (local.get $o) (local.get $c00))
            (v128.store offset=16 (local.get $o) (local.get $c02))
            (local.set $o (i32.add (local.get $o) (local.get $ldc)))
            (v128.store (local.get $o) (local.get $c10))
            (v128.store offset=16 (local.get $o) (local.get $c12))
            (local.set $o (i32.add (local.get $o) (local.get $ldc)))
            (v128.store (local.get $o) (local.get $c20))
            (v128.store offset=16 (local.get $o) (local.get $c22))
            (local.set $o (i32.add (local.get $o) (local.get $ldc)))
            (v128.store (local.get $o) (local.get $c30))
            (v128.store offset=16 (local.get $o) (local.get $c32))
            (local.set $ip (i32.add (local.get $ip) (i32.const 1)))
            (br $rows)))
        (local.set $jp (i32.add (local.get $jp) (i32.const 1)))
        (br $cols)))))
