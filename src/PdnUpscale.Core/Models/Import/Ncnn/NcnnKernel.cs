// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <summary>
/// The kernel parameters ncnn's Convolution and Deconvolution share: 0 outputs, 1/11 kernel width/height,
/// 2/12 dilation, 3/13 stride, 5 bias flag, 6 weight count (each height value defaults to the width value).
/// </summary>
/// <param name="Outputs">The output channel count.</param>
/// <param name="KernelW">The kernel width.</param>
/// <param name="KernelH">The kernel height.</param>
/// <param name="DilationW">The horizontal dilation.</param>
/// <param name="DilationH">The vertical dilation.</param>
/// <param name="StrideW">The horizontal stride.</param>
/// <param name="StrideH">The vertical stride.</param>
/// <param name="WeightCount">The number of weights in the .bin.</param>
/// <param name="HasBias">Whether a bias blob follows the weights.</param>
internal readonly record struct NcnnKernel(
    int Outputs, int KernelW, int KernelH, int DilationW, int DilationH, int StrideW, int StrideH, int WeightCount, bool HasBias)
{
    /// <summary>Reads the kernel parameters of a Convolution or Deconvolution layer.</summary>
    /// <param name="network">The network, for error messages.</param>
    /// <param name="layer">The layer.</param>
    /// <param name="dynamicWeightId">The id of the layer type's "weights from a blob" flag (19 or 28).</param>
    /// <returns>The parameters.</returns>
    public static NcnnKernel Read(NcnnNetwork network, NcnnLayer layer, int dynamicWeightId)
    {
        NcnnParamDictionary p = layer.Params;
        int kernelW = p.GetInt(1, 0);
        int dilationW = p.GetInt(2, 1);
        int strideW = p.GetInt(3, 1);
        var kernel = new NcnnKernel(
            p.GetInt(0, 0), kernelW, p.GetInt(11, kernelW), dilationW, p.GetInt(12, dilationW), strideW, p.GetInt(13, strideW), p.GetInt(6, 0), p.GetInt(5, 0) != 0);
        if (kernel.KernelW <= 0 || kernel.KernelH <= 0 || kernel.DilationW <= 0 || kernel.DilationH <= 0 || kernel.StrideW <= 0 || kernel.StrideH <= 0)
        {
            throw network.Error(layer, "has a kernel size, dilation or stride that is not positive");
        }

        if (p.GetInt(dynamicWeightId, 0) != 0)
        {
            throw network.Error(layer, "takes its weights from another blob, which is not supported");
        }

        return kernel;
    }
}
