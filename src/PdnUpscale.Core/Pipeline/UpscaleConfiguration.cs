// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Blending;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Preprocessing;

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// The stage implementations and resource limits an <see cref="Upscaler"/> runs with. Hosts swap stages here
/// (the GPU project supplies ComputeSharp ones); a null stage means the CPU stage in Core.
/// </summary>
public sealed record UpscaleConfiguration
{
    /// <summary>Gets the configuration with the CPU stages and default limits.</summary>
    public static UpscaleConfiguration Default { get; } = new();

    /// <summary>Gets the preprocess stage, or null for the CPU stage.</summary>
    public IPreprocessor? Preprocessor { get; init; }

    /// <summary>Gets the blend stage, or null for the CPU stage.</summary>
    public IBlender? Blender { get; init; }

    /// <summary>Gets the postprocess stage, or null for the CPU stage.</summary>
    public IPostprocessor? Postprocessor { get; init; }

    /// <summary>Gets the callback that receives warnings (one line each), e.g. a device fallback.</summary>
    public Action<string>? Warning { get; init; }

    /// <summary>Gets how many threads CPU stages and inference use; defaults to the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Gets the memory the automatic tile size may plan for one tile's inference (activations, buffers) as
    /// <see cref="TileMemory"/> estimates it per model, in bytes; default 1 GiB. Larger budgets buy speed with memory:
    /// fewer, larger windows recompute less context. What budgets cost and gain for the default model, measured on a
    /// 2000 × 2000 image enlarged 4×: BENCHMARKS.md.
    /// </summary>
    public long TileMemoryBudgetBytes { get; init; } = 1L << 30;

    /// <summary>
    /// Gets how many times one job may run a model pass on a GPU: out of memory halves the tile and tries again
    /// until this many attempts have failed, then the GPU is given up (the use case falls back to the CPU).
    /// On the CPU, out of memory halves the tile down to 32 pixels.
    /// </summary>
    public int MaxGpuAttempts { get; init; } = 3;

    /// <summary>Gets the largest output (width × height) accepted; larger requests are refused as bad input.</summary>
    public long MaxOutputPixels { get; init; } = 1L << 30;
}
