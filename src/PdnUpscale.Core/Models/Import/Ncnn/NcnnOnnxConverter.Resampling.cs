// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Onnx.Proto;
using static PdnUpscale.Core.Models.Onnx.OnnxAttributes;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <content>Layers that change the spatial size: Interp, PixelShuffle and Pooling.</content>
internal sealed partial class NcnnOnnxConverter
{
    private NcnnBlob ConvertInterp(NcnnLayer layer, NcnnBlob input)
    {
        NcnnParamDictionary p = layer.Params;
        int type = p.GetInt(0, 0);
        bool alignCorner = p.GetInt(6, 0) != 0;
        if (type is < 1 or > 3 || p.GetInt(5, 0) != 0)
        {
            throw this.network.Error(layer, $"uses resize type {type}{(p.GetInt(5, 0) != 0 ? " with a size from another blob" : string.Empty)}, which is not supported");
        }

        // ncnn nearest picks floor(x / scale); bilinear and bicubic (A = -0.75, edge clamped) sample pixel centres.
        var attributes = new List<AttributeProto>
        {
            String("mode", type switch { 1 => "nearest", 2 => "linear", _ => "cubic" }),
            String("coordinate_transformation_mode", type == 1 ? "asymmetric" : alignCorner ? "align_corners" : "half_pixel"),
        };
        if (type == 1)
        {
            attributes.Add(String("nearest_mode", "floor"));
        }
        else if (type == 3)
        {
            attributes.Add(Float("cubic_coeff_a", -0.75f));
        }

        int outH = p.GetInt(3, 0);
        int outW = p.GetInt(4, 0);
        string[] operands;
        if (outH > 0 && outW > 0)
        {
            string batchAndChannels = this.builder.AddNode("Shape", layer.Name + "_nc", [input.OnnxName], Int("start", 0), Int("end", 2));
            string size = this.builder.AddNode("Concat", layer.Name + "_size", [batchAndChannels, this.builder.AddInt64Constant(layer.Name + "_hw", outH, outW)], Int("axis", 0));
            operands = [input.OnnxName, string.Empty, string.Empty, size];
        }
        else
        {
            float[] scales = [1f, 1f, p.GetFloat(1, 1f), p.GetFloat(2, 1f)];
            operands = [input.OnnxName, string.Empty, this.builder.AddConstant(layer.Name + "_scales", [4], scales)];
        }

        return input with { OnnxName = this.builder.AddNode("Resize", layer.Name, operands, [.. attributes]) };
    }

    private NcnnBlob ConvertPixelShuffle(NcnnLayer layer, NcnnBlob input)
    {
        int factor = layer.Params.GetInt(0, 1);
        int mode = layer.Params.GetInt(1, 0);
        if (factor < 1 || mode is < 0 or > 1)
        {
            throw this.network.Error(layer, $"has upscale factor {factor} and mode {mode}; factor must be positive and mode 0 or 1");
        }

        // Mode 0 reads channel p·r² + sh·r + sw (PyTorch pixel_shuffle, ONNX CRD); mode 1 reads (sh·r + sw)·C + p (DCR).
        return this.Unary(layer, "DepthToSpace", input, Int("blocksize", factor), String("mode", mode == 0 ? "CRD" : "DCR"));
    }

    private NcnnBlob ConvertPooling(NcnnLayer layer, NcnnBlob input)
    {
        NcnnParamDictionary p = layer.Params;
        int type = p.GetInt(0, 0);
        if (type is < 0 or > 1 || p.GetInt(7, 0) != 0)
        {
            throw this.network.Error(layer, type is < 0 or > 1 ? $"uses pooling type {type}, which is not supported" : "uses adaptive pooling, which is not supported");
        }

        if (p.GetInt(4, 0) != 0)
        {
            return new NcnnBlob(this.builder.AddNode(type == 0 ? "GlobalMaxPool" : "GlobalAveragePool", layer.Name, [input.OnnxName]), true);
        }

        int kernelW = p.GetInt(1, 0);
        int strideW = p.GetInt(2, 1);
        int left = p.GetInt(3, 0);
        int top = p.GetInt(13, left);
        int padMode = p.GetInt(5, 0);
        var attributes = new List<AttributeProto>
        {
            Ints("kernel_shape", p.GetInt(11, kernelW), kernelW),
            Ints("strides", p.GetInt(12, strideW), strideW),
        };

        // Pad mode 0 ("full") pads the tail so the last window fits, as ceil_mode does; 1 is valid; 2/3 are SAME.
        if (padMode >= 2)
        {
            attributes.Add(String("auto_pad", padMode == 2 ? "SAME_UPPER" : "SAME_LOWER"));
        }
        else
        {
            attributes.Add(Ints("pads", top, left, p.GetInt(15, top), p.GetInt(14, left)));
            attributes.Add(Int("ceil_mode", padMode == 0 ? 1 : 0));
        }

        if (type == 1)
        {
            attributes.Add(Int("count_include_pad", p.GetInt(6, 0)));
        }

        return this.Unary(layer, type == 0 ? "MaxPool" : "AveragePool", input, [.. attributes]);
    }
}
