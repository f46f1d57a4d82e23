// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Pipeline;
#if GPU_EDITION
using PdnUpscale.Gpu;
#endif

namespace PdnUpscale.PaintDotNet.Engine;

/// <summary>
/// What this build of the plug-in can run on, fixed at build time (<c>PdnUpscaleEdition</c> in the project):
/// the GPU edition, built on Windows against the real ComputeSharp and the DirectML build of ONNX Runtime,
/// or the CPU edition (built anywhere, e.g. the Linux setup), which has neither and offers only the CPU.
/// </summary>
public static class Edition
{
#if GPU_EDITION
    /// <summary>The edition's name, as the dialog shows it.</summary>
    public const string Name = "GPU edition";

    /// <summary>Gets the devices the dialog offers, the default first.</summary>
    public static IReadOnlyList<DeviceChoice> Devices { get; } = [DeviceChoice.Auto, DeviceChoice.Gpu, DeviceChoice.Cpu];

    /// <summary>Gets a value indicating whether this build ships DirectML and the ComputeSharp stages.</summary>
    public static bool HasGpu => true;

    /// <summary>
    /// Gets what creates the pipeline configuration for a device: the ComputeSharp stages, which fall back to
    /// the CPU stages by themselves (one warning).
    /// </summary>
    public static Func<DeviceKind, Action<string>, UpscaleConfiguration>? StageConfiguration { get; } = GpuConfiguration;

    private static UpscaleConfiguration GpuConfiguration(DeviceKind device, Action<string> warning)
    {
        GpuStages gpu = GpuStages.Create(device, Environment.ProcessorCount, warning);
        return new UpscaleConfiguration { Preprocessor = gpu.Preprocessor, Blender = gpu.Blender, Postprocessor = gpu.Postprocessor, Warning = warning };
    }
#else
    /// <summary>The edition's name, as the dialog shows it.</summary>
    public const string Name = "CPU edition";

    /// <summary>Gets the devices the dialog offers, the default first.</summary>
    public static IReadOnlyList<DeviceChoice> Devices { get; } = [DeviceChoice.Cpu];

    /// <summary>Gets a value indicating whether this build ships DirectML and the ComputeSharp stages.</summary>
    public static bool HasGpu => false;

    /// <summary>Gets what creates the pipeline configuration for a device: null, Core's CPU stages.</summary>
    public static Func<DeviceKind, Action<string>, UpscaleConfiguration>? StageConfiguration => null;
#endif
}
