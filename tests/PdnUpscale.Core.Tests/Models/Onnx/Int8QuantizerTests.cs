// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using PdnUpscale.Core.Codecs;
using PdnUpscale.Core.Models;
using PdnUpscale.Core.Models.Catalog;
using PdnUpscale.Core.Models.Onnx;
using PdnUpscale.Core.Models.Onnx.Proto;
using PdnUpscale.Core.Tests.Models.Import.Ncnn;
using PdnUpscale.Core.Tests.TestUtilities;

namespace PdnUpscale.Core.Tests.Models.Onnx;

/// <summary>
/// The int8 graph of the committed default model, built from the committed fp32 file and the catalog's calibration
/// (no int8 file is committed): PRelu folded without changing the function, every convolution in the QDQ form ONNX
/// Runtime fuses, and the fusion actually happening.
/// </summary>
public sealed class Int8QuantizerTests
{
    private const int Convolutions = 34;
    private const int PRelus = 33;

    private static string ModelPath => Path.Combine(ModelLocations.FindBundledFolder()!, "realesr-general-x4v3.onnx");

    private static Int8Calibration CatalogCalibration => ModelCatalog.LoadBundled().Entries.Single(e => e.Id == "realesr-general-x4v3").Int8Calibration
        ?? throw new InvalidOperationException("The catalog has no int8 calibration for the default model; run models/quantize.");

    [Fact]
    public void Folder_KeepsTheFunction_WithSlopesAboveOneFlippedThroughTheConvolutions()
    {
        ModelProto model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(ModelPath));

        Assert.Equal(PRelus, Int8PReluFolder.Rewrite(model));

        Assert.DoesNotContain(model.Graph.Node, n => n.OpType == "PRelu");
        Blob input = Blob.Random(3, 24, 20, seed: 5, low: 0f, high: 1f);
        Blob expected = OnnxTestRunner.Run(File.ReadAllBytes(ModelPath), input);
        Blob actual = OnnxTestRunner.Run(model.ToByteArray(), input);
        float worst = expected.Data.Zip(actual.Data, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst < 1e-4f, $"largest difference {worst}");
    }

    [Fact]
    public void Quantize_WrapsEveryConvolutionInQuantizeDequantize()
    {
        ModelProto model = ModelProto.Parser.ParseFrom(Int8Quantizer.Quantize(ModelPath, CatalogCalibration));
        GraphProto graph = model.Graph;
        var producers = graph.Node.SelectMany(n => n.Output.Select(o => (o, n))).ToDictionary(p => p.o, p => p.n);
        var initializers = graph.Initializer.ToDictionary(t => t.Name);
        NodeProto[] convolutions = [.. graph.Node.Where(n => n.OpType == "Conv")];

        Assert.Equal(Convolutions + PRelus, convolutions.Length);
        foreach (NodeProto conv in convolutions)
        {
            // Activations: uint8 through QuantizeLinear → DequantizeLinear.
            NodeProto dq = producers[conv.Input[0]];
            Assert.Equal("DequantizeLinear", dq.OpType);
            Assert.Equal("QuantizeLinear", producers[dq.Input[0]].OpType);
            Assert.Equal((int)TensorProto.Types.DataType.Uint8, initializers[dq.Input[2]].DataType);

            // Weights: int8, one scale per output channel, zero points 0 (what MLAS's symmetric kernels need).
            NodeProto weight = producers[conv.Input[1]];
            Assert.Equal("DequantizeLinear", weight.OpType);
            TensorProto weights = initializers[weight.Input[0]];
            Assert.Equal((int)TensorProto.Types.DataType.Int8, weights.DataType);
            Assert.Equal(weights.Dims[0], initializers[weight.Input[1]].Dims.Single());
            Assert.All(initializers[weight.Input[2]].RawData.ToByteArray(), b => Assert.Equal(0, b));
            Assert.Equal(0, weight.Attribute.Single(a => a.Name == "axis").I);
            if (conv.Input.Count > 2)
            {
                Assert.Equal((int)TensorProto.Types.DataType.Int32, initializers[producers[conv.Input[2]].Input[0]].DataType);
            }

            // Output: straight into QuantizeLinear, or through the Relu its zero point 0 makes redundant.
            NodeProto next = Assert.Single(graph.Node, n => n.Input.Contains(conv.Output[0]));
            if (next.OpType == "Relu")
            {
                next = Assert.Single(graph.Node, n => n.Input.Contains(next.Output[0]));
                Assert.Equal(0, initializers[next.Input[2]].RawData[0]);
            }

            Assert.Equal("QuantizeLinear", next.OpType);
        }

        // The residual adds the exact float input, not its uint8 copy.
        Assert.Contains(graph.Node, n => n.OpType == "Resize" && n.Input[0] == graph.Input[0].Name);
    }

    [Fact]
    public void Quantize_RunsAsIntegerConvolutionsInOnnxRuntime()
    {
        NodeProto[] nodes = OptimizedNodes(Int8Quantizer.Quantize(ModelPath, CatalogCalibration));

        Assert.DoesNotContain(nodes, n => n.OpType == "Conv");
        Assert.Equal(Convolutions + PRelus, nodes.Count(n => n.OpType == "QLinearConv"));
        Assert.Equal(PRelus, nodes.Count(n => n.OpType == "QLinearAdd"));
    }

    [Fact]
    public void Calibrate_MeasuresEveryQuantizedTensor_AndReluOutputsStartAtZero()
    {
        ModelDescriptor model = ModelCatalog.LoadBundled().Discover().Single(m => m.Id == "realesr-general-x4v3");
        using DecodedImage image = new SkiaImageDecoder().Decode(TestImages.InputPath("astronaut-eye-48.png"));

        Int8Calibration calibration = Int8Quantizer.Calibrate(model, [image.Image], "astronaut-eye-48");

        Assert.Equal(CatalogCalibration.Activations.Keys.Order(), calibration.Activations.Keys.Order());
        Assert.All(calibration.Activations, p => Assert.True(p.Value[0] <= p.Value[1], p.Key));
        Assert.All(calibration.Activations.Where(p => p.Key.EndsWith("_negative", StringComparison.Ordinal)), p => Assert.Equal(0f, p.Value[0]));
    }

    [Fact]
    public void Quantize_LeavesFloatTensorsOutOfQdq_AndTheirConvolutionsInFloat()
    {
        ModelProto floatModel = ModelProto.Parser.ParseFrom(File.ReadAllBytes(ModelPath));
        Int8PReluFolder.Rewrite(floatModel);
        PReluRewriter.Rewrite(floatModel);
        string kept = QdqQuantizer.QuantizedTensors(floatModel.Graph)[3];
        Int8Calibration calibration = CatalogCalibration;
        var mixed = new Int8Calibration { Activations = calibration.Activations, FloatTensors = [kept] };

        byte[] bytes = Int8Quantizer.Quantize(ModelPath, mixed);

        GraphProto graph = ModelProto.Parser.ParseFrom(bytes).Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name);
        Assert.DoesNotContain(graph.Node, n => n.OpType == "QuantizeLinear" && n.Input[0] == kept);
        NodeProto[] readers = [.. graph.Node.Where(n => n.OpType == "Conv" && n.Input[0] == kept)];
        Assert.NotEmpty(readers);
        Assert.All(readers, conv => Assert.Equal((int)TensorProto.Types.DataType.Float, initializers[conv.Input[1]].DataType));

        // ONNX Runtime runs the convolutions around the float tensor in float, the rest still as QLinearConv.
        int full = OptimizedNodes(Int8Quantizer.Quantize(ModelPath, calibration)).Count(n => n.OpType == "QLinearConv");
        int floatConvs = OptimizedNodes(bytes).Count(n => n.OpType == "QLinearConv");
        Assert.True(floatConvs < full && floatConvs >= full - 3, $"{floatConvs} QLinearConv with one float tensor, {full} without");
    }

    [Fact]
    public void RankBySensitivity_PutsTheTensorWithTheCoarsestQuantizationFirst()
    {
        ModelCatalogEntry entry = ModelCatalog.LoadBundled().Entries.Single(e => e.Id == "realesr-animevideov3-x2");
        ModelDescriptor model = entry.ToDescriptor(Path.Combine(ModelLocations.FindBundledFolder()!, entry.Id + ".onnx"));
        Int8Calibration calibration = entry.Int8Calibration ?? throw new InvalidOperationException("no int8 calibration");
        using DecodedImage image = new SkiaImageDecoder().Decode(TestImages.InputPath("astronaut-eye-48.png"));

        // One middle activation quantized with a range 50 times too wide: 256 levels, of which a handful are used.
        string coarse = calibration.Activations.Keys.Order(StringComparer.Ordinal).ElementAt(calibration.Activations.Count / 2);
        var activations = calibration.Activations.ToDictionary(p => p.Key, p => p.Key == coarse ? p.Value.Select(v => v * 50).ToArray() : p.Value);
        IReadOnlyList<string> ranked = Int8Quantizer.RankBySensitivity(model, [image.Image], new Int8Calibration { Activations = activations });

        Assert.Equal(calibration.Activations.Count, ranked.Count);
        Assert.Equal(coarse, ranked[0]);
    }

    /// <summary>The graph as ONNX Runtime's CPU provider runs it, after its fusions.</summary>
    private static NodeProto[] OptimizedNodes(byte[] model)
    {
        string optimized = Path.Combine(Path.GetTempPath(), $"pdnupscale-int8-{Guid.NewGuid():N}.onnx");
        try
        {
            using (var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, OptimizedModelFilePath = optimized })
            using (new InferenceSession(model, options))
            {
            }

            return [.. ModelProto.Parser.ParseFrom(File.ReadAllBytes(optimized)).Graph.Node];
        }
        finally
        {
            File.Delete(optimized);
        }
    }
}
