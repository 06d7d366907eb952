/*
 * The transcendental functions the core computes with, from stdlib-js (ports of FreeBSD's
 * msun, the same algorithms as fdlibm) instead of the engine's Math. A JavaScript engine may
 * implement Math.exp, Math.log, Math.pow, Math.tanh, Math.sin and Math.cos as it likes, and
 * engines do differ: Chromium's V8 and Node 20's disagree in the last bit for about one input
 * in ten of exp, log and pow. A run in the browser and its replay by `flowgrad run` must be
 * bit-identical, so every number the core computes goes through these, never through Math
 * (sqrt and the four operations are exact in IEEE 754 and need no such care).
 */
import exp from '@stdlib/math-base-special-exp'
import log from '@stdlib/math-base-special-ln'
import log1p from '@stdlib/math-base-special-log1p'
import expm1 from '@stdlib/math-base-special-expm1'
import pow from '@stdlib/math-base-special-pow'
import tanh from '@stdlib/math-base-special-tanh'
import sin from '@stdlib/math-base-special-sin'
import cos from '@stdlib/math-base-special-cos'

export { exp, log, log1p, expm1, pow, tanh, sin, cos }
