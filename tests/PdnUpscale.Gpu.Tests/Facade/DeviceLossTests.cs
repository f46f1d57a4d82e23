// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.ComponentModel;
using ComputeSharp;
using PdnUpscale.Core.Blending;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Preprocessing;
using PdnUpscale.Core.Tiling;
using PdnUpscale.Gpu.Blending;
using PdnUpscale.Gpu.Preprocessing;
using PdnUpscale.Gpu.Tests.TestUtilities;

namespace PdnUpscale.Gpu.Tests.Facade;

/// <summary>
/// A device lost as ComputeSharp reports it (the facade's <c>Lose</c>: recorded work fails with a
/// <see cref="Win32Exception"/>, later use with <see cref="InvalidOperationException"/>, <c>DeviceLost</c> on a
/// thread pool thread). Each test loses a private emulated device, never the shared default.
/// </summary>
public sealed class DeviceLossTests
{
    // DeviceLost arrives on a thread pool thread, as ComputeSharp raises it; it normally takes milliseconds, but
    // with the whole suite running on two busy cores the pool can be starved for over 10 s (seen in a full run at
    // load average 7), so the bound only stops a hang.
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public void TheEmulatedDeviceFailsAndReportsLossAsComputeSharpDoes()
    {
        GraphicsDevice device = GraphicsDevice.EnumerateDevices().First();
        using var raised = new ManualResetEventSlim();
        DeviceLostReason? reason = null;
        device.DeviceLost += (_, e) => { reason = e.Reason; raised.Set(); };
        using ReadWriteBuffer<int> buffer = device.AllocateReadWriteBuffer<int>(4, AllocationMode.Clear);
        var context = device.CreateComputeContext();
        context.For(4, 1, new FacadeDispatchTests.CountShader(buffer, 4));

        device.Lose(DeviceLostReason.DeviceRemoved);

        Win32Exception executing = Assert.Throws<Win32Exception>(context.Dispose);
        Assert.Equal(unchecked((int)0x887A0005), executing.NativeErrorCode);
        Assert.Throws<InvalidOperationException>(() => device.AllocateReadWriteBuffer<int>(4));
        Assert.Throws<InvalidOperationException>(() => buffer.ToArray());
        Assert.True(raised.Wait(EventTimeout));
        Assert.Equal(DeviceLostReason.DeviceRemoved, reason);
    }

    [Fact]
    public void DeviceLostMidJobFinishesOnTheCpuWithTheSameValuesAndDisposesTheLostDevice()
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

        // Subscribed after the stages' own handler (added when the device was created), so it runs after it.
        using var raised = new ManualResetEventSlim();
        lost.DeviceLost += (_, _) => raised.Set();
        foreach (PixelRect rect in rects)
        {
            float[] expected = new float[3 * rect.Area];
            float[] actual = new float[expected.Length];
            cpu.WriteTile(rect, expected);
            job.WriteTile(rect, actual);
            Assert.Equal(expected, actual);
            lost.Lose(DeviceLostReason.DeviceReset);
        }

        // The next tile's first call on the lost device fails (InvalidOperationException, as ComputeSharp's
        // check before any operation); the stages report it once and finish on the CPU.
        string line = Assert.Single(warnings);
        Assert.Contains("has been lost", line, StringComparison.Ordinal);

        // Disposed, so ComputeSharp's GetDefault stops handing out the lost device and the next run gets a new one.
        Assert.True(raised.Wait(EventTimeout));
        Assert.True(lost.IsDisposed);
    }

    [Fact]
    public void DeviceLostBetweenRunsIsReportedOnceAndTheNextRunUsesTheCpu()
    {
        var warnings = new List<string>();
        GraphicsDevice lost = GraphicsDevice.EnumerateDevices().First();
        GpuStages stages = GpuStages.Create(new GpuDevice(() => lost, warnings.Add), 2);
        using Bgra32Image source = TestImages.Load("generated-opaque");
        var settings = new PreprocessSettings(1f, false, 0);
        using (IPreprocessJob first = stages.Preprocessor.Begin(source, settings))
        {
            Assert.IsType<GpuPreprocessJob>(first);
        }

        // Subscribed after the stages' own handler (added when the device was created), so it runs after it.
        using var raised = new ManualResetEventSlim();
        lost.DeviceLost += (_, _) => raised.Set();

        lost.Lose(DeviceLostReason.DeviceRemoved);
        Assert.True(raised.Wait(EventTimeout));
        using IPreprocessJob second = stages.Preprocessor.Begin(source, settings);
        using IPreprocessJob third = stages.Preprocessor.Begin(source, settings);

        Assert.IsNotType<GpuPreprocessJob>(second);
        Assert.IsNotType<GpuPreprocessJob>(third);
        string line = Assert.Single(warnings);
        Assert.Contains("lost", line, StringComparison.Ordinal);
        Assert.True(lost.IsDisposed);
    }

    [Fact]
    public void DeviceLostMidBlendFailsTheJobReportsOnceAndLaterJobsUseTheCpu()
    {
        var warnings = new List<string>();
        GraphicsDevice lost = GraphicsDevice.EnumerateDevices().First();
        GpuStages stages = GpuStages.Create(new GpuDevice(() => lost, warnings.Add), 2);
        using Bgra32Image source = TestImages.Load("generated-opaque");
        var geometry = new ModelGeometry { Scale = 2, ContextPadding = 3, IsTileExact = false };
        TilePlan plan = TilePlanner.Plan(source.Width, source.Height, geometry, TestImages.TileSizeFor(source));
        var settings = new PostprocessSettings(1f, false, OutputChannels.ColorOpaque);
        using Bgra32Image destination = Bgra32Image.Allocate(plan.OutputWidth, plan.OutputHeight);
        float[] output = new float[3 * plan.TileOutputWidth * plan.TileOutputHeight];
        using var raised = new ManualResetEventSlim();
        using (IBlendJob job = stages.Blender.Begin(plan, stages.Postprocessor, destination, settings))
        {
            Assert.IsType<GpuBlendJob>(job);
            lost.DeviceLost += (_, _) => raised.Set(); // after the stages' own handler, added by Begin
            job.Add(plan.Tiles[0], output);
            lost.Lose(DeviceLostReason.DeviceHung);
            Assert.Throws<InvalidOperationException>(job.Flush);

            // Reported by the failing job itself, not only when the next job asks for the device.
            string line = Assert.Single(warnings);
            Assert.Contains("has been lost", line, StringComparison.Ordinal);
        }

        using IBlendJob next = stages.Blender.Begin(plan, stages.Postprocessor, destination, settings);
        Assert.IsNotType<GpuBlendJob>(next);
        Assert.Single(warnings);
        Assert.True(raised.Wait(EventTimeout));
        Assert.True(lost.IsDisposed);
    }
}
