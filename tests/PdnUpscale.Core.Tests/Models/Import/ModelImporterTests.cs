// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Import;
using PdnUpscale.Core.Models.Import.Ncnn;
using PdnUpscale.Core.Tests.Models.Import.Ncnn;

namespace PdnUpscale.Core.Tests.Models.Import;

public sealed class ModelImporterTests
{
    [Fact]
    public void Import_WritesSelfDescribingOnnx()
    {
        using NcnnTestModel model = TinyUpscaler();
        string output = Path.Combine(model.Folder, "out");

        ModelDescriptor imported = ModelImporter.Import(new ModelImportRequest
        {
            ParamPath = model.ParamPath, Id = "tiny-x2", Name = "Tiny", Scale = 2, Purpose = ModelPurpose.Art, DestinationFolder = output,
        });
        ModelDescriptor? described = ModelCatalog.TryDescribe(Path.Combine(output, "tiny-x2.onnx"));

        Assert.Equal(Path.Combine(output, "tiny-x2.onnx"), imported.OnnxPath);
        Assert.Equivalent(imported, described);
        Assert.Equal((2, 1, ModelPurpose.Art), (described!.Geometry.Scale, described.Geometry.ContextPadding, described.Purpose));
        Assert.Equal(["tiny-x2.onnx"], Directory.EnumerateFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Import_WrongScale_FailsWithoutOutput()
    {
        using NcnnTestModel model = TinyUpscaler();
        string output = Path.Combine(model.Folder, "out");

        NcnnImportException e = Assert.Throws<NcnnImportException>(() => ModelImporter.Import(new ModelImportRequest
        {
            ParamPath = model.ParamPath, Id = "tiny", Scale = 4, DestinationFolder = output,
        }));

        Assert.Equal($"{model.ParamPath}: the network upscales 2×, not the 4× requested.", e.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Import_MissingBin_NamesIt()
    {
        using NcnnTestModel model = TinyUpscaler();
        File.Delete(model.BinPath);

        NcnnImportException e = Assert.Throws<NcnnImportException>(() => ModelImporter.Import(new ModelImportRequest { ParamPath = model.ParamPath, Id = "tiny" }));

        Assert.Equal($"{model.BinPath}: the file does not exist.", e.Message);
    }

    [Fact]
    public void Import_ReplacingAnExistingModel_KeepsItWhenConversionFails()
    {
        using NcnnTestModel model = TinyUpscaler();
        string output = Path.Combine(model.Folder, "out");
        var request = new ModelImportRequest { ParamPath = model.ParamPath, Id = "tiny", DestinationFolder = output };
        ModelImporter.Import(request);
        string before = ModelCatalog.Sha256(Path.Combine(output, "tiny.onnx"));
        File.AppendAllText(model.BinPath, "junk");

        Assert.Throws<NcnnImportException>(() => ModelImporter.Import(request));

        Assert.Equal(before, ModelCatalog.Sha256(Path.Combine(output, "tiny.onnx")));
        Assert.Single(Directory.EnumerateFiles(output));
    }

    [Fact]
    public void Import_AddNearestInput_AddsTheNearestUpscaledInteriorToTheOutput()
    {
        // A model consuming a 1 px border: its output plus the nearest-upscaled input without that border.
        Blob x = Blob.Random(3, 6, 7, seed: 51);
        using var model = new NcnnTestModel().Input()
            .Layer("Convolution", "conv", ["data"], ["c"], "0=12 1=3 6=324").Tagged(Blob.RandomValues(324, 52))
            .Layer("PixelShuffle", "ps", ["c"], ["out"], "0=2").Write();
        string output = Path.Combine(model.Folder, "out");
        string plain = ModelImporter.Import(new ModelImportRequest { ParamPath = model.ParamPath, Id = "plain", DestinationFolder = output }).OnnxPath!;
        string residual = ModelImporter.Import(new ModelImportRequest { ParamPath = model.ParamPath, Id = "residual", AddNearestInput = true, DestinationFolder = output }).OnnxPath!;

        Blob net = OnnxTestRunner.Run(File.ReadAllBytes(plain), x);
        Blob nearest = NcnnReference.Interp(NcnnReference.Crop(x, 1, 1, 4, 5), 1, 2f);
        var expected = new Blob(net.C, net.H, net.W);
        for (int i = 0; i < expected.Data.Length; i++)
        {
            expected.Data[i] = net.Data[i] + nearest.Data[i];
        }

        OnnxTestRunner.AssertClose(expected, OnnxTestRunner.Run(File.ReadAllBytes(residual), x));
    }

    internal static NcnnTestModel TinyUpscaler()
        => new NcnnTestModel().Input()
            .Layer("Convolution", "conv", ["data"], ["c"], "0=12 1=3 4=1 5=1 6=324").Tagged(Blob.RandomValues(324, 50)).Raw(new float[12])
            .Layer("PixelShuffle", "ps", ["c"], ["out"], "0=2").Write();
}
