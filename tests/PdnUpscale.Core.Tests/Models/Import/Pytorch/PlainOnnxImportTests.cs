// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Import;
using PdnUpscale.Core.Models.Import.Architectures;
using PdnUpscale.Core.Models.Import.Weights;
using PdnUpscale.Core.Models.Onnx.Proto;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Models.Import.Pytorch;

/// <summary>
/// ONNX upscalers without PdnUpscale's metadata, measured by running them: the geometry the probe finds must
/// agree with what the architecture implies.
/// </summary>
public sealed class PlainOnnxImportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => this.folder.Dispose();

    [Theory]
    [InlineData("compact-x2.safetensors", 2, 1)] // 4 chained 3×3 convolutions
    [InlineData("esrgan-unshuffle-x2.pth", 2, 2)] // pixel-unshuffle by 2: even sizes only
    public void PlainOnnx_GeometryIsMeasured(string fixture, int scale, int alignment)
    {
        ModelDescriptor known = ModelImporter.Import(new ModelImportRequest { ParamPath = PytorchReferenceTests.FixturePath(fixture), Id = "known", DestinationFolder = this.folder.Path });
        string plain = this.WithoutMetadata(known.OnnxPath!);

        ModelDescriptor measured = ModelImporter.Import(new ModelImportRequest { ParamPath = plain, Id = "measured", DestinationFolder = this.folder.Path });

        Assert.Equal((scale, alignment, true), (measured.Geometry.Scale, measured.Geometry.InputAlignment, measured.Geometry.IsTileExact));
        Assert.InRange(measured.Geometry.ContextPadding, 1, known.Geometry.ContextPadding);
        Assert.Equivalent(measured, ModelCatalog.TryDescribe(measured.OnnxPath!));
    }

    [Fact]
    public void PlainOnnx_WithGlobalPooling_IsNotTileExact()
    {
        // output = nearest 2× of x + the image-wide mean of x: every output pixel depends on every input pixel.
        var graph = new WeightGraph(new StateDict("global", []), 3);
        string mean = graph.Op("GlobalAveragePool", "mean", WeightGraph.InputName);
        string path = this.Save("global.onnx", graph.Build(graph.Op("Add", "sum", graph.Nearest(WeightGraph.InputName, 2), mean), 3));

        ModelDescriptor measured = ModelImporter.Import(new ModelImportRequest { ParamPath = path, Id = "global", DestinationFolder = this.folder.Path });

        Assert.Equal((2, false), (measured.Geometry.Scale, measured.Geometry.IsTileExact));
    }

    [Fact]
    public void DescribeOrImport_ConvertsAFileOnceUnderItsNameAndHash()
    {
        string weights = PytorchReferenceTests.FixturePath("compact-x2.safetensors");
        string models = Path.Combine(this.folder.Path, "models");

        ModelDescriptor first = ModelCatalog.DescribeOrImport(weights, models)!;
        DateTime written = File.GetLastWriteTimeUtc(first.OnnxPath!);
        ModelDescriptor again = ModelCatalog.DescribeOrImport(weights, models)!;

        Assert.Equal($"compact-x2-{ModelCatalog.Sha256(weights)[..8]}", first.Id);
        Assert.Equal((first.OnnxPath, written), (again.OnnxPath, File.GetLastWriteTimeUtc(again.OnnxPath!)));
        Assert.Null(ModelCatalog.DescribeOrImport(TestImages.InputPath("astronaut-eye-48.png"), models));
        Assert.Equal(first.OnnxPath, ModelCatalog.DescribeOrImport(first.OnnxPath!, models)!.OnnxPath);
    }

    [Fact]
    public void NotOnnx_IsRefused()
    {
        string path = Path.Combine(this.folder.Path, "junk.onnx");
        File.WriteAllText(path, "this is not a protobuf message, just text");

        ModelImportException e = Assert.Throws<ModelImportException>(() => ModelImporter.Import(new ModelImportRequest { ParamPath = path, Id = "junk", DestinationFolder = Path.Combine(this.folder.Path, "out") }));

        Assert.StartsWith(path + ": the file is not", e.Message, StringComparison.Ordinal);
    }

    private string WithoutMetadata(string onnx)
    {
        ModelProto model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(onnx));
        model.MetadataProps.Clear();
        return this.Save("plain.onnx", model);
    }

    private string Save(string name, ModelProto model)
    {
        string path = Path.Combine(this.folder.Path, name);
        File.WriteAllBytes(path, model.ToByteArray());
        return path;
    }
}
