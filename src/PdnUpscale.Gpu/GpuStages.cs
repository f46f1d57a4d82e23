// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

extern alias Core;

using System.ComponentModel;
using System.Runtime.CompilerServices;
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
    /// requires a hardware GPU and warns once when there is none. The device is created on first use. Never
    /// throws for a missing or broken GPU stack (see <see cref="IsGpuUnavailable"/>): the CPU stages run.
    /// </summary>
    /// <param name="device">The pipeline's device option.</param>
    /// <param name="parallelism">The threads the CPU stages may use.</param>
    /// <param name="warning">Receives the single fallback line, or null.</param>
    /// <returns>The stages.</returns>
    public static GpuStages Create(DeviceKind device, int parallelism, Action<string>? warning) =>
        Create(device, parallelism, warning, HasHardwareDevice, () => Create(new GpuDevice(PickHardwareDevice, warning), parallelism));

    /// <summary>Creates the stages for a device option with a given probe and GPU factory (tests make them fail).</summary>
    /// <param name="device">The pipeline's device option.</param>
    /// <param name="parallelism">The threads the CPU stages may use.</param>
    /// <param name="warning">Receives the single fallback line, or null.</param>
    /// <param name="hasHardwareDevice">Whether ComputeSharp's default device is a hardware GPU; may throw.</param>
    /// <param name="onGpu">Creates the GPU stages; may throw.</param>
    /// <returns>The stages.</returns>
    internal static GpuStages Create(DeviceKind device, int parallelism, Action<string>? warning, Func<bool> hasHardwareDevice, Func<GpuStages> onGpu)
    {
        if (device == DeviceKind.Cpu)
        {
            return OnCpu(parallelism);
        }

        try
        {
            // Both delegates run inside the try: the first call into ComputeSharp is where a missing,
            // mismatched or unloadable ComputeSharp or Direct3D 12 shows up (at JIT or type initialisation).
            return device == DeviceKind.Auto && !hasHardwareDevice() ? OnCpu(parallelism) : onGpu();
        }
        catch (Exception e) when (IsGpuUnavailable(e))
        {
            if (device != DeviceKind.Auto)
            {
                warning?.Invoke(GpuDevice.FallbackLine(e));
            }

            return OnCpu(parallelism);
        }
    }

    /// <summary>Creates GPU stages on a given device source (tests pass the emulated device or a failing one).</summary>
    /// <param name="device">The shared device and fallback switch.</param>
    /// <param name="parallelism">The threads the CPU fallbacks may use.</param>
    /// <returns>The stages.</returns>
    internal static GpuStages Create(GpuDevice device, int parallelism)
    {
        return new GpuStages(new GpuPreprocessor(device, parallelism), new GpuBlender(parallelism), new GpuPostprocessor(device, parallelism));
    }

    /// <summary>
    /// Gets whether an exception means "no usable GPU here": what ComputeSharp throws for a failed HRESULT
    /// (<see cref="Win32Exception"/>), for no suitable adapter (<see cref="NotSupportedException"/>) or a lost
    /// device (<see cref="InvalidOperationException"/>), and what the runtime throws when ComputeSharp or a
    /// native library it needs cannot be loaded or initialised.
    /// </summary>
    /// <param name="e">The exception.</param>
    /// <returns>Whether the CPU stages should run instead.</returns>
    internal static bool IsGpuUnavailable(Exception e) =>
        e is Win32Exception or NotSupportedException or InvalidOperationException or TypeInitializationException
            or DllNotFoundException or EntryPointNotFoundException or FileNotFoundException or FileLoadException or BadImageFormatException;

    private static GpuStages OnCpu(int parallelism) =>
        new(new CpuPreprocessor(parallelism), new CpuBlender(parallelism), new CpuPostprocessor(parallelism));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool HasHardwareDevice() => GraphicsDevice.GetDefault().IsHardwareAccelerated;

    private static GraphicsDevice PickHardwareDevice()
    {
        GraphicsDevice device = GraphicsDevice.GetDefault();
        return device.IsHardwareAccelerated ? device : throw new NotSupportedException("no hardware GPU with Direct3D 12 and shader model 6.0");
    }
}
