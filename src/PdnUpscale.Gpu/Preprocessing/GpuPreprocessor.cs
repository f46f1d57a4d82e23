// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

extern alias Core;

using Core::PdnUpscale.Core.Imaging;
using Core::PdnUpscale.Core.Preprocessing;

namespace PdnUpscale.Gpu.Preprocessing;

/// <summary>
/// The preprocess stage on the GPU: uploads the image once, bleeds colour into fully transparent pixels
/// with <see cref="Shaders.BleedShader"/> passes batched in one compute context, then gathers each tile with
/// <see cref="Shaders.PreprocessShader"/>. Falls back to the CPU stage when ComputeSharp fails.
/// </summary>
public sealed class GpuPreprocessor : IPreprocessor
{
    private readonly GpuDevice device;
    private readonly CpuPreprocessor cpu;

    /// <summary>Initializes a new instance of the <see cref="GpuPreprocessor"/> class.</summary>
    /// <param name="device">The shared device and fallback switch.</param>
    /// <param name="parallelism">The threads the CPU fallback may use.</param>
    internal GpuPreprocessor(GpuDevice device, int parallelism)
    {
        this.device = device;
        this.cpu = new CpuPreprocessor(parallelism);
    }

    /// <inheritdoc/>
    public IPreprocessJob Begin(Bgra32Image source, PreprocessSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return this.BeginGpu(source, settings, cancellationToken) ?? this.cpu.Begin(source, settings, cancellationToken);
    }

    /// <summary>Starts a GPU job, or returns null after reporting a ComputeSharp failure.</summary>
    /// <param name="source">The source image.</param>
    /// <param name="settings">The model's input conventions.</param>
    /// <param name="cancellationToken">Passed to the CPU fallback should the device fail mid-job.</param>
    /// <returns>The GPU job, or null for the CPU fallback.</returns>
    internal GpuPreprocessJob? BeginGpu(Bgra32Image source, PreprocessSettings settings, CancellationToken cancellationToken)
    {
        if (this.device.TryGet() is not { } graphicsDevice)
        {
            return null;
        }

        try
        {
            return new GpuPreprocessJob(graphicsDevice, source, settings, () => this.cpu.Begin(source, settings, cancellationToken), this.device.Fail);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            this.device.Fail(e);
            return null;
        }
    }
}
