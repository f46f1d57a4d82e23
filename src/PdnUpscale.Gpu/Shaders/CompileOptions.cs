// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;

// IEEE strictness (DXC -Gis) for every shader: no fast-math reassociation or contraction, so the GPU
// evaluates PixelMath's formulas in the order the CPU does (see docs/GPU.md for what this cannot promise).
[assembly: CompileOptions(CompileOptions.Default | CompileOptions.IeeeStrictness)]
