// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using static PdnUpscale.Core.Models.Onnx.OnnxAttributes;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <content>
/// Activations: the ones fused into a weighted layer (param 9, its arguments in array param 10) and the
/// stand-alone ReLU and PReLU layers.
/// </content>
internal sealed partial class NcnnOnnxConverter
{
    private NcnnBlob Activate(NcnnLayer layer, NcnnBlob input)
    {
        int type = layer.Params.GetInt(9, 0);
        float[] args = layer.Params.GetFloatArray(10);
        int needed = type switch { 2 => 1, 3 or 6 => 2, _ => 0 };
        if (args.Length < needed)
        {
            throw this.network.Error(layer, $"uses fused activation {type} with {args.Length} of its {needed} arguments");
        }

        string name = layer.Name + "_act";
        string x = input.OnnxName;
        string output = type switch
        {
            0 => x,
            1 => this.builder.AddNode("Relu", name, [x]),
            2 => this.builder.AddNode("LeakyRelu", name, [x], Float("alpha", args[0])),
            3 => this.builder.AddNode("Clip", name, [x, this.Scalar(name + "_min", args[0]), this.Scalar(name + "_max", args[1])]),
            4 => this.builder.AddNode("Sigmoid", name, [x]),
            5 => this.builder.AddNode("Mul", name, [x, this.builder.AddNode("Tanh", name + "_tanh", [this.builder.AddNode("Softplus", name + "_softplus", [x])])]),
            6 => this.builder.AddNode("Mul", name, [x, this.builder.AddNode("HardSigmoid", name + "_gate", [x], Float("alpha", args[0]), Float("beta", args[1]))]),
            _ => throw this.network.Error(layer, $"uses fused activation type {type}, which is not supported"),
        };

        return input with { OnnxName = output };
    }

    private NcnnBlob ConvertReLU(NcnnLayer layer, NcnnBlob input)
    {
        float slope = layer.Params.GetFloat(0, 0f);
        return slope == 0f ? this.Unary(layer, "Relu", input) : this.Unary(layer, "LeakyRelu", input, Float("alpha", slope));
    }

    private NcnnBlob ConvertPReLU(NcnnLayer layer, NcnnBlob input)
    {
        int count = layer.Params.GetInt(0, 0);
        if (count <= 0)
        {
            throw this.network.Error(layer, "declares no slopes");
        }

        float[] slopes = this.weights.ReadRaw(count, Owner(layer, "slopes"));
        string slope = this.builder.AddConstant(layer.Name + "_slope", count == 1 ? [1] : [count, 1, 1], slopes);
        return input with { OnnxName = this.builder.AddNode("PRelu", layer.Name, [input.OnnxName, slope]) };
    }

    private string Scalar(string hint, float value) => this.builder.AddConstant(hint, [], [value]);
}
