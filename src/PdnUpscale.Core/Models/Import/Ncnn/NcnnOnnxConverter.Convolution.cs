// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Onnx.Proto;
using static PdnUpscale.Core.Models.Onnx.OnnxAttributes;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <content>Layers with learned weights: Convolution, Deconvolution and InnerProduct.</content>
internal sealed partial class NcnnOnnxConverter
{
    private NcnnBlob ConvertConvolution(NcnnLayer layer, NcnnBlob input)
    {
        NcnnParamDictionary p = layer.Params;
        var kernel = NcnnKernel.Read(this.network, layer, 19);
        int inChannels = this.InputChannels(layer, kernel);
        float[] weight = this.weights.ReadTagged(kernel.WeightCount, Owner(layer, "weights"));
        string w = this.builder.AddConstant(layer.Name + "_weight", [kernel.Outputs, inChannels, kernel.KernelH, kernel.KernelW], weight);
        var attributes = new List<AttributeProto>
        {
            Ints("kernel_shape", kernel.KernelH, kernel.KernelW),
            Ints("strides", kernel.StrideH, kernel.StrideW),
            Ints("dilations", kernel.DilationH, kernel.DilationW),
        };

        int left = p.GetInt(4, 0);
        if (left == -233 || left == -234)
        {
            attributes.Add(String("auto_pad", left == -233 ? "SAME_UPPER" : "SAME_LOWER"));
        }
        else
        {
            int top = p.GetInt(14, left);
            int[] pads = [top, left, p.GetInt(16, top), p.GetInt(15, left)];
            if (pads.Any(pad => pad < 0))
            {
                throw this.network.Error(layer, "has negative padding, which is not supported");
            }

            if (pads.Any(pad => pad > 0) && p.GetFloat(18, 0f) != 0f)
            {
                throw this.network.Error(layer, "pads with a non-zero value, which is not supported");
            }

            attributes.Add(Ints("pads", pads[0], pads[1], pads[2], pads[3]));
        }

        string output = this.builder.AddNode("Conv", layer.Name, this.WithBias(layer, input, w, kernel), [.. attributes]);
        return this.Activate(layer, new NcnnBlob(output, input.IsVector));
    }

    private NcnnBlob ConvertDeconvolution(NcnnLayer layer, NcnnBlob input)
    {
        NcnnParamDictionary p = layer.Params;
        var kernel = NcnnKernel.Read(this.network, layer, 28);
        int inChannels = this.InputChannels(layer, kernel);
        int left = p.GetInt(4, 0);
        int top = p.GetInt(14, left);
        int[] pads = [top, left, p.GetInt(16, top), p.GetInt(15, left)];
        int outPadW = p.GetInt(18, 0);
        int outPadH = p.GetInt(19, outPadW);
        if (pads.Any(pad => pad < 0) || outPadW < 0 || outPadH < 0 || p.GetInt(20, 0) != 0)
        {
            throw this.network.Error(layer, "uses automatic padding or a fixed output size, which is not supported");
        }

        // ncnn stores [out][in][kh][kw]; ONNX ConvTranspose wants [in][out][kh][kw]. Both scatter the kernel unflipped.
        float[] stored = this.weights.ReadTagged(kernel.WeightCount, Owner(layer, "weights"));
        int plane = kernel.KernelH * kernel.KernelW;
        var weight = new float[stored.Length];
        for (int o = 0; o < kernel.Outputs; o++)
        {
            for (int i = 0; i < inChannels; i++)
            {
                Array.Copy(stored, ((o * inChannels) + i) * plane, weight, ((i * kernel.Outputs) + o) * plane, plane);
            }
        }

        string w = this.builder.AddConstant(layer.Name + "_weight", [inChannels, kernel.Outputs, kernel.KernelH, kernel.KernelW], weight);
        string output = this.builder.AddNode(
            "ConvTranspose",
            layer.Name,
            this.WithBias(layer, input, w, kernel),
            Ints("kernel_shape", kernel.KernelH, kernel.KernelW),
            Ints("strides", kernel.StrideH, kernel.StrideW),
            Ints("dilations", kernel.DilationH, kernel.DilationW),
            Ints("pads", pads[0], pads[1], pads[2], pads[3]),
            Ints("output_padding", outPadH, outPadW));
        return this.Activate(layer, new NcnnBlob(output, input.IsVector));
    }

    private NcnnBlob ConvertInnerProduct(NcnnLayer layer, NcnnBlob input)
    {
        if (!input.IsVector)
        {
            throw this.network.Error(layer, "reads an image blob; only InnerProduct over a pooled vector is supported");
        }

        // On a [1, K, 1, 1] vector an InnerProduct is a 1×1 convolution with the same [N][K] weights.
        var kernel = new NcnnKernel(layer.Params.GetInt(0, 0), 1, 1, 1, 1, 1, 1, layer.Params.GetInt(2, 0), layer.Params.GetInt(1, 0) != 0);
        int inChannels = this.InputChannels(layer, kernel);
        float[] weight = this.weights.ReadTagged(kernel.WeightCount, Owner(layer, "weights"));
        string w = this.builder.AddConstant(layer.Name + "_weight", [kernel.Outputs, inChannels, 1, 1], weight);
        string output = this.builder.AddNode("Conv", layer.Name, this.WithBias(layer, input, w, kernel), Ints("kernel_shape", 1, 1));
        return this.Activate(layer, new NcnnBlob(output, true));
    }

    private int InputChannels(NcnnLayer layer, NcnnKernel kernel)
    {
        if (layer.Params.GetInt(8, 0) != 0)
        {
            throw this.network.Error(layer, "is int8-quantized, which is not supported");
        }

        int perInput = kernel.Outputs * kernel.KernelH * kernel.KernelW;
        if (perInput <= 0 || kernel.WeightCount <= 0 || kernel.WeightCount % perInput != 0)
        {
            throw this.network.Error(layer, $"declares {kernel.WeightCount} weights, which is not a positive multiple of outputs × kernel size ({perInput})");
        }

        return kernel.WeightCount / perInput;
    }

    private string[] WithBias(NcnnLayer layer, NcnnBlob input, string weight, NcnnKernel kernel)
    {
        if (!kernel.HasBias)
        {
            return [input.OnnxName, weight];
        }

        float[] bias = this.weights.ReadRaw(kernel.Outputs, Owner(layer, "bias"));
        return [input.OnnxName, weight, this.builder.AddConstant(layer.Name + "_bias", [kernel.Outputs], bias)];
    }
}
