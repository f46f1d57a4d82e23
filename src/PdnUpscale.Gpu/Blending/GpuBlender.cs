// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

extern alias Core;

using Core::PdnUpscale.Core.Blending;
using Core::PdnUpscale.Core.Imaging;
using Core::PdnUpscale.Core.Postprocessing;
using Core::PdnUpscale.Core.Tiling;
using PdnUpscale.Gpu.Postprocessing;

namespace PdnUpscale.Gpu.Blending;

/// <summary>
/// The blend stage on the GPU. With a <see cref="GpuPostprocessor"/> it keeps the blend band and the packed
/// output on the device, runs <see cref="Shaders.BlendShader"/> per tile and
/// <see cref="Shaders.PostprocessShader"/> per finished tile row, and reads the output back once at the end.
/// With any other postprocessor, or when ComputeSharp fails at the start, it runs the CPU stage.
/// </summary>
public sealed class GpuBlender : IBlender
{
    private readonly CpuBlender cpu;

    /// <summary>Initializes a new instance of the <see cref="GpuBlender"/> class.</summary>
    /// <param name="parallelism">The threads the CPU fallback may use.</param>
    public GpuBlender(int parallelism) => this.cpu = new CpuBlender(parallelism);

    /// <inheritdoc/>
    public IBlendJob Begin(TilePlan plan, IPostprocessor postprocessor, Bgra32Image destination, PostprocessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(destination);
        if (postprocessor is GpuPostprocessor gpu && gpu.Device.TryGet() is { } graphicsDevice)
        {
            if (destination.Width != plan.OutputWidth || destination.Height != plan.OutputHeight)
            {
                throw new ArgumentException("The destination does not have the plan's output size.", nameof(destination));
            }

            try
            {
                return new GpuBlendJob(graphicsDevice, plan, destination, settings, gpu.Device.Fail);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                gpu.Device.Fail(e);
            }
        }

        return this.cpu.Begin(plan, postprocessor, destination, settings);
    }
}
