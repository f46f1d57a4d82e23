// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using System.ComponentModel;
using ComputeSharp;
using PdnUpscale.Core.Blending;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Postprocessing;
using PdnUpscale.Core.Preprocessing;
using PdnUpscale.Gpu.Preprocessing;
using PdnUpscale.Gpu.Tests.TestUtilities;

namespace PdnUpscale.Gpu.Tests;

/// <summary>What happens when ComputeSharp is not usable: one warning line, then the CPU stages.</summary>
public sealed class FallbackTests
{
    [Fact]
    public void DeviceFailureWarnsOnceAndRunsCpuStages()
    {
        var warnings = new List<string>();
        var device = new GpuDevice(() => throw new NotSupportedException("no Direct3D 12 here"), warnings.Add);
        GpuStages stages = GpuStages.Create(device, 2);
        using Bgra32Image source = TestImages.Load("generated-alpha");
        var settings = new PreprocessSettings(1f, false, 8);
        var rect = new PixelRect(-4, -4, 20, 20);

        float[] expected = new float[3 * 400];
        float[] actual = new float[3 * 400];
        using (IPreprocessJob cpu = new CpuPreprocessor(2).Begin(source, settings))
        {
            cpu.WriteTile(rect, expected);
        }

        using (IPreprocessJob job = stages.Preprocessor.Begin(source, settings))
        {
            job.WriteTile(rect, actual);
        }

        using var band = new FloatBand(source.Width, 2);
        using Bgra32Image destination = source.Clone();
        stages.Postprocessor.WriteRows(band, 2, destination, new PostprocessSettings(1f, false, OutputChannels.ColorOpaque));

        Assert.Equal(expected, actual);
        Assert.Equal(0, destination.GetRow(0)[0]);
        string line = Assert.Single(warnings);
        Assert.Contains("no Direct3D 12 here", line, StringComparison.Ordinal);
    }

    [Fact]
    public void CpuDeviceOptionGivesCpuStages()
    {
        GpuStages stages = GpuStages.Create(DeviceKind.Cpu, 2, null);
        Assert.IsType<CpuPreprocessor>(stages.Preprocessor);
        Assert.IsType<CpuBlender>(stages.Blender);
        Assert.IsType<CpuPostprocessor>(stages.Postprocessor);
    }

    [Fact]
    public void AutoUsesTheGpuOnlyWhenItIsHardwareAndNeverWarns()
    {
        // The emulated device reports IsHardwareAccelerated = false, as WARP does on a Windows machine without a GPU.
        var warnings = new List<string>();
        GpuStages stages = GpuStages.Create(DeviceKind.Auto, 2, warnings.Add);
        bool hardware = GraphicsDevice.GetDefault().IsHardwareAccelerated;
        Assert.Equal(hardware, stages.Preprocessor is GpuPreprocessor);
        Assert.Empty(warnings);
    }

    [Fact]
    public void DirectMLWithoutHardwareGpuWarnsOnceAndFallsBack()
    {
        var warnings = new List<string>();
        GpuStages stages = GpuStages.Create(DeviceKind.DirectML, 2, warnings.Add);
        using Bgra32Image source = TestImages.Load("generated-opaque");
        using IPreprocessJob job = stages.Preprocessor.Begin(source, new PreprocessSettings(1f, false, 0));
        using IPreprocessJob again = stages.Preprocessor.Begin(source, new PreprocessSettings(1f, false, 0));
        bool hardware = GraphicsDevice.GetDefault().IsHardwareAccelerated;
        Assert.Equal(hardware, job is GpuPreprocessJob);
        Assert.Equal(hardware ? 0 : 1, warnings.Count);
    }

    public static TheoryData<Exception> UnavailableGpuStacks() =>
    [
        new Win32Exception(unchecked((int)0x887A0004), "DXGI_ERROR_UNSUPPORTED"),
        new TypeInitializationException("ComputeSharp.Graphics.Helpers.DeviceHelper", new DllNotFoundException("d3d12.dll")),
        new DllNotFoundException("d3d12.dll"),
        new EntryPointNotFoundException("D3D12CreateDevice"),
        new FileNotFoundException("Could not load file or assembly 'ComputeSharp, Version=3.2.0.0'"),
        new FileLoadException("ComputeSharp.Core 3.2.0.0 is already loaded with another version"),
        new BadImageFormatException("ComputeSharp.dll"),
        new NotSupportedException("no adapter"),
    ];

    [Theory]
    [MemberData(nameof(UnavailableGpuStacks))]
    public void AutoFallsBackSilentlyWhenTheGpuStackCannotLoad(Exception failure)
    {
        var warnings = new List<string>();
        GpuStages stages = GpuStages.Create(DeviceKind.Auto, 2, warnings.Add, () => throw failure, () => throw new InvalidOperationException("no GPU stages after a failed probe"));
        Assert.IsType<CpuPreprocessor>(stages.Preprocessor);
        Assert.IsType<CpuBlender>(stages.Blender);
        Assert.IsType<CpuPostprocessor>(stages.Postprocessor);
        Assert.Empty(warnings);
    }

    [Theory]
    [MemberData(nameof(UnavailableGpuStacks))]
    public void DirectMLFallsBackWithOneWarningWhenTheGpuStackCannotLoad(Exception failure)
    {
        var warnings = new List<string>();
        GpuStages stages = GpuStages.Create(DeviceKind.DirectML, 2, warnings.Add, () => true, () => throw failure);
        Assert.IsType<CpuPreprocessor>(stages.Preprocessor);
        string line = Assert.Single(warnings);
        Assert.Contains(failure.GetType().Name, line, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgrammingErrorsAreNotMistakenForAMissingGpu()
    {
        Assert.Throws<NullReferenceException>(() => GpuStages.Create(DeviceKind.Auto, 2, null, () => throw new NullReferenceException(), () => throw new InvalidOperationException()));
    }
}
