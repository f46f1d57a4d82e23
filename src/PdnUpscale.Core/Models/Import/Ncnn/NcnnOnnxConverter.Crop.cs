// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using static PdnUpscale.Core.Models.Onnx.OnnxAttributes;

namespace PdnUpscale.Core.Models.Import.Ncnn;

/// <content>
/// The Crop layer in its three forms: numpy-style (array params 9 starts, 10 ends, 11 axes; an end ≤ 0 counts
/// from the end, 0 meaning the end itself, -233 meaning unset); to the size of a second "reference" blob at
/// offsets 0/1/2 (w/h/c); or offsets with an output size (3/4/5) or far-side margins (6/7/8).
/// </content>
internal sealed partial class NcnnOnnxConverter
{
    private const long ToEnd = long.MaxValue;

    private NcnnBlob ConvertCrop(NcnnLayer layer, NcnnBlob[] inputs)
    {
        NcnnParamDictionary p = layer.Params;
        NcnnBlob input = inputs.Length is 1 or 2 ? inputs[0] : throw this.network.Error(layer, $"has {inputs.Length} inputs but Crop takes one or two");
        if (input.IsVector)
        {
            throw this.network.Error(layer, "crops a 1-D blob, which is not supported");
        }

        // ONNX axes 1, 2, 3 are ncnn's c, h, w.
        long[] offsets = [p.GetInt(2, 0), p.GetInt(1, 0), p.GetInt(0, 0)];
        string output;
        if (p.Contains(9) && p.Contains(10))
        {
            output = this.NumpyCrop(layer, input);
        }
        else if (inputs.Length == 2)
        {
            string starts = this.builder.AddInt64Constant(layer.Name + "_starts", offsets);
            string size = this.builder.AddNode("Shape", layer.Name + "_ref", [inputs[1].OnnxName], Int("start", 1), Int("end", 4));
            string ends = this.builder.AddNode("Add", layer.Name + "_ends", [starts, size]);
            output = this.builder.AddNode("Slice", layer.Name, [input.OnnxName, starts, ends, this.builder.AddInt64Constant(layer.Name + "_axes", 1, 2, 3)]);
        }
        else
        {
            int[] sizes = [p.GetInt(5, 0), p.GetInt(4, 0), p.GetInt(3, 0)];
            int[] margins = [p.GetInt(8, 0), p.GetInt(7, 0), p.GetInt(6, 0)];
            var ends = new long[3];
            for (int axis = 0; axis < 3; axis++)
            {
                bool sized = sizes[axis] > 0;
                if (sized && margins[axis] != 0)
                {
                    throw this.network.Error(layer, "sets both an output size and a far-side margin on one axis, which is not supported");
                }

                ends[axis] = sized ? offsets[axis] + sizes[axis] : margins[axis] > 0 ? -margins[axis] : ToEnd;
            }

            output = this.Slice(layer, input, offsets, ends, [1, 2, 3]);
        }

        return new NcnnBlob(output, false);
    }

    private string NumpyCrop(NcnnLayer layer, NcnnBlob input)
    {
        int[] starts = layer.Params.GetIntArray(9);
        int[] ends = layer.Params.GetIntArray(10);
        int[] axes = layer.Params.GetIntArray(11);
        axes = axes.Length == 0 ? [0, 1, 2] : axes;
        if (starts.Length != axes.Length || ends.Length != axes.Length)
        {
            throw this.network.Error(layer, $"has {starts.Length} starts and {ends.Length} ends for {axes.Length} axes");
        }

        var onnxAxes = new long[axes.Length];
        for (int i = 0; i < axes.Length; i++)
        {
            int axis = axes[i] < 0 ? axes[i] + 3 : axes[i];
            onnxAxes[i] = axis is >= 0 and < 3 ? axis + 1 : throw this.network.Error(layer, $"crops axis {axes[i]} of a 3-D blob");
        }

        long[] onnxStarts = starts.Select(s => s == -233 ? 0L : s).ToArray();
        long[] onnxEnds = ends.Select(e => e is -233 or 0 ? ToEnd : e).ToArray();
        return this.Slice(layer, input, onnxStarts, onnxEnds, onnxAxes);
    }

    private string Slice(NcnnLayer layer, NcnnBlob input, long[] starts, long[] ends, long[] axes)
        => this.builder.AddNode(
            "Slice",
            layer.Name,
            [
                input.OnnxName,
                this.builder.AddInt64Constant(layer.Name + "_starts", starts),
                this.builder.AddInt64Constant(layer.Name + "_ends", ends),
                this.builder.AddInt64Constant(layer.Name + "_axes", axes),
            ]);
}
