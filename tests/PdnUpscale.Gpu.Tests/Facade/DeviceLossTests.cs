// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using ComputeSharp;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Preprocessing;
using PdnUpscale.Gpu.Preprocessing;
using PdnUpscale.Gpu.Tests.TestUtilities;

namespace PdnUpscale.Gpu.Tests.Facade;

/// <summary>
/// A device lost in the middle of a job, emulated by disposing a private emulated device (the facade hands
/// out a fresh one per enumeration; the real package may return a shared device, hence facade-only).
/// </summary>
public sealed class DeviceLossTests
{
    [Fact]
    public void DeviceLostMidJobFinishesOnTheCpuWithTheSameValues()
    {
        var warnings = new List<string>();
        GraphicsDevice lost = GraphicsDevice.EnumerateDevices().First();
        GpuStages stages = GpuStages.Create(new GpuDevice(() => lost, warnings.Add), 2);
        using Bgra32Image source = TestImages.Load("generated-alpha");
        var settings = new PreprocessSettings(1f, false, 8);
        PixelRect[] rects = [new(-4, -4, 20, 20), new(10, 6, 20, 20), new(20, 12, 20, 20)];
        using IPreprocessJob cpu = new CpuPreprocessor(2).Begin(source, settings);
        using IPreprocessJob job = stages.Preprocessor.Begin(source, settings);
        Assert.IsType<GpuPreprocessJob>(job);
        foreach (PixelRect rect in rects)
        {
            float[] expected = new float[3 * rect.Area];
            float[] actual = new float[expected.Length];
            cpu.WriteTile(rect, expected);
            job.WriteTile(rect, actual);
            Assert.Equal(expected, actual);
            lost.Dispose();
        }

        string line = Assert.Single(warnings);
        Assert.Contains(nameof(ObjectDisposedException), line, StringComparison.Ordinal);
    }
}
