// Copyright (c) 2026 PdnUpscale contributors. Licensed under the MIT license.

using PdnUpscale.Core.Models.Import.Weights;

namespace PdnUpscale.Core.Models.Import.Architectures;

/// <summary>
/// Real-ESRGAN Compact (SRVGGNetCompact, e.g. realesr-general-x4v3, 2x-AniScale): <c>body.0</c> conv, then
/// alternating PReLU and conv up to <c>body.M</c> with out·s² channels, PixelShuffle(s), plus the
/// nearest-upscaled input. Only PReLU models carry <c>body.1.weight</c>, so only they are recognised.
/// </summary>
internal static class Compact
{
    /// <summary>Gets a value indicating whether the weights are Compact's.</summary>
    /// <param name="w">The weights.</param>
    /// <returns>True for Compact.</returns>
    public static bool Matches(StateDict w) => w.HasAll("body.0.weight", "body.1.weight");

    /// <summary>Rebuilds the network.</summary>
    /// <param name="w">The weights.</param>
    /// <returns>The network.</returns>
    public static ImportedNetwork Build(StateDict w)
    {
        int last = w.SequenceLength("body") - 1;
        WeightTensor first = w.Get("body.0.weight", -1, -1, 3, 3);
        int features = first.Dim(0);
        int channels = first.Dim(1);
        int shuffled = w.Get($"body.{last}.weight", -1, features, 3, 3).Dim(0);
        int scale = WeightGraph.ShuffleFactor(shuffled, channels);
        if (last < 2 || last % 2 != 0 || scale == 0)
        {
            throw w.Error($"the Compact weights end in a convolution with {shuffled} outputs, which is no whole scale of {channels} channels");
        }

        var graph = new WeightGraph(w, channels);
        string x = WeightGraph.InputName;
        for (int i = 0; i < last; i += 2)
        {
            x = graph.Conv(x, $"body.{i}", i == 0 ? channels : features);
            float[] slopes = w.Get($"body.{i + 1}.weight", features).Data;
            x = graph.Op("PRelu", $"body.{i + 1}", x, graph.Constant($"body.{i + 1}.weight", [features, 1, 1], slopes));
        }

        x = graph.PixelShuffle(graph.Conv(x, $"body.{last}", features), scale);
        x = graph.Op("Add", "residual", x, graph.Nearest(WeightGraph.InputName, scale));
        int convolutions = (last / 2) + 1;
        var geometry = new ModelGeometry { Scale = scale, ContextPadding = convolutions, IsTileExact = true };
        return new ImportedNetwork(graph.Build(x, channels), geometry, $"Real-ESRGAN Compact, {features} features, {convolutions - 2} body convolutions");
    }
}
