// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import;
using PdnUpscale.Core.Models.Import.Ncnn;

namespace PdnUpscale.Core.Tests.Models.Import.Ncnn;

public sealed class NcnnBadInputTests
{
    [Fact]
    public void BadMagic_NamesFileAndLine1()
    {
        using var model = new NcnnTestModel().Input().Write();
        File.WriteAllText(model.ParamPath, "7767518\n1 1\nInput input 0 1 data\n");

        AssertFails(model, "model.param, line 1:", "magic number");
    }

    [Fact]
    public void MalformedHeader_NamesLine2()
    {
        using var model = new NcnnTestModel().Input().Write(header: "1");

        AssertFails(model, "model.param, line 2:", "layer count and blob count");
    }

    [Fact]
    public void WrongLayerCount_NamesLine2()
    {
        using var model = new NcnnTestModel().Input().Write(header: "2 1");

        AssertFails(model, "model.param, line 2:", "announces 2 layers but the file has 1");
    }

    [Fact]
    public void MalformedLayerLine_NamesItsLine()
    {
        using var model = new NcnnTestModel().Input().Layer("ReLU", "relu", ["data"], ["out"]).Write();
        File.AppendAllText(model.ParamPath, "Sigmoid sig x\n");
        File.WriteAllText(model.ParamPath, File.ReadAllText(model.ParamPath).Replace("2 2\n", "3 2\n", StringComparison.Ordinal));

        AssertFails(model, "model.param, line 5:", "must start with type, name, input count and output count");
    }

    [Fact]
    public void MalformedParameter_NamesItsLine()
    {
        using var model = new NcnnTestModel().Input().Layer("ReLU", "relu", ["data"], ["out"], "0:1").Write();

        AssertFails(model, "model.param, line 4:", "'0:1' is not a key=value parameter");
    }

    [Fact]
    public void UnknownLayerType_NamesLayerAndLine()
    {
        using var model = new NcnnTestModel().Input().Layer("Swish", "act", ["data"], ["out"]).Write();

        AssertFails(model, "model.param, line 4:", "Swish layer 'act' has a type the importer does not support");
    }

    [Fact]
    public void UndefinedInputBlob_NamesLayerAndLine()
    {
        using var model = new NcnnTestModel().Input().Layer("ReLU", "relu", ["nowhere"], ["out"]).Write();

        AssertFails(model, "model.param, line 4:", "reads blob 'nowhere'");
    }

    [Fact]
    public void WeightCountNotMatchingShape_NamesLayer()
    {
        using var model = new NcnnTestModel().Input().Layer("Convolution", "conv", ["data"], ["out"], "0=4 1=3 6=100").Tagged(new float[100]).Write();

        AssertFails(model, "model.param, line 4:", "not a positive multiple");
    }

    [Fact]
    public void TruncatedBin_NamesBinAndLayer()
    {
        using var model = new NcnnTestModel().Input().Layer("Convolution", "conv", ["data"], ["out"], "0=1 1=1 5=1 6=3").Tagged(new float[3]).Write();

        AssertFails(model, "model.bin:", "Convolution layer 'conv' (line 4) bias need 4 bytes");
    }

    [Fact]
    public void ExtraBytesInBin_NamesBin()
    {
        using var model = new NcnnTestModel().Input().Layer("PReLU", "prelu", ["data"], ["out"], "0=1").Raw([0.1f, 0.2f]).Write();

        AssertFails(model, "model.bin:", "4 bytes left after the last layer");
    }

    [Fact]
    public void Int8Weights_AreRejected()
    {
        using var model = new NcnnTestModel().Input().Layer("Convolution", "conv", ["data"], ["out"], "0=1 1=1 6=3").UInt32(0x000D4B38).Raw([0f]).Write();

        AssertFails(model, "model.bin:", "int8-quantized");
    }

    private static void AssertFails(NcnnTestModel model, string location, string cause)
    {
        string output = Path.Combine(model.Folder, "out");
        var request = new ModelImportRequest { ParamPath = model.ParamPath, Id = "bad", DestinationFolder = output };

        NcnnImportException e = Assert.Throws<NcnnImportException>(() => ModelImporter.Import(request));

        Assert.StartsWith(model.Folder, e.Message, StringComparison.Ordinal);
        Assert.Contains(location, e.Message, StringComparison.Ordinal);
        Assert.Contains(cause, e.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "no output file may be left behind");
    }
}
