// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Ncnn;
using PdnUpscale.Core.Models.Onnx.Proto;
using static PdnUpscale.Core.Models.Onnx.OnnxAttributes;

namespace PdnUpscale.Core.Models.Import;

/// <summary>
/// Folds a runtime's post-processing into the graph: realcugan-ncnn-vulkan adds the nearest-neighbour
/// upscaled input to the 4× network's output (its <c>realcugan_4x_postproc.comp</c>), because the exported 4×
/// graph predicts only the difference. The converted model then gives the finished image on its own.
/// </summary>
internal static class NearestInputResidual
{
    /// <summary>Makes the graph output <c>net(x) + nearest(crop(x, border), scale)</c>.</summary>
    /// <param name="model">The converted model, output named <see cref="NcnnOnnxConverter.OutputName"/>.</param>
    /// <param name="geometry">The network's geometry: the border is cropped off the input before upscaling.</param>
    public static void Add(ModelProto model, ModelGeometry geometry)
    {
        GraphProto graph = model.Graph;
        const string Net = "network_output";
        foreach (NodeProto node in graph.Node.Where(n => n.Output.Contains(NcnnOnnxConverter.OutputName)))
        {
            node.Output[node.Output.IndexOf(NcnnOnnxConverter.OutputName)] = Net;
        }

        string input = NcnnOnnxConverter.InputName;
        int b = geometry.Border;
        graph.Initializer.Add(Int64s("residual_starts", b, b));
        graph.Initializer.Add(Int64s("residual_ends", b == 0 ? long.MaxValue : -b, b == 0 ? long.MaxValue : -b));
        graph.Initializer.Add(Int64s("residual_axes", 2, 3));
        var scales = new TensorProto { Name = "residual_scales", DataType = (int)TensorProto.Types.DataType.Float };
        scales.Dims.Add(4);
        scales.FloatData.AddRange([1f, 1f, geometry.Scale, geometry.Scale]);
        graph.Initializer.Add(scales);

        graph.Node.Add(Node("Slice", ["residual_crop"], [input, "residual_starts", "residual_ends", "residual_axes"]));
        graph.Node.Add(Node(
            "Resize",
            ["residual_upscaled"],
            ["residual_crop", string.Empty, "residual_scales"],
            String("mode", "nearest"),
            String("coordinate_transformation_mode", "asymmetric"),
            String("nearest_mode", "floor")));
        graph.Node.Add(Node("Add", [NcnnOnnxConverter.OutputName], [Net, "residual_upscaled"]));
    }

    private static TensorProto Int64s(string name, params long[] values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int64 };
        tensor.Dims.Add(values.Length);
        tensor.Int64Data.AddRange(values);
        return tensor;
    }

    private static NodeProto Node(string opType, string[] outputs, string[] inputs, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = opType, Name = outputs[0] + "_" + opType };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        node.Attribute.AddRange(attributes);
        return node;
    }
}
