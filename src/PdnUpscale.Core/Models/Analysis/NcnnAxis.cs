// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Ncnn;

namespace PdnUpscale.Core.Models.Analysis;

/// <summary>
/// The window parameters of a Convolution, Deconvolution or Pooling layer along one image axis, read from the
/// ncnn ids for width or height (height ids default to the width values, as in ncnn).
/// </summary>
/// <param name="Kernel">The kernel size.</param>
/// <param name="Dilation">The dilation.</param>
/// <param name="Stride">The stride.</param>
/// <param name="PadBegin">The padding before the first pixel (-233/-234 for ONNX SAME_UPPER/SAME_LOWER).</param>
/// <param name="PadEnd">The padding after the last pixel.</param>
/// <param name="OutputPad">The extra output pixels of a deconvolution.</param>
internal readonly record struct NcnnAxis(int Kernel, int Dilation, int Stride, int PadBegin, int PadEnd, int OutputPad)
{
    /// <summary>Gets the span of the dilated kernel.</summary>
    public int Extent => (this.Dilation * (this.Kernel - 1)) + 1;

    /// <summary>Gets whether padding is automatic ("SAME").</summary>
    public bool IsSame => this.PadBegin is -233 or -234;

    /// <summary>Reads the parameters of a layer along one axis.</summary>
    /// <param name="layer">The layer.</param>
    /// <param name="vertical">True for the height axis.</param>
    /// <returns>The parameters.</returns>
    public static NcnnAxis Read(NcnnLayer layer, bool vertical)
    {
        NcnnParamDictionary p = layer.Params;
        if (layer.Type == "Pooling")
        {
            // Pooling: 1/11 kernel, 2/12 stride, 3/13 begin pad, 14/15 end pad (width/height).
            int k = p.GetInt(1, 0);
            int s = p.GetInt(2, 1);
            int left = p.GetInt(3, 0);
            int right = p.GetInt(14, left);
            int top = p.GetInt(13, left);
            return vertical
                ? new NcnnAxis(p.GetInt(11, k), 1, p.GetInt(12, s), top, p.GetInt(15, top), 0)
                : new NcnnAxis(k, 1, s, left, right, 0);
        }

        // Convolution and Deconvolution: 1/11 kernel, 2/12 dilation, 3/13 stride, 4/14 begin pad, 15/16 end pad, 18/19 output pad.
        int kw = p.GetInt(1, 0);
        int dw = p.GetInt(2, 1);
        int sw = p.GetInt(3, 1);
        int pl = p.GetInt(4, 0);
        int pt = p.GetInt(14, pl);
        int opw = p.GetInt(18, 0);
        return vertical
            ? new NcnnAxis(p.GetInt(11, kw), p.GetInt(12, dw), p.GetInt(13, sw), pt, p.GetInt(16, pt), p.GetInt(19, opw))
            : new NcnnAxis(kw, dw, sw, pl, p.GetInt(15, pl), opw);
    }
}
