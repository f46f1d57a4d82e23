// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using Google.Protobuf;
using PdnUpscale.Core.Models.Onnx.Proto;

namespace PdnUpscale.Core.Models.Onnx;

/// <summary>
/// Builds an ONNX model (opset 17, IR version 8, which ONNX Runtime 1.31 runs fully) with one NCHW float
/// image input whose height and width are dynamic.
/// </summary>
internal sealed class OnnxGraphBuilder
{
    /// <summary>The default-domain opset the graph is written against.</summary>
    public const int Opset = 17;

    private const long IrVersion = 8;
    private readonly GraphProto graph;
    private readonly HashSet<string> names = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="OnnxGraphBuilder"/> class with an empty graph.</summary>
    public OnnxGraphBuilder()
        => this.graph = new GraphProto { Name = "pdnupscale" };

    /// <summary>
    /// Initializes a new instance of the <see cref="OnnxGraphBuilder"/> class that rebuilds an existing graph:
    /// every name in it is taken and its nodes are removed, for the caller to add back in order, replacing some.
    /// </summary>
    /// <param name="graph">The graph, edited in place.</param>
    /// <param name="nodes">The graph's nodes, in their order.</param>
    public OnnxGraphBuilder(GraphProto graph, out IReadOnlyList<NodeProto> nodes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        this.names.UnionWith(graph.Input.Select(v => v.Name).Concat(graph.Initializer.Select(t => t.Name)));
        this.names.UnionWith(graph.Node.SelectMany(n => n.Input.Concat(n.Output)));
        nodes = [.. graph.Node];
        graph.Node.Clear();
    }

    /// <summary>Gets the float constants of the graph by name.</summary>
    /// <returns>The initializers.</returns>
    public Dictionary<string, TensorProto> Initializers() => this.graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>Declares the graph input <c>[1, channels, height, width]</c>.</summary>
    /// <param name="name">The input name.</param>
    /// <param name="channels">The channel count.</param>
    public void AddImageInput(string name, int channels) => this.graph.Input.Add(ImageValue(name, channels));

    /// <summary>Declares a graph output <c>[1, channels, height, width]</c>.</summary>
    /// <param name="name">The output name (an existing value).</param>
    /// <param name="channels">The channel count, or 0 when unknown.</param>
    public void AddImageOutput(string name, int channels) => this.graph.Output.Add(ImageValue(name, channels));

    /// <summary>Adds a float constant.</summary>
    /// <param name="hint">The name to start from; made unique.</param>
    /// <param name="dims">The shape.</param>
    /// <param name="values">The values, row-major.</param>
    /// <returns>The constant's name.</returns>
    public string AddConstant(string hint, long[] dims, float[] values)
    {
        var tensor = new TensorProto { Name = this.UniqueName(hint), DataType = (int)TensorProto.Types.DataType.Float };
        tensor.Dims.AddRange(dims);
        tensor.RawData = ByteString.CopyFrom(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        this.graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    /// <summary>Adds a constant of any element type from its little-endian bytes.</summary>
    /// <param name="hint">The name to start from; made unique.</param>
    /// <param name="type">The element type.</param>
    /// <param name="dims">The shape.</param>
    /// <param name="rawData">The values, row-major, as ONNX stores them.</param>
    /// <returns>The constant's name.</returns>
    public string AddTensor(string hint, TensorProto.Types.DataType type, long[] dims, byte[] rawData)
    {
        var tensor = new TensorProto { Name = this.UniqueName(hint), DataType = (int)type, RawData = ByteString.CopyFrom(rawData) };
        tensor.Dims.AddRange(dims);
        this.graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    /// <summary>Adds a 1-D int64 constant.</summary>
    /// <param name="hint">The name to start from; made unique.</param>
    /// <param name="values">The values.</param>
    /// <returns>The constant's name.</returns>
    public string AddInt64Constant(string hint, params long[] values)
    {
        var tensor = new TensorProto { Name = this.UniqueName(hint), DataType = (int)TensorProto.Types.DataType.Int64 };
        tensor.Dims.Add(values.Length);
        tensor.Int64Data.AddRange(values);
        this.graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    /// <summary>Adds a node with one output.</summary>
    /// <param name="opType">The ONNX operator.</param>
    /// <param name="outputHint">The output name to start from; made unique.</param>
    /// <param name="inputs">The input names ("" for an omitted optional input).</param>
    /// <param name="attributes">The attributes.</param>
    /// <returns>The output name.</returns>
    public string AddNode(string opType, string outputHint, string[] inputs, params AttributeProto[] attributes)
    {
        string output = this.UniqueName(outputHint);
        this.AddNodeWithOutput(opType, output, inputs, attributes);
        return output;
    }

    /// <summary>Adds a node whose output keeps a given name: the output of a node it replaces.</summary>
    /// <param name="opType">The ONNX operator.</param>
    /// <param name="output">The output name.</param>
    /// <param name="inputs">The input names.</param>
    /// <param name="attributes">The attributes.</param>
    public void AddNodeWithOutput(string opType, string output, string[] inputs, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = opType, Name = output + "_" + opType };
        node.Input.AddRange(inputs);
        node.Output.Add(output);
        node.Attribute.AddRange(attributes);
        this.graph.Node.Add(node);
    }

    /// <summary>Adds back a node of the graph being rebuilt, unchanged.</summary>
    /// <param name="node">The node.</param>
    public void AddExistingNode(NodeProto node) => this.graph.Node.Add(node);

    /// <summary>Finishes the model.</summary>
    /// <returns>The model, without metadata.</returns>
    public ModelProto Build()
    {
        var model = new ModelProto { IrVersion = IrVersion, ProducerName = "PdnUpscale", ProducerVersion = "1", Graph = this.graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = Opset });
        return model;
    }

    /// <summary>Reserves a value name, appending a number when it is taken.</summary>
    /// <param name="hint">The name wanted.</param>
    /// <returns>A name not used before in this graph.</returns>
    public string UniqueName(string hint)
    {
        string name = hint;
        for (int i = 1; !this.names.Add(name); i++)
        {
            name = $"{hint}_{i}";
        }

        return name;
    }

    private static ValueInfoProto ImageValue(string name, int channels)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = 1 });
        shape.Dim.Add(channels > 0 ? new TensorShapeProto.Types.Dimension { DimValue = channels } : new TensorShapeProto.Types.Dimension { DimParam = "channels" });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "height" });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "width" });
        var tensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape };
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = tensorType } };
    }
}
