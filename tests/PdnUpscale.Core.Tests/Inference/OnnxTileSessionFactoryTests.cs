// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Errors;
using PdnUpscale.Core.Imaging;
using PdnUpscale.Core.Inference;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Pipeline;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Inference;

/// <summary>The ONNX Runtime path on a tiny real model written by <see cref="TinyOnnxModel"/>.</summary>
public sealed class OnnxTileSessionFactoryTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("pdnupscale-onnx-").FullName;

    [Fact]
    public void Tiled_EqualsWholeImage_WithOnnxRuntime()
    {
        ModelDescriptor model = this.Model(TinyOnnxModel.Write(this.directory, 2));
        using Bgra32Image source = TestImages.Create(61, 37, withAlpha: true);
        using var upscaler = new Upscaler();

        using UpscaleResult whole = upscaler.Run(source, new UpscaleOptions { Model = model, TileSize = TileSizeOption.WholeImage });
        using UpscaleResult tiled = upscaler.Run(source, new UpscaleOptions { Model = model, TileSize = TileSizeOption.Fixed(16) });

        Assert.Equal("CPU", whole.DeviceName);
        Assert.Equal(122, whole.Image.Width);
        Assert.Equal(0, TestImages.MaxAbsDiff(whole.Image, tiled.Image));
        using Bgra32Image blank = Bgra32Image.Allocate(whole.Image.Width, whole.Image.Height);
        Assert.True(TestImages.MaxAbsDiff(whole.Image, blank) > 100);
    }

    [Fact]
    public void Sessions_AreReusedPerTileShape()
    {
        ModelDescriptor model = this.Model(TinyOnnxModel.Write(this.directory, 2));
        using var factory = new OnnxTileSessionFactory(2, null);

        ITileSession a = factory.GetSession(model, DeviceKind.Cpu, InferencePrecision.Fp32, 40, 24);
        ITileSession b = factory.GetSession(model, DeviceKind.Cpu, InferencePrecision.Fp32, 40, 24);
        ITileSession c = factory.GetSession(model, DeviceKind.Cpu, InferencePrecision.Fp32, 24, 24);

        Assert.Same(a, b);
        Assert.NotSame(a, c);
        Assert.Equal(80, a.OutputWidth);
    }

    [Fact]
    public void DirectML_WhereUnavailable_WarnsOnceAndRunsOnTheCpu()
    {
        ModelDescriptor model = this.Model(TinyOnnxModel.Write(this.directory, 2));
        var warnings = new List<string>();
        using var factory = new OnnxTileSessionFactory(2, warnings.Add);

        ITileSession session = factory.GetSession(model, DeviceKind.DirectML, InferencePrecision.Fp32, 16, 16);
        factory.GetSession(model, DeviceKind.DirectML, InferencePrecision.Fp32, 20, 20);

        Assert.Equal("CPU", session.DeviceName);
        Assert.Contains("DirectML", Assert.Single(warnings));
    }

    [Fact]
    public void CorruptModel_IsAModelError()
    {
        string path = Path.Combine(this.directory, "corrupt.onnx");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8]);
        using var factory = new OnnxTileSessionFactory(2, null);

        var ex = Assert.Throws<UpscaleException>(() => factory.GetSession(this.Model(path), DeviceKind.Cpu, InferencePrecision.Fp32, 16, 16));

        Assert.Equal(UpscaleErrorKind.Model, ex.Kind);

        Assert.Contains("corrupt.onnx", ex.Message);
    }

    [Fact]
    public void MissingModel_IsAModelError()
    {
        using var factory = new OnnxTileSessionFactory(2, null);

        var ex = Assert.Throws<UpscaleException>(() => factory.GetSession(this.Model(Path.Combine(this.directory, "gone.onnx")), DeviceKind.Cpu, InferencePrecision.Fp32, 16, 16));

        Assert.Equal(UpscaleErrorKind.Model, ex.Kind);

        Assert.Contains("gone.onnx", ex.Message);
    }

    public void Dispose() => Directory.Delete(this.directory, recursive: true);

    private ModelDescriptor Model(string path) => new()
    {
        Id = Path.GetFileNameWithoutExtension(path),
        Name = "tiny",
        OnnxPath = path,
        Geometry = new ModelGeometry { Scale = 2, ContextPadding = 1, IsTileExact = true },
    };
}
