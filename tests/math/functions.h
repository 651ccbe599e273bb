/* The functions the accuracy harness measures: F(name, oracle, kind, bound)
   with the bound in ulps of the exact result that the fast test enforces.
   accuracy.py reads this list too; `oracle` names its reference
   implementation there. Kinds: D_D is double(double), D_DD double(double,
   double), D_ID double(int, double), D_DDD double(double, double, double);
   F_ and L_ are the float and long double forms. */
F(fma, fma, D_DDD, 0.5)
F(fmod, fmod, D_DD, 0.0)
F(remainder, remainder, D_DD, 0.0)
F(sqrt, sqrt, D_D, 0.5)
F(fmaf, fma, F_FFF, 0.5)
F(fmodf, fmod, F_FF, 0.0)
F(remainderf, remainder, F_FF, 0.0)
F(sqrtf, sqrt, F_F, 0.5)
F(exp, exp, D_D, 1.0)
F(exp2, exp2, D_D, 1.0)
F(exp10, exp10, D_D, 1.0)
F(expm1, expm1, D_D, 1.0)
F(log, log, D_D, 1.0)
F(log2, log2, D_D, 1.0)
F(log10, log10, D_D, 1.0)
F(log1p, log1p, D_D, 1.0)
F(pow, pow, D_DD, 1.0)
F(sin, sin, D_D, 1.0)
F(cos, cos, D_D, 1.0)
F(tan, tan, D_D, 1.0)
