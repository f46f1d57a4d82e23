// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

extern alias Core;

using ComputeSharp;
using Core::PdnUpscale.Core.Blending;
using Core::PdnUpscale.Core.Inference;
using Core::PdnUpscale.Core.Postprocessing;
using Core::PdnUpscale.Core.Preprocessing;
using PdnUpscale.Gpu.Blending;
using PdnUpscale.Gpu.Postprocessing;
using PdnUpscale.Gpu.Preprocessing;

namespace PdnUpscale.Gpu;

/// <summary>
/// The preprocess, blend and postprocess stages for a host's <c>UpscaleConfiguration</c>, on the GPU the
/// pipeline's device option asks for. The three share one ComputeSharp device and one fallback switch: the
/// first ComputeSharp failure is reported once through the warning callback and all three continue on the
/// CPU, with identical results.
/// </summary>
public sealed class GpuStages
{
    private GpuStages(IPreprocessor preprocessor, IBlender blender, IPostprocessor postprocessor)
    {
        this.Preprocessor = preprocessor;
        this.Blender = blender;
        this.Postprocessor = postprocessor;
    }

    /// <summary>Gets the preprocess stage.</summary>
    public IPreprocessor Preprocessor { get; }

    /// <summary>Gets the blend stage.</summary>
    public IBlender Blender { get; }

    /// <summary>Gets the postprocess stage.</summary>
    public IPostprocessor Postprocessor { get; }

    /// <summary>
    /// Creates the stages for a device option: <see cref="DeviceKind.Cpu"/> gives the CPU stages;
    /// <see cref="DeviceKind.Auto"/> uses ComputeSharp's default device when it is a hardware GPU and the CPU
    /// stages otherwise (WARP, a software rasteriser, is slower than the CPU stages); <see cref="DeviceKind.DirectML"/>
    /// requires a hardware GPU and warns once when there is none. The device is created on first use.
    /// </summary>
    /// <param name="device">The pipeline's device option.</param>
    /// <param name="parallelism">The threads the CPU stages may use.</param>
    /// <param name="warning">Receives the single fallback line, or null.</param>
    /// <returns>The stages.</returns>
    public static GpuStages Create(DeviceKind device, int parallelism, Action<string>? warning)
    {
        if (device == DeviceKind.Cpu)
        {
            return new GpuStages(new CpuPreprocessor(parallelism), new CpuBlender(parallelism), new CpuPostprocessor(parallelism));
        }

        if (device == DeviceKind.Auto && !HasHardwareDevice())
        {
            return new GpuStages(new CpuPreprocessor(parallelism), new CpuBlender(parallelism), new CpuPostprocessor(parallelism));
        }

        return Create(new GpuDevice(PickHardwareDevice, warning), parallelism);
    }

    /// <summary>Creates GPU stages on a given device source (tests pass the emulated device or a failing one).</summary>
    /// <param name="device">The shared device and fallback switch.</param>
    /// <param name="parallelism">The threads the CPU fallbacks may use.</param>
    /// <returns>The stages.</returns>
    internal static GpuStages Create(GpuDevice device, int parallelism)
    {
        return new GpuStages(new GpuPreprocessor(device, parallelism), new GpuBlender(parallelism), new GpuPostprocessor(device, parallelism));
    }

    private static bool HasHardwareDevice()
    {
        try
        {
            return GraphicsDevice.GetDefault().IsHardwareAccelerated;
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static GraphicsDevice PickHardwareDevice()
    {
        GraphicsDevice device = GraphicsDevice.GetDefault();
        return device.IsHardwareAccelerated ? device : throw new NotSupportedException("no hardware GPU with Direct3D 12 and shader model 6.0");
    }
}
