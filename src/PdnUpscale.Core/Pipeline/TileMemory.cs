// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.Collections.Concurrent;
using Google.Protobuf;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Analysis;

namespace PdnUpscale.Core.Pipeline;

/// <summary>
/// What one pixel of a model's input window costs in memory during inference, so that the automatic tile keeps a
/// window within <see cref="UpscaleConfiguration.TileMemoryBudgetBytes"/> whatever the model.
/// </summary>
/// <remarks>
/// The estimate starts from the model's graph: the float activations alive at once at its fullest point
/// (<see cref="OnnxCost"/>), e.g. 576 bytes per input pixel for <c>realesr-general-x4v3</c> and 4 144 for
/// <c>waifu2x-cunet-2x</c>, whose U-Net keeps 64-channel tensors at twice the input resolution alive across
/// its skip connections. ONNX Runtime needs more than that (layout copies, kernel workspace, for int8 the float
/// tensors beside the quantized ones), and the pipeline adds the window's float output. Measured as the slope of
/// peak RSS over whole-image windows of 212² to 612² (two threads, ONNX Runtime 1.31, 2026-12-05, BENCHMARKS.md):
/// fp32 0.92–1.18 KB per window pixel for the two Real-ESRGAN compact models and 4.3–4.4 KB for CUnet; int8
/// 0.9–1.2 KB and 6.6–7.0 KB. Hence 1.2 × the graph's peak in fp32 and 1.75 × in int8, plus 512 bytes and
/// 24 bytes per output pixel, which is at or above every one of those measurements. A model without a readable graph
/// (a test double, or a damaged file, which its session then reports) gets the generic estimate from before this
/// rule: 4·(192 + 64·s²) bytes.
/// </remarks>
internal static class TileMemory
{
    private static readonly ConcurrentDictionary<(string Path, DateTime Written), double?> PeakBytes = new();

    /// <summary>Gets the largest window, in input pixels, that one tile's inference may use within a budget.</summary>
    /// <param name="model">The model.</param>
    /// <param name="quantized">Whether the pass runs in int8.</param>
    /// <param name="budgetBytes">The bytes one window's inference may use.</param>
    /// <returns>The window pixels.</returns>
    public static long MaxWindowPixels(ModelDescriptor model, bool quantized, long budgetBytes)
        => (long)(budgetBytes / BytesPerWindowPixel(model, quantized));

    /// <summary>Gets the estimated bytes per input pixel of a window.</summary>
    /// <param name="model">The model.</param>
    /// <param name="quantized">Whether the pass runs in int8.</param>
    /// <returns>The bytes.</returns>
    public static double BytesPerWindowPixel(ModelDescriptor model, bool quantized)
    {
        int outputPixels = model.Geometry.Scale * model.Geometry.Scale;
        double? peak = model.OnnxPath is { } path && File.Exists(path) ? PeakBytes.GetOrAdd((path, File.GetLastWriteTimeUtc(path)), key => PeakOf(key.Path)) : null;
        return peak is double bytes ? ((quantized ? 1.75 : 1.2) * bytes) + 512 + (24 * outputPixels) : 4.0 * (192 + (64 * outputPixels));
    }

    private static double? PeakOf(string path)
    {
        try
        {
            return OnnxCost.Analyze(path).PeakActivationBytesPerInputPixel;
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
