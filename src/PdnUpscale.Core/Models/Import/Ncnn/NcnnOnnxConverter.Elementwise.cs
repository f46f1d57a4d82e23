// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using static PdnUpscale.Core.Models.Onnx.OnnxAttributes;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <content>Layers that combine blobs element by element: BinaryOp, Eltwise, Scale and Concat.</content>
internal sealed partial class NcnnOnnxConverter
{
    private static readonly string[] BinaryOps = ["Add", "Sub", "Mul", "Div", "Max", "Min", "Pow", "Sub", "Div"];

    private NcnnBlob ConvertBinaryOp(NcnnLayer layer, NcnnBlob[] inputs)
    {
        int op = layer.Params.GetInt(0, 0);
        if (op < 0 || op >= BinaryOps.Length)
        {
            throw this.network.Error(layer, $"uses operation {op}, which is not supported");
        }

        bool withScalar = layer.Params.GetInt(1, 0) != 0;
        if (inputs.Length != (withScalar ? 1 : 2))
        {
            throw this.network.Error(layer, $"has {inputs.Length} inputs but needs {(withScalar ? 1 : 2)}");
        }

        NcnnBlob a = inputs[0];
        NcnnBlob b = withScalar ? new NcnnBlob(this.Scalar(layer.Name + "_b", layer.Params.GetFloat(2, 0f)), true) : inputs[1];

        // Operations 7 and 8 are the reversed subtraction and division (b - a, b / a).
        string[] operands = op >= 7 ? [b.OnnxName, a.OnnxName] : [a.OnnxName, b.OnnxName];
        string output = this.builder.AddNode(BinaryOps[op], layer.Name, operands);
        return new NcnnBlob(output, a.IsVector && b.IsVector);
    }

    private NcnnBlob ConvertEltwise(NcnnLayer layer, NcnnBlob[] inputs)
    {
        int op = layer.Params.GetInt(0, 0);
        float[] coeffs = layer.Params.GetFloatArray(1);
        if (inputs.Length < 2 || op is < 0 or > 2)
        {
            throw this.network.Error(layer, inputs.Length < 2 ? "needs at least two inputs" : $"uses operation {op}, which is not supported");
        }

        if (coeffs.Length != 0 && (op != 1 || coeffs.Length != inputs.Length))
        {
            throw this.network.Error(layer, $"has {coeffs.Length} coefficients for {inputs.Length} inputs");
        }

        string[] terms = inputs.Select((input, i) => coeffs.Length == 0 || coeffs[i] == 1f
            ? input.OnnxName
            : this.builder.AddNode("Mul", $"{layer.Name}_term{i}", [input.OnnxName, this.Scalar($"{layer.Name}_coeff{i}", coeffs[i])])).ToArray();
        string output = this.builder.AddNode(op switch { 0 => "Mul", 1 => "Sum", _ => "Max" }, layer.Name, op == 0 ? this.Chain("Mul", layer.Name, terms) : terms);
        return new NcnnBlob(output, inputs.All(input => input.IsVector));
    }

    private NcnnBlob ConvertScale(NcnnLayer layer, NcnnBlob[] inputs)
    {
        int size = layer.Params.GetInt(0, 0);
        if (size == -233)
        {
            // The scale comes from a second blob, one value per channel of the first.
            NcnnBlob[] pair = inputs.Length == 2 ? inputs : throw this.network.Error(layer, "takes its scale from a blob but does not have two inputs");
            return new NcnnBlob(this.builder.AddNode("Mul", layer.Name, [pair[0].OnnxName, pair[1].OnnxName]), pair[0].IsVector);
        }

        NcnnBlob input = this.Single(layer, inputs);
        long[] shape = size == 1 ? [1] : [size, 1, 1];
        string scale = this.builder.AddConstant(layer.Name + "_scale", shape, this.weights.ReadRaw(size, Owner(layer, "scales")));
        string output = this.builder.AddNode("Mul", layer.Name + "_mul", [input.OnnxName, scale]);
        if (layer.Params.GetInt(1, 0) != 0)
        {
            string bias = this.builder.AddConstant(layer.Name + "_bias", shape, this.weights.ReadRaw(size, Owner(layer, "bias")));
            output = this.builder.AddNode("Add", layer.Name, [output, bias]);
        }

        return input with { OnnxName = output };
    }

    private NcnnBlob ConvertConcat(NcnnLayer layer, NcnnBlob[] inputs)
    {
        bool vector = inputs.Length > 0 && inputs[0].IsVector;
        int dims = vector ? 1 : 3;
        int axis = layer.Params.GetInt(0, 0);
        axis = axis < 0 ? axis + dims : axis;
        if (inputs.Length == 0 || axis < 0 || axis >= dims)
        {
            throw this.network.Error(layer, $"concatenates along axis {layer.Params.GetInt(0, 0)} of a {dims}-D blob");
        }

        string output = this.builder.AddNode("Concat", layer.Name, inputs.Select(i => i.OnnxName).ToArray(), Int("axis", axis + 1));
        return new NcnnBlob(output, vector);
    }

    private string[] Chain(string opType, string name, string[] terms)
    {
        string acc = terms[0];
        for (int i = 1; i < terms.Length - 1; i++)
        {
            acc = this.builder.AddNode(opType, $"{name}_{i}", [acc, terms[i]]);
        }

        return [acc, terms[^1]];
    }
}
