// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

extern alias Core;

using ComputeSharp;
using Core::PdnUpscale.Core.Imaging;
using Core::PdnUpscale.Core.Postprocessing;
using PdnUpscale.Gpu.Shaders;

namespace PdnUpscale.Gpu.Postprocessing;

/// <summary>
/// The postprocess stage on the GPU. Paired with <see cref="Blending.GpuBlender"/> it never runs on its own:
/// the blender keeps the band on the device and dispatches <see cref="PostprocessShader"/> itself. Called
/// directly (with the CPU blender) it uploads the band rows and destination rows, converts them, and reads
/// them back. Falls back to the CPU stage when ComputeSharp fails.
/// </summary>
public sealed class GpuPostprocessor : IPostprocessor
{
    private readonly CpuPostprocessor cpu;
    private float[] bandStaging = [];
    private uint[] pixelStaging = [];

    /// <summary>Initializes a new instance of the <see cref="GpuPostprocessor"/> class.</summary>
    /// <param name="device">The shared device and fallback switch.</param>
    /// <param name="parallelism">The threads the CPU fallback may use.</param>
    internal GpuPostprocessor(GpuDevice device, int parallelism)
    {
        this.Device = device;
        this.cpu = new CpuPostprocessor(parallelism);
    }

    /// <summary>Gets the shared device and fallback switch.</summary>
    internal GpuDevice Device { get; }

    /// <inheritdoc/>
    public void WriteRows(FloatBand band, int rowCount, Bgra32Image destination, PostprocessSettings settings)
    {
        ArgumentNullException.ThrowIfNull(band);
        ArgumentNullException.ThrowIfNull(destination);
        if (rowCount <= 0)
        {
            return;
        }

        if (this.Device.TryGet() is { } graphicsDevice)
        {
            try
            {
                this.WriteRowsOnGpu(graphicsDevice, band, rowCount, destination, settings);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                this.Device.Fail(e);
            }
        }

        this.cpu.WriteRows(band, rowCount, destination, settings);
    }

    /// <summary>Creates the shader that converts band values into packed pixels (dispatch it over columns × rows).</summary>
    /// <param name="band">The band buffer.</param>
    /// <param name="pixels">The packed destination buffer.</param>
    /// <param name="stride">The row pitch of both buffers.</param>
    /// <param name="bandCapacity">The band's row count.</param>
    /// <param name="rect">The first column, the band row (before the ring's modulo) and the packed row to start at.</param>
    /// <param name="settings">The model's output conventions and the channels to write.</param>
    /// <param name="clearBand">Whether to zero the consumed band values.</param>
    /// <returns>The shader.</returns>
    internal static PostprocessShader CreateShader(
        ReadWriteBuffer<float> band, ReadWriteBuffer<uint> pixels, int stride, int bandCapacity, PixelRect rect, PostprocessSettings settings, bool clearBand)
    {
        return new PostprocessShader(
            band,
            pixels,
            stride,
            bandCapacity,
            rect.Y,
            rect.Y,
            rect.X,
            settings.OutputRange,
            settings.IsBgr ? 1 : 0,
            settings.Channels == OutputChannels.AlphaFromGray ? 1 : 0,
            settings.Grayscale ? 1 : 0,
            settings.Channels == OutputChannels.ColorOpaque ? 1 : 0,
            clearBand ? 1 : 0);
    }

    private void WriteRowsOnGpu(GraphicsDevice device, FloatBand band, int rowCount, Bgra32Image destination, PostprocessSettings settings)
    {
        int width = band.Width;
        int plane = width * rowCount;
        EnsureLength(ref this.bandStaging, 3 * plane);
        EnsureLength(ref this.pixelStaging, plane);
        for (int c = 0; c < 3; c++)
        {
            for (int y = 0; y < rowCount; y++)
            {
                band.GetRow(c, y).CopyTo(this.bandStaging.AsSpan((c * plane) + (y * width), width));
            }
        }

        var rect = new PixelRect(band.FirstColumn, band.FirstRow, width, rowCount);
        PackedPixels.Pack(destination, rect, this.pixelStaging);
        using ReadWriteBuffer<float> bandBuffer = device.AllocateReadWriteBuffer<float>(this.bandStaging.AsSpan(0, 3 * plane));
        using ReadWriteBuffer<uint> pixelBuffer = device.AllocateReadWriteBuffer<uint>(this.pixelStaging.AsSpan(0, plane));
        device.For(width, rowCount, CreateShader(bandBuffer, pixelBuffer, width, rowCount, new PixelRect(0, 0, width, rowCount), settings, clearBand: false));
        pixelBuffer.CopyTo(this.pixelStaging.AsSpan(0, plane));
        PackedPixels.Unpack(this.pixelStaging, destination, rect);
    }

    private static void EnsureLength<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[length];
        }
    }
}
